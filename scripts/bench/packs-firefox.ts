/**
 * Firefox wakes of the packs bench (docs/performance.md, "Knowledge packs at scale"): the
 * background event page with the synthetic pack added from a file, woken with the cache and after
 * forgetting it (cold compile), taking turns. Firefox has no DevTools command to stop it, so the
 * profile sets `extensions.background.idle.timeout` (FF_IDLE ms, default 5000: a shorter one
 * suspends the background before the options page has its list) and the bench waits past it; the
 * background then suspends itself, and the next `card` request from the options page wakes it.
 * After each request the bench reads the background's `performance.timeOrigin` (test hooks,
 * through `runtime.getBackgroundPage()`): a wake counts only when it changed, that is when a new
 * background answered. Then the woken background recognizes a short text (`timedRecognize`).
 *
 * `npm run bench -- --only packs` runs it after the Chromium tables (packs.ts); alone:
 *   npx tsx scripts/bench/packs-firefox.ts   (test-hooks build; BENCH_WAKES, BENCH_PACK_ENTITIES)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { PackTimings } from '../../extension/background/test-hooks';
import {
  type FirefoxSession,
  launchFirefox,
  openFirefoxExtensionPage,
  removeTempDir,
  type StaticServer,
  serveStatic,
  sleep,
} from '../../tests/browser/harness';
import { syntheticPack } from '../lib/synthetic-pack';
import { median } from '../sweep/report';
import { renderTable } from './format';
import { envNumber } from './profile/run-side-by-side';
import type { BenchTable } from './types';

/** Idle time after which Firefox suspends the event page (ms), and how long the bench waits. */
const IDLE_TIMEOUT_MS = Number(process.env.FF_IDLE ?? 5_000);
const SUSPEND_WAIT_MS = IDLE_TIMEOUT_MS + 3_000;
/** Tries per wanted wake (a try whose background did not restart is not counted). */
const TRIES_PER_WAKE = 3;
/** How long adding the large pack from a file may take (validation and storage of every entity). */
const IMPORT_TIMEOUT_MS = 600_000;
const WAKE_ENTITY = 'us-china-trade-tech/scott-bessent';
const WAKE_TEXT = 'Scott Bessent met He Lifeng in Madrid to talk about ByteDance and Nvidia.';

export type FirefoxWake = { ms: number; recognizeMs: number; timings: PackTimings };

export type FirefoxPacks = { session: FirefoxSession; options: Page; close(): Promise<void> };

/** `articlePath`: a page on `server` for the test bridge that opens the options page. */
export async function openFirefoxPacks(
  server: StaticServer,
  articlePath: string,
  dist?: string,
): Promise<FirefoxPacks> {
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-bench-packs-ff-'));
  const session = await launchFirefox({
    ...(dist ? { dist } : {}),
    profileDir,
    prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS },
  });
  const article = await session.newPage();
  await article.goto(server.url(articlePath));
  const options = await openFirefoxExtensionPage(session, article, 'options.html');
  await options.waitForSelector('#packs li.pack');
  return {
    session,
    options,
    close: async () => {
      await session.close();
      removeTempDir(profileDir);
    },
  };
}

/** Adds a pack file through the options page; milliseconds until it is listed. */
export async function addPackFileFirefox(f: FirefoxPacks, file: string, packId: string): Promise<number> {
  const started = performance.now();
  const input = (await f.options.$('#pack-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  // Polled from here: one long waitForSelector is a single protocol call, which puppeteer gives up
  // on after its protocol timeout (180 s) when a loaded machine makes the import slower than that.
  const deadline = started + IMPORT_TIMEOUT_MS;
  while ((await f.options.$(`li.pack[data-pack="${packId}"]`)) === null) {
    if (performance.now() > deadline)
      throw new Error(`${packId} was not listed after ${IMPORT_TIMEOUT_MS} ms`);
    await sleep(500);
  }
  return performance.now() - started;
}

type Hooks = Record<string, (...args: unknown[]) => Promise<unknown>>;
declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown>; getBackgroundPage(): Promise<unknown> };
};

