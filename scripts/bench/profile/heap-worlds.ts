/**
 * What each JavaScript world of a tab keeps (a diagnostic for the many-tabs bench's heap per tab):
 * loads pages one at a time in Chromium with no extension, the naive highlighter and Backstory
 * (`dist/chrome`, or BACKSTORY_DIST), then takes a heap snapshot after a forced GC and reports,
 * per native context (the page's main world and each extension's isolated world), the V8 heap it
 * retains (dominator tree; embedder/C++ nodes left out, as `Runtime.getHeapUsage` leaves them out)
 * and what that is made of, by kind. Most of a world's code, strings and DOM wrappers are reachable
 * from more than one root and land in "(no context)": compare the configs kind by kind (HEAP_JSON)
 * rather than world by world (docs/performance.md, "Heap per tab: what the difference is made of").
 *
 * `flock /work/bench.lock nice -n 5 npx tsx scripts/bench/profile/heap-worlds.ts page[,page…]`
 * (names from the readability corpus). Environment: HEAP_JSON=<file> writes every figure;
 * HEAP_DUMP=<prefix> keeps each snapshot as `<prefix>-<config>-<page>.json`; HEAP_SKIP_NONE leaves
 * out the run without an extension; HEAP_OTHER_DIST=<dir> adds a second Chrome build as `other`;
 * HEAP_VARIANTS=`name=v8 flags;…` adds Backstory runs with `--js-flags`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { sleep } from '../../../tests/browser/harness';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from '../naive/build';
import { launchProfiledChromium } from './chromium-session';
import { servedLargestPages } from './profile-pages';
import { settleOnHighlights } from './settle';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
/** Quiet time after the highlights settled, as the many-tabs bench gives its tabs. */
const SETTLE_MS = 3_000;
const TOP = 14;

type Snapshot = {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
};

type World = { name: string; retained: number; parts: [string, number, number][] };

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const collect = (payload: { chunk: string }) => chunks.push(payload.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** A node's category: its type, and for objects, code and hidden nodes its (shortened) name. */
function category(type: string, name: string): string {
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
    return name.length > 400 ? `(${type}) ${name.slice(0, 50).replace(/\s+/g, ' ')}` : `(${type})`;
  if (type === 'number' || type === 'symbol' || type === 'bigint') return `(${type})`;
  const short = name.replace(/\s+/g, ' ').slice(0, 60);
  if (type === 'closure') return '(closure)';
  if (type === 'code') return `code: ${short.split(' / ').slice(0, 2).join(' / ')}`;
  return `${type}: ${short}`;
}

/** Retained V8 heap per native context, by the dominator tree (Cooper, Harvey, Kennedy). */
function worlds(snap: Snapshot): World[] {
  const { meta } = snap.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nTypes = meta.node_types[0];
  const eTypes = meta.edge_types[0];
  const [tOff, nOff, sOff, ecOff] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  );
  const [etOff, toOff] = ['type', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const count = snap.nodes.length / nf;
  const type = (i: number) => nTypes[snap.nodes[i * nf + (tOff ?? 0)] ?? 0] ?? '?';
  const name = (i: number) => snap.strings[snap.nodes[i * nf + (nOff ?? 0)] ?? 0] ?? '';
  const self = (i: number) =>
    type(i) === 'native' || type(i) === 'synthetic' ? 0 : (snap.nodes[i * nf + (sOff ?? 0)] ?? 0);
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++)
    firstEdge[i + 1] = (firstEdge[i] ?? 0) + (snap.nodes[i * nf + (ecOff ?? 0)] ?? 0);
  const succ: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    for (let e = firstEdge[i] ?? 0; e < (firstEdge[i + 1] ?? 0); e++) {
      const et = eTypes[snap.edges[e * ef + (etOff ?? 0)] ?? 0];
      if (et === 'weak' || et === 'shortcut') continue;
      succ[i]?.push((snap.edges[e * ef + (toOff ?? 0)] ?? 0) / nf);
    }
  }
  // Reverse post-order from the root (node 0), iteratively.
  const order: number[] = [];
  const post = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count);
  const stack: [number, number][] = [[0, 0]];
  seen[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as [number, number];
    const next = succ[top[0]]?.[top[1]];
    if (next === undefined) {
      post[top[0]] = order.length;
      order.push(top[0]);
      stack.pop();
    } else {
      top[1]++;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push([next, 0]);
      }
    }
  }
  const preds: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) if (seen[i]) for (const j of succ[i] ?? []) preds[j]?.push(i);
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while ((post[a] ?? 0) < (post[b] ?? 0)) a = idom[a] ?? 0;
      while ((post[b] ?? 0) < (post[a] ?? 0)) b = idom[b] ?? 0;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const b = order[k] ?? 0;
      let d = -1;
      for (const p of preds[b] ?? []) if ((idom[p] ?? -1) >= 0) d = d < 0 ? p : intersect(p, d);
      if (d >= 0 && idom[b] !== d) {
        idom[b] = d;
        changed = true;
      }
    }
  }
  // Each reachable node's nearest dominating native context.
  const contexts = [];
  for (let i = 0; i < count; i++)
    if (seen[i] && name(i).startsWith('system / NativeContext')) contexts.push(i);
  const owner = new Int32Array(count).fill(-1);
  for (const c of contexts) owner[c] = c;
  const ownerOf = (i: number): number => {
    const path: number[] = [];
    let at = i;
    while ((owner[at] ?? -1) === -1 && at !== 0) {
      path.push(at);
      at = idom[at] ?? 0;
    }
    const found = at === 0 ? -2 : (owner[at] ?? -2);
    for (const p of path) owner[p] = found;
    return found;
  };
  const result = new Map<number, Map<string, [number, number]>>();
  for (let i = 0; i < count; i++) {
    if (!seen[i]) continue;
    const o = ownerOf(i);
    const parts = result.get(o) ?? new Map<string, [number, number]>();
    result.set(o, parts);
    const key = category(type(i), name(i));
    const had = parts.get(key) ?? [0, 0];
    parts.set(key, [had[0] + self(i), had[1] + 1]);
  }
  return [...result].map(([o, parts]) => ({
    name: o === -2 ? '(no context)' : name(o),
    retained: [...parts.values()].reduce((s, [b]) => s + b, 0),
    parts: [...parts].map(([k, [b, n]]) => [k, b, n] as [string, number, number]).sort((a, b) => b[1] - a[1]),
  }));
}

