/**
 * Browser side of the packs bench (packs.ts): one Chromium with the test-hooks build and a
 * DevTools connection to its service worker, and the measurements taken through it — adding a
 * pack from a file as a reader does, stopping and waking the service worker (with the cached
 * recognizer, or after forgetting it), the worker's heap, and hover-to-card latency on a page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { PackTimings } from '../../extension/background/test-hooks';
import { textBox } from '../../tests/browser/card-helpers';
import {
  type ChromiumSession,
  launchChromium,
  removeTempDir,
  sleep,
  waitForHighlights,
} from '../../tests/browser/harness';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
declare const backstoryTestHooks: {
  packTimings(): Promise<PackTimings>;
  forgetRecognizerCache(): Promise<void>;
  timedRecognize(text: string): Promise<{ ms: number; mentions: number }>;
};

/** An entity of the bundled pack whose card a wake is asked for (needs the built knowledge). */
const WAKE_ENTITY = 'us-china-trade-tech/scott-bessent';
/** The text a woken worker then recognizes (two bundled names), as a page's first request would. */
const WAKE_TEXT = 'Scott Bessent met He Lifeng in Madrid to talk about ByteDance and Nvidia.';
const CARD_READY_TIMEOUT_MS = 30_000;
const CARD_CLOSED_TIMEOUT_MS = 10_000;

export type PacksSession = {
  session: ChromiumSession;
  cdp: PuppeteerBrowser;
  options: Page;
  close(): Promise<void>;
};

/** `dist`: the unpacked extension to load (default the test-hooks build). */
export async function openPacksSession(dist?: string): Promise<PacksSession> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-packs-'));
  const session = await launchChromium({
    userDataDir: profile,
    args: ['--remote-debugging-port=0'],
    ...(dist ? { dist } : {}),
  });
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const options = await session.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('#packs li.pack');
  return {
    session,
    cdp,
    options,
    close: async () => {
      await cdp.disconnect();
      await session.close();
      removeTempDir(profile);
    },
  };
}

/** Adds a pack file through the options page; milliseconds until it is listed (validate + store). */
export async function addPackFile(s: PacksSession, file: string, packId: string): Promise<number> {
  const started = performance.now();
  await s.options.setInputFiles('#pack-file', file);
  await s.options.waitForSelector(`li.pack[data-pack="${packId}"]`, { timeout: 600_000 });
  return performance.now() - started;
}

async function workerSession(cdp: PuppeteerBrowser) {
  const target = await cdp.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  return target.createCDPSession();
}

/** The service worker's JavaScript heap after a full garbage collection (MB). */
export async function workerHeapMb(cdp: PuppeteerBrowser): Promise<number> {
  const session = await workerSession(cdp);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Milliseconds for a `card` round trip from the options page (wakes a stopped worker). */
function askFromOptions(s: PacksSession): Promise<number> {
  return s.options.evaluate(async (entity) => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'card', entity })) as { card: unknown };
    if (!reply?.card) throw new Error(`no card for ${entity}`);
    return performance.now() - started;
  }, WAKE_ENTITY);
}

/** Milliseconds for a `get-settings` round trip from the options page: a wake that needs no knowledge. */
function askSettingsFromOptions(s: PacksSession): Promise<number> {
  return s.options.evaluate(async () => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'get-settings' })) as { settings: unknown };
    if (!reply?.settings) throw new Error('no settings');
    return performance.now() - started;
  });
}

/** A wake that builds no knowledge: DevTools stops the worker, the options page asks for the settings. */
export async function bareWake(s: PacksSession): Promise<number> {
  await stopWorkers(s);
  return askSettingsFromOptions(s);
}

async function stopWorkers(s: PacksSession): Promise<void> {
  const page = (await s.cdp.pages()).find((p) => p.url().endsWith('options.html'));
  if (!page) throw new Error('no options page');
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/**
 * `ms`: the card round trip that woke the worker; `recognizeMs`: the first recognize right after,
 * timed in the worker (with the cache, the snapshot is read and restored there).
 */
export type Wake = {
  ms: number;
  recognizeMs: number;
  timings: PackTimings;
  /** The recognizer's builds after the first recognize (a cached wake's: read + restore). */
  builds: PackTimings['recognizerBuilds'];
};

/** Milliseconds of one `card` round trip per entity in `entities`, from the options page, in order. */
export function cardRoundTrips(s: PacksSession, entities: readonly string[]): Promise<number[]> {
  return s.options.evaluate(async (ids) => {
    const out: number[] = [];
    for (const id of ids) {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({ type: 'card', entity: id })) as { card: unknown };
      if (!reply?.card) throw new Error(`no card for ${id}`);
      out.push(performance.now() - started);
    }
    return out;
  }, entities);
}

