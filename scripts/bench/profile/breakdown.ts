/**
 * Where Backstory's page-thread time goes, per corpus page (a profiling aid, not a bench module):
 * `npx tsx scripts/bench/profile/breakdown.ts [pages=8] [runs=1] [name,name…]`. Loads the largest
 * saved pages (or only the named ones among them)
 * in a profiled Chromium with `dist/chrome` (its content.js rebuilt unminified, so the profiler's
 * frames carry function names), and prints for each page the extension's tasks (as the page-thread
 * bench attributes them, chromium-trace.ts) with, per task, the trace events nested in the script's
 * own events (compile, style recalculation, layout, GC) and the sampled time by the innermost
 * content-script function on the stack. With `BREAKDOWN_NAIVE=1` the naive highlighter (the
 * page-thread bench's baseline) is loaded in turns with it, in a browser of its own, and broken
 * down the same way.
 */
import { resolve } from 'node:path';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from '../naive/build';
import { launchProfiledChromium } from './chromium-session';
import { markWindow, type TraceEvent, type TraceWindow } from './chromium-trace';
import { loadInTurns } from './loads';
import { servedProfilePages } from './profile-pages';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const PREFIX = 'chrome-extension://';
/** Trace events worth naming when they run inside the content script's own events. */
const NESTED = new Set([
  'v8.compile',
  'UpdateLayoutTree',
  'Layout',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'ParseHTML',
  'v8.parseOnBackground',
]);

type Frame = { functionName?: string; url?: string; lineNumber?: number };
type Node = { id: number; parent?: number; callFrame?: Frame };

/** Sample time (µs) by innermost content-script frame, with the task each sample fell in. */
function sampledFrames(events: readonly TraceEvent[], window: TraceWindow) {
  const out: { time: number; next: number; label: string }[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === window.pid)) {
    let time = (profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts;
    const nodes = new Map<number, Node>();
    const samples: { time: number; node: number }[] = [];
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== window.pid || chunk.id !== profile.id) continue;
      const data = chunk.args?.data as
        | { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] }
        | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        time += deltas[i] ?? 0;
        samples.push({ time, node });
      });
    }
    const labelOf = (id: number): string | undefined => {
      let leaf: string | undefined;
      for (let node = nodes.get(id); node; node = node.parent ? nodes.get(node.parent) : undefined) {
        const frame = node.callFrame;
        if (!leaf && frame?.functionName) leaf = frame.functionName;
        if (frame?.url?.startsWith(PREFIX))
          return `${frame.functionName || '(anonymous)'}:${frame.lineNumber} ← ${leaf}`;
      }
      return undefined;
    };
    samples.forEach((s, i) => {
      const label = labelOf(s.node);
      if (label) out.push({ time: s.time, next: samples[i + 1]?.time ?? s.time, label });
    });
  }
  return out.filter((s) => s.time >= window.fromUs && s.time <= window.toUs);
}