async function main(): Promise<void> {
  const wanted = (process.argv[2] ?? 'cnet,pixnet,yahoo-1').split(',');
  // Every saved page is a candidate; `wanted` picks them by name.
  const { pages: saved, server } = await servedLargestPages(CORPUS_DIR, Number.POSITIVE_INFINITY, wanted);
  const naive = buildNaiveExtension();
  const ours = resolve(process.env.BACKSTORY_DIST ?? join(ROOT, 'dist/chrome'));
  const configs: { name: string; dir: string | undefined; prefix: string; args?: string[] }[] = [
    { name: 'none', dir: undefined, prefix: 'none' },
    { name: 'naive', dir: naive.chrome, prefix: NAIVE_HIGHLIGHT },
    { name: 'backstory', dir: ours, prefix: 'backstory-' },
  ];
  // HEAP_VARIANTS: extra Backstory runs with V8 flags, `name=flags;name=flags`.
  if (process.env.HEAP_SKIP_NONE) configs.shift();
  // HEAP_OTHER_DIST: a second Chrome build of Backstory, measured as `other`.
  if (process.env.HEAP_OTHER_DIST)
    configs.push({ name: 'other', dir: resolve(process.env.HEAP_OTHER_DIST), prefix: 'backstory-' });
  for (const variant of (process.env.HEAP_VARIANTS ?? '').split(';').filter(Boolean)) {
    const [name, flags] = variant.split('=');
    configs.push({
      name: `backstory${name}`,
      dir: ours,
      prefix: 'backstory-',
      args: [`--js-flags=${flags}`],
    });
  }
  const out: Record<string, unknown> = {};
  try {
    for (const config of configs) {
      const browser = await launchProfiledChromium(config.dir, config.args);
      try {
        await sleep(2_000);
        for (const page of saved) {
          const tab = await browser.context.newPage();
          await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 120_000 });
          const ranges = await settleOnHighlights(
            { evaluate: <R>(e: string) => tab.evaluate(e) as Promise<R> },
            config.prefix,
          );
          await sleep(SETTLE_MS);
          const cdp = await browser.context.newCDPSession(tab);
          await cdp.send('HeapProfiler.collectGarbage');
          const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          const snapshot = await takeSnapshot(cdp);
          if (process.env.HEAP_DUMP)
            writeFileSync(
              `${process.env.HEAP_DUMP}-${config.name}-${page.name}.json`,
              JSON.stringify(snapshot),
            );
          const found = worlds(snapshot);
          await cdp.detach();
          await tab.close();
          out[`${config.name}/${page.name}`] = { usedSize: usage.usedSize, ranges, worlds: found };
          console.log(
            `\n== ${config.name} / ${page.name}: usedSize ${(usage.usedSize / 1e6).toFixed(3)} MB, ${ranges} ranges`,
          );
          for (const w of found.sort((a, b) => b.retained - a.retained)) {
            console.log(`  ${w.name.slice(0, 90)}: ${(w.retained / 1e3).toFixed(1)} KB`);
            if (!w.name.includes('http://127.0.0.1')) {
              for (const [k, b, n] of w.parts.slice(0, TOP))
                console.log(`      ${(b / 1e3).toFixed(1).padStart(7)} KB ${String(n).padStart(6)}  ${k}`);
            }
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    naive.remove();
  }
  if (process.env.HEAP_JSON) writeFileSync(process.env.HEAP_JSON, JSON.stringify(out, null, 1));
}

await main();