function backgroundHooks(
  f: FirefoxPacks,
  call: 'packTimings' | 'forgetRecognizerCache' | 'timedRecognize',
  arg?: string,
) {
  return f.options.evaluate(
    async (name, value) => {
      const page = (await browser.runtime.getBackgroundPage()) as { backstoryTestHooks: Hooks };
      const result = await page.backstoryTestHooks[name]?.(value);
      // A copy: the background's objects do not cross into the page's compartment by reference.
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
    call,
    arg,
  );
}

function cardRoundTrip(f: FirefoxPacks): Promise<number> {
  return f.options.evaluate(async (entity) => {
    const started = performance.now();
    const reply = (await browser.runtime.sendMessage({ type: 'card', entity })) as { card: unknown };
    if (!reply?.card) throw new Error(`no card for ${entity}`);
    return performance.now() - started;
  }, WAKE_ENTITY);
}

/** One wake of a suspended background by a card request, or undefined when it was not suspended. */
export async function wakeFirefox(f: FirefoxPacks, cold: boolean): Promise<FirefoxWake | undefined> {
  if (cold) await backgroundHooks(f, 'forgetRecognizerCache');
  const before = (await backgroundHooks(f, 'packTimings')) as PackTimings;
  for (let i = 0; i < TRIES_PER_WAKE; i++) {
    await sleep(SUSPEND_WAIT_MS);
    const ms = await cardRoundTrip(f);
    const timings = (await backgroundHooks(f, 'packTimings')) as PackTimings;
    if (timings.workerStartedAt === before.workerStartedAt) continue;
    const first = (await backgroundHooks(f, 'timedRecognize', WAKE_TEXT)) as { ms: number };
    return { ms, recognizeMs: first.ms, timings };
  }
  return undefined;
}

const WAKE_GOAL = 5;

/** The Firefox wake table of the packs bench (packs.ts runs it after the Chromium tables). */
export async function firefoxWakeTable(entities: number, file: string, packId: string): Promise<BenchTable> {
  const server = await serveStatic();
  const load = [loadavg()[0]];
  const f = await openFirefoxPacks(server, '/demo-article.html');
  const wakes = { cold: [] as FirefoxWake[], cached: [] as FirefoxWake[] };
  try {
    const importMs = await addPackFileFirefox(f, file, packId);
    for (let i = 0; i < envNumber('BENCH_WAKES', 5); i++) {
      const cold = await wakeFirefox(f, true);
      if (cold) wakes.cold.push(cold);
      const cached = await wakeFirefox(f, false);
      if (cached?.timings.origin === 'cache') wakes.cached.push(cached);
    }
    load.push(loadavg()[0]);
    const m = (w: FirefoxWake[], pick: (x: FirefoxWake) => number) => median(w.map(pick));
    const row = (name: string, w: FirefoxWake[]) => [
      name,
      w.length,
      m(w, (x) => x.ms).toFixed(0),
      m(w, (x) => x.timings.loadMs + x.timings.compileMs).toFixed(0),
      m(w, (x) => x.recognizeMs).toFixed(0),
      m(w, (x) => x.ms + x.recognizeMs).toFixed(0),
    ];
    const ratio = (pick: (x: FirefoxWake) => number) =>
      `${(m(wakes.cold, pick) / m(wakes.cached, pick)).toFixed(2)}×`;
    return {
      title: `Background wake, bundled pack + ${entities} entities — Firefox (load average ${load.map((l) => l?.toFixed(1)).join('→')}; medians)`,
      columns: [
        'wake',
        'wakes',
        'card round trip ms',
        'knowledge ms',
        'first recognize ms',
        'round trip + recognize ms',
      ],
      rows: [row('cached recognizer', wakes.cached), row('cold compile (cache forgotten)', wakes.cold)],
      notes: [
        `card wake: cold / cached ${ratio((x) => x.ms)}; wake that ends in a recognize: cold / cached ${ratio((x) => x.ms + x.recognizeMs)} (goal ≥${WAKE_GOAL}×).`,
        `import of the ${entities}-entity pack from a file: ${importMs.toFixed(0)} ms.`,
        `the event page suspends after extensions.background.idle.timeout = ${IDLE_TIMEOUT_MS} ms (FF_IDLE); a wake counts only when the background's performance.timeOrigin changed.`,
      ],
    };
  } finally {
    await f.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const pack = syntheticPack(envNumber('BENCH_PACK_ENTITIES', 10_000));
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-packs-ff-file-'));
  const file = join(dir, `${pack.id}.json`);
  writeFileSync(file, JSON.stringify(pack));
  try {
    console.log(renderTable(await firefoxWakeTable(pack.entities.length, file, pack.id)));
  } finally {
    removeTempDir(dir);
  }
}

// Only as a command: `npm run bench` imports every module of this folder to find its benchmarks.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