function scriptUrl(event: TraceEvent): string | undefined {
  const args = event.args as { data?: { url?: unknown }; fileName?: unknown } | undefined;
  const url = args?.data?.url ?? args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

const ms = (us: number) => (us / 1000).toFixed(1);

function report(name: string, events: readonly TraceEvent[], window: TraceWindow): void {
  const thread = events.filter(
    (e) =>
      e.pid === window.pid &&
      e.tid === window.tid &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      e.ts + (e.dur ?? 0) >= window.fromUs &&
      e.ts <= window.toUs,
  );
  const direct = thread.filter(
    (e) =>
      ['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.run'].includes(e.name) &&
      scriptUrl(e)?.startsWith(PREFIX),
  );
  const samples = sampledFrames(events, window);
  const tasks = thread
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
  const totals = new Map<string, number>();
  const lines: { us: number; text: string }[] = [];
  let ours = 0;
  for (const task of tasks) {
    const from = task.ts;
    const to = task.ts + (task.dur ?? 0);
    const mine = direct.filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from);
    const taskSamples = samples.filter((s) => s.time >= from && s.time < to);
    if (mine.length === 0 && taskSamples.length === 0) continue;
    // Wall time inside the task, scaled to its thread time (the box is shared: wall time includes
    // time the thread was descheduled).
    const cpu = (task.tdur ?? task.dur ?? 0) / Math.max(1, task.dur ?? 1);
    const parts = new Map<string, number>();
    for (const e of thread) {
      if (!NESTED.has(e.name) || e.ts < from || e.ts >= to) continue;
      if (mine.some((m) => e.ts >= m.ts && e.ts < m.ts + (m.dur ?? 0))) {
        const label =
          e.name === 'v8.compile' && !scriptUrl(e)?.startsWith(PREFIX) ? 'v8.compile (page)' : e.name;
        add(parts, `[${label}]`, e.tdur ?? e.dur ?? 0);
      }
    }
    for (const s of taskSamples) add(parts, s.label, (Math.min(s.next, to) - s.time) * cpu);
    for (const [k, v] of parts) add(totals, k, v);
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6);
    const sum = [...parts.values()].reduce((a, b) => a + b, 0);
    ours += sum;
    lines.push({
      us: sum,
      text: `  task: ours ≈${ms(sum)} ms CPU (task wall ${ms(task.dur ?? 0)}, thread ${ms(task.tdur ?? 0)}) at +${ms(from - window.fromUs)}: ${top.map(([k, v]) => `${k} ${ms(v)}`).join('; ')}`,
    });
  }
  console.log(`\n## ${name}: ${lines.length} tasks with content-script work, ≈${ms(ours)} ms CPU`);
  // In time order, every task (BREAKDOWN_TASKS=n: only the n longest).
  const limit = Number(process.env.BREAKDOWN_TASKS) || lines.length;
  const longest = new Set([...lines].sort((a, b) => b.us - a.us).slice(0, limit));
  for (const line of lines) if (longest.has(line)) console.log(line.text);
  console.log('  totals (sampled by innermost content-script frame ← leaf; [nested trace events]):');
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 24))
    console.log(`    ${ms(v).padStart(7)} ms  ${k}`);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 8);
  const runs = Number(process.argv[3] ?? 1);
  const only = process.argv[4]?.split(',');
  const { ours, pages, server } = await servedProfilePages(
    resolve(ROOT, 'dist/chrome'),
    'chrome',
    CORPUS_DIR,
    count,
    only,
  );
  const naive = process.env.BREAKDOWN_NAIVE ? buildNaiveExtension() : undefined;
  const browsers = [{ name: 'ours', browser: await launchProfiledChromium(ours.dir), prefix: 'backstory-' }];
  if (naive)
    browsers.push({
      name: 'naive',
      browser: await launchProfiledChromium(naive.chrome),
      prefix: NAIVE_HIGHLIGHT,
    });
  const contenders = browsers.map((b) => ({
    name: b.name,
    newTab: () => b.browser.newTab(),
    highlightPrefix: b.prefix,
  }));
  try {
    const warm = pages[pages.length - 1];
    if (warm) await loadInTurns(contenders, server.url(warm.path), 1);
    for (const page of pages) {
      const stops = await Promise.all(browsers.map((b) => b.browser.startTrace()));
      const loads = await loadInTurns(contenders, server.url(page.path), runs);
      const traces = await Promise.all(stops.map((stop) => stop()));
      browsers.forEach((b, i) => {
        const events = traces[i] ?? [];
        for (const load of loads.get(b.name) ?? []) {
          const window = markWindow(events, `${load.token}:begin`, `${load.token}:end`);
          if (window) report(`${b.name}: ${page.name} (${load.highlights} highlights)`, events, window);
        }
      });
    }
  } finally {
    for (const b of browsers) await b.browser.close();
    await server.close();
    ours.remove();
    naive?.remove();
  }
}

await main();