/**
 * A real wake: stops every service worker (DevTools), then asks the background for a card from
 * the options page; the round trip includes starting the worker and building its knowledge. Then
 * the woken worker recognizes a short text, timed in the worker: a page's request needs the
 * recognizer, which a cached wake restores only then. `cold` forgets the cache first, so the woken
 * worker compiles.
 */
export async function wake(s: PacksSession, cold: boolean): Promise<Wake> {
  if (cold) {
    const worker = await s.session.serviceWorker();
    await worker.evaluate(() => backstoryTestHooks.forgetRecognizerCache());
  }
  await stopWorkers(s);
  const ms = await askFromOptions(s);
  const worker = await s.session.serviceWorker();
  const timings = await worker.evaluate(() => backstoryTestHooks.packTimings());
  const wanted = cold ? 'compile' : 'cache';
  if (timings.origin !== wanted) throw new Error(`a ${wanted} wake built its knowledge by ${timings.origin}`);
  const first = await worker.evaluate((text) => backstoryTestHooks.timedRecognize(text), WAKE_TEXT);
  if (first.mentions < 2) throw new Error(`the woken worker found ${first.mentions} mentions`);
  const after = await worker.evaluate(() => backstoryTestHooks.packTimings());
  return { ms, recognizeMs: first.ms, timings, builds: after.recognizerBuilds };
}

/**
 * Logs every pointer move's timestamp and position, for `hoverToCard` (installed by the bench
 * page). Chromium also sends moves of its own when the layout under a still pointer changes (the
 * card appearing), so the move that counts is picked by its position.
 */
export const MOVES_SCRIPT = `window.__moves = [];
addEventListener('pointermove', (e) => { window.__moves.push([e.timeStamp, e.clientX, e.clientY]); },
  { capture: true, passive: true });`;

function cardOpen(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      !!document
        .querySelector('[data-backstory-card-host]')
        ?.shadowRoot?.querySelector('.card:not([hidden])'),
  );
}

/**
 * Milliseconds from a pointer move onto `name` to the first moment its card shows its facts,
 * timed in the page (from the timestamp of the move onto the name, to a 1 ms poll seeing the card); includes the hover delay. The card
 * is closed again (pointer away) before returning.
 */
export async function hoverToCard(page: Page, name: string): Promise<number> {
  const box = await textBox(page, name);
  if (!box) throw new Error(`${name} not on the page`);
  await page.evaluate(() => {
    (window as unknown as { __moves: number[][] }).__moves = [];
  });
  await page.mouse.move(box.x, box.y);
  const ms = await page.evaluate(
    async ([wanted, timeoutMs, x, y]) => {
      const deadline = performance.now() + timeoutMs;
      // No named functions in here: the bench runs under tsx, whose helpers the page lacks.
      for (;;) {
        const card = document
          .querySelector('[data-backstory-card-host]')
          ?.shadowRoot?.querySelector('.card:not([hidden])');
        if (card?.querySelector('ul.facts') && card.querySelector('h2')?.textContent === wanted) break;
        if (performance.now() > deadline) throw new Error(`no card for ${wanted} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 1));
      }
      const readyAt = performance.now();
      const moves = (window as unknown as { __moves: number[][] }).__moves;
      const move = moves.find(([, mx = -1, my = -1]) => Math.abs(mx - x) <= 1 && Math.abs(my - y) <= 1);
      if (!move?.[0]) throw new Error(`no pointer move onto ${wanted} was seen`);
      return readyAt - move[0];
    },
    [name, CARD_READY_TIMEOUT_MS, box.x, box.y] as const,
  );
  await page.mouse.move(2, 2);
  const deadline = Date.now() + CARD_CLOSED_TIMEOUT_MS;
  while (await cardOpen(page)) {
    if (Date.now() > deadline) throw new Error(`the card of ${name} did not close`);
    await sleep(50);
  }
  return ms;
}

/** The hover page: one paragraph per name, with the pointer-move log. */
export function hoverPage(names: readonly string[]): string {
  const paragraphs = names.map(
    (n, i) => `<p>Paragraph ${i + 1}: ${n} spoke on the record about the talks.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Packs bench</title>
<script>${MOVES_SCRIPT}</script></head>
<body style="font: 18px/2 sans-serif; max-width: 40em"><main>${paragraphs.join('\n')}</main></body></html>`;
}

/** One load of the hover page in `page`, hovering every name in `names` once (a page caches cards). */
export async function hoverRound(page: Page, url: string, names: readonly string[]): Promise<number[]> {
  await page.goto(url);
  await page.bringToFront();
  await waitForHighlights(page, { min: names.length });
  const times: number[] = [];
  for (const name of names) times.push(await hoverToCard(page, name));
  return times;
}
