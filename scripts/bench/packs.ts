/**
 * Packs bench (`npm run bench -- --only packs`): what a 10,000-entity pack (the synthetic pack of
 * scripts/lib/synthetic-pack.ts, added from a file through the options page as a reader adds one)
 * costs, each figure a ratio against a baseline measured in the same run, in Chromium (and the
 * wake in Firefox too):
 * - wake: a stopped service worker woken by a card request, with the cache (entity index and
 *   snapshot), against the same wake after the cache was forgotten (a cold compile of the same
 *   packs), each followed by a first recognize (where a cached wake restores the snapshot);
 * - memory: the service worker's JavaScript heap after a wake and a full GC, with the 10k pack
 *   against the bundled pack alone;
 * - card latency: pointer move onto a name → its card showing its facts, with the 10k pack
 *   against the bundled pack alone (same names, same page, two browsers taking turns);
 * - page thread: the content script's CPU on the largest corpus pages, with the 10k pack against
 *   the bundled pack alone (packs-page-thread.ts, DevTools sampling profiler);
 * - Firefox wake: the same wakes of Firefox's event page (packs-firefox.ts).
 * The first three use the test-hooks build (`npm run build -- --test-hooks`), the last the release
 * build (`npm run build`). Environment: BENCH_PACK_ENTITIES (10000), BENCH_WAKES (5),
 * BENCH_HOVER_ROUNDS (3), BENCH_PAGES (10), BENCH_RUNS (3).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPEN_DELAY_MS } from '../../src/card/hover-intent';
import { removeTempDir, type StaticServer, serveStatic } from '../../tests/browser/harness';
import { percentile } from '../lib/percentile';
import { syntheticPack } from '../lib/synthetic-pack';
import { median } from '../sweep/report';
import { firefoxWakeTable } from './packs-firefox';
import { pageThreadWithPack } from './packs-page-thread';
import {
  addPackFile,
  bareWake,
  cardRoundTrips,
  hoverPage,
  hoverRound,
  openPacksSession,
  type PacksSession,
  type Wake,
  wake,
  workerHeapMb,
} from './packs-session';
import { envNumber } from './profile/run-side-by-side';
import type { BenchModule, BenchTable } from './types';

/** Goal: a wake with the cached recognizer at least this many times faster than a compile (docs/performance.md). */
const WAKE_GOAL = 5;
const BUNDLED_IDS = [
  'scott-bessent',
  'he-lifeng',
  'jamieson-greer',
  'howard-lutnick',
  'bytedance',
  'nvidia',
].map((id) => `us-china-trade-tech/${id}`);
/** Rounds of card round trips (each asks for every entity once), per browser. */
const CARD_ROUNDS = 5;
const BUNDLED_NAMES = [
  'Scott Bessent',
  'He Lifeng',
  'Jamieson Greer',
  'Howard Lutnick',
  'ByteDance',
  'Nvidia',
];
/** Indices of the synthetic entities the hover page names (spread over the pack). */
const SYNTHETIC_PICKS = [1, 2_000, 4_001, 6_000, 8_001, 9_998];

/** Hover rounds in both browsers, taking turns (the order flipping every round). */
async function hoverInTurns(
  base: PacksSession,
  large: PacksSession,
  url: string,
  synthetic: readonly string[],
): Promise<{ bundled: number[]; large: number[]; synthetic: number[] }> {
  const all = [...BUNDLED_NAMES, ...synthetic];
  const basePage = await base.session.newPage();
  const largePage = await large.session.newPage();
  const out = { bundled: [] as number[], large: [] as number[], synthetic: [] as number[] };
  const inBase = async () => out.bundled.push(...(await hoverRound(basePage, url, BUNDLED_NAMES)));
  const inLarge = async () => {
    const times = await hoverRound(largePage, url, all);
    out.large.push(...times.slice(0, BUNDLED_NAMES.length));
    out.synthetic.push(...times.slice(BUNDLED_NAMES.length));
  };
  for (let round = 0; round < envNumber('BENCH_HOVER_ROUNDS', 3); round++) {
    for (const turn of round % 2 === 0 ? [inBase, inLarge] : [inLarge, inBase]) await turn();
  }
  await basePage.close();
  await largePage.close();
  return out;
}

