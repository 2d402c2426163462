/**
 * Browser side of the packs bench (packs.ts): one Chromium with the test-hooks build and a
 * DevTools connection to its service worker, and the measurements taken through it — adding a
 * pack from a file as a reader does, rebuilding the knowledge with or without the cached
 * recognizer, stopping and waking the service worker, the worker's heap, and card round trips.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { PackTimings } from '../../extension/background/test-hooks';
import { type ChromiumSession, launchChromium } from '../../tests/browser/harness';
import { median } from '../sweep/report';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
declare const backstoryTestHooks: {
  packTimings(): Promise<PackTimings>;
  rebuildKnowledge(dropCache: boolean): Promise<PackTimings>;
};

export type PacksSession = {
  session: ChromiumSession;
  options: Page;
  close(): Promise<void>;
};

export async function openPacksSession(): Promise<PacksSession & { cdp: PuppeteerBrowser }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-packs-'));
  const session = await launchChromium({ userDataDir: profile, args: ['--remote-debugging-port=0'] });
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
      rmSync(profile, { recursive: true, force: true });
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

export function rebuild(s: PacksSession, dropCache: boolean): Promise<PackTimings> {
  return s.session.worker.evaluate((drop) => backstoryTestHooks.rebuildKnowledge(drop), dropCache);
}

async function workerSession(cdp: PuppeteerBrowser) {
  const target = await cdp.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    {
      timeout: 30_000,
    },
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

/** Milliseconds for a `popup-knowledge` round trip from the options page (wakes a stopped worker). */
function askFromOptions(s: PacksSession): Promise<number> {
  return s.options.evaluate(async () => {
    const started = performance.now();
    await chrome.runtime.sendMessage({ type: 'popup-knowledge', entities: [] });
    return performance.now() - started;
  });
}

/**
 * A real wake: stops every service worker (DevTools), then asks the background something from the
 * options page; the round trip includes starting the worker and building its knowledge. Returns
 * that and how the knowledge was built.
 */
export async function wake(
  s: PacksSession & { cdp: PuppeteerBrowser },
): Promise<{ ms: number; timings: PackTimings }> {
  const page = await s.cdp.pages().then((pages) => pages.find((p) => p.url().endsWith('options.html')));
  if (!page) throw new Error('no options page');
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  const ms = await askFromOptions(s);
  const worker = await s.session.serviceWorker();
  const timings = await worker.evaluate(() => backstoryTestHooks.packTimings());
  return { ms, timings };
}

/** Median milliseconds of `runs` card round trips for `entity` from the options page. */
export async function cardLatency(s: PacksSession, entity: string, runs: number): Promise<number> {
  const times = await s.options.evaluate(
    async ([id, n]) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'card', entity: id })) as { card: unknown };
        if (!reply?.card) throw new Error(`no card for ${id}`);
        out.push(performance.now() - started);
      }
      return out;
    },
    [entity, runs] as const,
  );
  return median(times);
}
