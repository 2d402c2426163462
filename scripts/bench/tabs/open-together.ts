/**
 * Opens many saved pages in one Chromium at once (a reader restoring a session) and records, per
 * tab, when the extension's highlights first appeared (from the moment the bench began opening the
 * tabs) and, once everything settled, the tab's JavaScript heap after a full garbage collection
 * (`Runtime.getHeapUsage`: the renderer's V8 heap, every world of the page — the content script's
 * included).
 */
import type { Page } from 'playwright-core';
import { sleep } from '../../../tests/browser/harness';
import { launchProfiledChromium } from '../profile/chromium-session';
import {
  type FirstHighlight,
  firstHighlightScript,
  READ_FIRST_HIGHLIGHT,
  READ_LOAD_END,
} from './first-highlight';

export type TabOutcome = {
  page: string;
  /** Milliseconds from the start of opening to the first highlights; null when none appeared. */
  highlightMs: number | null;
  /** Milliseconds from the start of opening to the end of the page's `load` event; null if none. */
  loadMs: number | null;
  ranges: number;
  heapBytes: number;
  error?: string;
};

export type OpenTogetherOptions = {
  extensionDir: string | undefined;
  /** Highlight name prefix of the extension (ignored without one). */
  prefix: string;
  /** Pages expected to show highlights: the wait ends when all have, or at `deadlineMs`. */
  expected: ReadonlySet<string>;
  deadlineMs: number;
  /** Quiet time after the last tab loaded (and highlighted) before the heap is read. */
  settleMs: number;
};

const PAGE_LOAD_TIMEOUT_MS = 180_000;
/** Time the browser gets after launch before the tabs open (extension installed, worker up). */
const LAUNCH_SETTLE_MS = 2_000;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function openTogether(
  pages: readonly { name: string; url: string }[],
  options: OpenTogetherOptions,
): Promise<TabOutcome[]> {
  const browser = await launchProfiledChromium(options.extensionDir);
  try {
    await sleep(LAUNCH_SETTLE_MS);
    await browser.context.addInitScript(firstHighlightScript(options.prefix));
    const started = Date.now();
    const loaded = new Map<string, Promise<string | undefined>>();
    const tabs = await Promise.all(
      pages.map(async (saved) => {
        const page = await browser.context.newPage();
        loaded.set(
          saved.name,
          page.goto(saved.url, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS }).then(
            () => undefined,
            (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error)),
          ),
        );
        return { saved, page };
      }),
    );
    const errors = new Map<string, string | undefined>();
    for (const [name, load] of loaded) errors.set(name, await load);
    const seen = new Map<string, FirstHighlight>();
    for (;;) {
      for (const { saved, page } of tabs) {
        if (seen.get(saved.name)?.at) continue;
        seen.set(
          saved.name,
          await (page.evaluate(READ_FIRST_HIGHLIGHT) as Promise<FirstHighlight>).catch(() => ({
            at: null,
            ranges: 0,
            visibility: '?',
          })),
        );
      }
      const waiting = [...options.expected].filter((name) => !seen.get(name)?.at);
      if (waiting.length === 0 || Date.now() - started > options.deadlineMs) break;
      await sleep(250);
    }
    await sleep(options.settleMs);
    const outcomes: TabOutcome[] = [];
    for (const { saved, page } of tabs) {
      const first = seen.get(saved.name);
      const error = errors.get(saved.name);
      const loadEnd = await (page.evaluate(READ_LOAD_END) as Promise<number | null>).catch(() => null);
      outcomes.push({
        page: saved.name,
        highlightMs: first?.at ? first.at - started : null,
        loadMs: loadEnd === null ? null : loadEnd - started,
        ranges: first?.ranges ?? 0,
        heapBytes: await heapAfterGc(page).catch(() => Number.NaN),
        ...(error ? { error } : {}),
      });
    }
    return outcomes;
  } finally {
    await browser.close();
  }
}