/** Card round trips in both browsers, taking turns: bundled ids in each, synthetic ids in `large`. */
async function cardsInTurns(base: PacksSession, large: PacksSession, syntheticIds: readonly string[]) {
  const out = { bundled: [] as number[], large: [] as number[], synthetic: [] as number[] };
  for (let round = 0; round < CARD_ROUNDS; round++) {
    const turns = [
      async () => out.bundled.push(...(await cardRoundTrips(base, BUNDLED_IDS))),
      async () => {
        out.large.push(...(await cardRoundTrips(large, BUNDLED_IDS)));
        out.synthetic.push(...(await cardRoundTrips(large, syntheticIds)));
      },
    ];
    for (const turn of round % 2 === 0 ? turns : turns.reverse()) await turn();
  }
  return out;
}

/** Wakes of `s` with the cached recognizer and after forgetting it, alternating. */
async function wakesInTurns(s: PacksSession): Promise<{ warm: Wake[]; cold: Wake[]; bare: number[] }> {
  const warm: Wake[] = [];
  const cold: Wake[] = [];
  const bare: number[] = [];
  for (let i = 0; i < envNumber('BENCH_WAKES', 5); i++) {
    // A cold wake compiles and writes the cache again, so the next cached wake has it.
    cold.push(await wake(s, true));
    warm.push(await wake(s, false));
    bare.push(await bareWake(s));
  }
  return { warm, cold, bare };
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`;

type Figures = {
  entities: number;
  importMs: number;
  heapBundled: number;
  heapLarge: number;
  warm: Wake[];
  cold: Wake[];
  /** Round trips of wakes that need no knowledge (`get-settings`). */
  bare: number[];
  hoverBundled: number[];
  hoverLarge: number[];
  hoverSynthetic: number[];
  cardBundled: number[];
  cardLarge: number[];
  cardSynthetic: number[];
  load: string;
};

function wakeTable(f: Figures): BenchTable {
  const build = (w: Wake[]) => median(w.map((x) => x.timings.loadMs + x.timings.compileMs));
  const warmMs = median(f.warm.map((w) => w.ms));
  const coldMs = median(f.cold.map((w) => w.ms));
  const withRecognize = (w: Wake[]) => median(w.map((x) => x.ms + x.recognizeMs));
  const row = (name: string, w: Wake[]) => [
    name,
    w.length,
    fixed(median(w.map((x) => x.ms))),
    fixed(median(w.map((x) => x.timings.loadMs))),
    fixed(median(w.map((x) => x.timings.compileMs))),
    fixed(build(w)),
    fixed(median(w.map((x) => x.recognizeMs))),
    fixed(withRecognize(w)),
  ];
  return {
    title: `Service-worker wake, bundled pack + ${f.entities} entities — Chromium (${f.load}; medians)`,
    columns: [
      'wake',
      'wakes',
      'round trip ms',
      'read ms',
      'restore/compile ms',
      'knowledge ms',
      'first recognize ms',
      'round trip + recognize ms',
    ],
    rows: [
      row('cached recognizer', f.warm),
      row('cold compile (cache forgotten)', f.cold),
      ['no knowledge (get-settings)', f.bare.length, fixed(median(f.bare)), '-', '-', '-', '-', '-'],
    ],
    notes: [
      `card wake (round trip): cold / cached ${ratio(coldMs, warmMs)} (goal ≥${WAKE_GOAL}×); knowledge built: ${ratio(build(f.cold), build(f.warm))}.`,
      `wake that ends in a recognize (round trip + first recognize): cold / cached ${ratio(withRecognize(f.cold), withRecognize(f.warm))}.`,
      `import of the ${f.entities}-entity pack from a file (options page: read, validate, store, until listed): ${fixed(f.importMs, 0)} ms.`,
      'round trip = DevTools stops every service worker, the options page asks for a card: worker start + knowledge + answer;',
      'read = IndexedDB (records, then the cached entity index, or the lexicons); restore/compile = decoding the index, or merging and compiling;',
      'a cached wake reads and restores the snapshot only on the first recognize: first recognize = one recognize of a short text in the woken worker (test hook), after the card.',
      'no knowledge = the same stop, then `get-settings`: the worker start alone, the floor of any wake.',
    ],
  };
}

function memoryAndCardTable(f: Figures): BenchTable {
  const b = median(f.hoverBundled);
  const l = median(f.hoverLarge);
  return {
    title: `Background memory and card latency, bundled pack alone vs + ${f.entities} entities — Chromium (${f.load})`,
    columns: ['measure', 'bundled alone', `+ ${f.entities} entities`, 'ratio'],
    rows: [
      [
        'service-worker JS heap after a cached wake + GC (MB)',
        fixed(f.heapBundled),
        fixed(f.heapLarge),
        ratio(f.heapLarge, f.heapBundled),
      ],
      [
        `hover → card ready, bundled names (median ms, n=${f.hoverLarge.length})`,
        fixed(b),
        fixed(l),
        ratio(l, b),
      ],
      ['  same, p90 ms', fixed(percentile(f.hoverBundled, 0.9)), fixed(percentile(f.hoverLarge, 0.9)), ''],
      [
        `hover → card ready, synthetic names (median ms, n=${f.hoverSynthetic.length})`,
        '-',
        fixed(median(f.hoverSynthetic)),
        ratio(median(f.hoverSynthetic), b),
      ],
      [
        `card round trip, bundled ids (median ms, n=${f.cardLarge.length})`,
        fixed(median(f.cardBundled)),
        fixed(median(f.cardLarge)),
        ratio(median(f.cardLarge), median(f.cardBundled)),
      ],
      [
        `card round trip, synthetic ids (median ms, n=${f.cardSynthetic.length})`,
        '-',
        fixed(median(f.cardSynthetic)),
        ratio(median(f.cardSynthetic), median(f.cardBundled)),
      ],
    ],
    notes: [
      'hover → card ready: from the pointer move onto a name (that move’s timestamp) to the card showing that name’s facts,',
      `polled every 1 ms in the page; includes the ${OPEN_DELAY_MS} ms hover delay, so the part the packs can change is the rest.`,
      'card round trip: the `card` message from the options page to the background and back (the request a hover makes).',
    ],
  };
}

/** Two browsers: the bundled pack alone, and the same with the large pack added from a file. */
async function measureSessions(
  file: string,
  packId: string,
  entities: number,
  server: StaticServer,
  synthetic: string[],
  syntheticIds: string[],
): Promise<Figures> {
  const base = await openPacksSession();
  const large = await openPacksSession();
  const loadBefore = loadavg()[0]?.toFixed(1);
  try {
    const importMs = await addPackFile(large, file, packId);
    const { warm, cold, bare } = await wakesInTurns(large);
    await wake(base, false);
    const heapBundled = await workerHeapMb(base.cdp);
    await wake(large, false);
    const heapLarge = await workerHeapMb(large.cdp);
    const hover = await hoverInTurns(base, large, server.url('/hover.html'), synthetic);
    const cards = await cardsInTurns(base, large, syntheticIds);
    const load = `load average ${loadBefore}→${loadavg()[0]?.toFixed(1)}`;
    return {
      entities,
      importMs,
      heapBundled,
      heapLarge,
      warm,
      cold,
      bare,
      hoverBundled: hover.bundled,
      hoverLarge: hover.large,
      hoverSynthetic: hover.synthetic,
      cardBundled: cards.bundled,
      cardLarge: cards.large,
      cardSynthetic: cards.synthetic,
      load,
    };
  } finally {
    await base.close();
    await large.close();
  }
}

/** Firefox runs last; its failure is reported beside the Chromium tables instead of losing them. */
function firefoxFailed(error: unknown): BenchTable {
  process.exitCode = 1;
  return {
    title: 'Background wake — Firefox: FAILED',
    columns: ['error'],
    rows: [[error instanceof Error ? error.message : String(error)]],
  };
}

export const bench: BenchModule = {
  name: 'packs',
  description:
    'a 10,000-entity pack against the bundled pack alone: wake (cached vs compiled), memory, card latency, page thread (Chromium); wake (Firefox)',
  async run(): Promise<BenchTable[]> {
    const entities = envNumber('BENCH_PACK_ENTITIES', 10_000);
    const pack = syntheticPack(entities);
    const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-pack-'));
    const file = join(dir, `${pack.id}.json`);
    writeFileSync(file, JSON.stringify(pack));
    const picked = SYNTHETIC_PICKS.filter((i) => i < entities).map((i) => pack.entities[i]);
    const synthetic = picked.map((e) => e?.name ?? '');
    const syntheticIds = picked.map((e) => `${pack.id}/${e?.id}`);
    const server = await serveStatic({ '/hover.html': hoverPage([...BUNDLED_NAMES, ...synthetic]) });
    try {
      const figures = await measureSessions(file, pack.id, entities, server, synthetic, syntheticIds);
      const pageThread = await pageThreadWithPack(file, pack.id, `+ ${entities} entities`);
      const firefox = await firefoxWakeTable(entities, file, pack.id).catch(firefoxFailed);
      return [wakeTable(figures), memoryAndCardTable(figures), pageThread, firefox];
    } finally {
      await server.close();
      removeTempDir(dir);
    }
  },
};
