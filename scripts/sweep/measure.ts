/**
 * Loads one page in a tab with the extension and measures it: waits until the extension has
 * painted and gone quiet, then reads the timeline, the highlights, the DOM-change probe and a
 * bare text walk. Shared by the sweep, the stress tests and the extension bench.
 */
import { sleep } from '../../tests/browser/harness';
import {
  type DomCheck,
  domProblems,
  type FinalRead,
  finalReadExpression,
  INIT_SCRIPT,
  READ_TIMELINE_STATE,
  type TimelineState,
} from './probe';
import type { PageMeasurement } from './report';
import type { SweepTab } from './tabs';

export interface SettleTiming {
  /** Page load (`load` event) limit. */
  loadTimeoutMs: number;
  /** Give up waiting for `backstory:start` after this long past load. */
  startTimeoutMs: number;
  /** Give up waiting for the extension to go quiet after this long past load. */
  settleTimeoutMs: number;
  /** The extension counts as settled once painted and no new mark appeared for this long. */
  quietMs: number;
  /**
   * Settled as soon as the content script has painted and marked the end of its pass
   * (`backstory:settled`), without the quiet window: for pages that change nothing after load
   * (the sweep's saved pages run no script), where no later pass can come.
   */
  untilPassEnds?: boolean;
  pollMs: number;
}

export const SWEEP_TIMING: SettleTiming = {
  loadTimeoutMs: 30_000,
  startTimeoutMs: 5_000,
  settleTimeoutMs: 15_000,
  quietMs: 400,
  untilPassEnds: true,
  pollMs: 100,
};

/** Polls the timeline until painted + quiet, or a timeout; returns the last state seen. */
export async function waitForSettle(tab: SweepTab, timing: SettleTiming): Promise<TimelineState> {
  const begun = Date.now();
  let last: TimelineState = await tab.evaluate<TimelineState>(READ_TIMELINE_STATE);
  let quietSince = Date.now();
  for (;;) {
    const elapsed = Date.now() - begun;
    if (!last.started && elapsed > timing.startTimeoutMs) return last;
    if (timing.untilPassEnds && last.passEndedAfterPaint) return last;
    if (last.painted > 0 && Date.now() - quietSince >= timing.quietMs) return last;
    if (elapsed > timing.settleTimeoutMs) return last;
    await sleep(timing.pollMs);
    const next = await tab.evaluate<TimelineState>(READ_TIMELINE_STATE);
    if (
      next.painted !== last.painted ||
      next.tasks !== last.tasks ||
      next.started !== last.started ||
      next.settled !== last.settled
    ) {
      quietSince = Date.now();
    }
    last = next;
  }
}

export interface PageToMeasure {
  name: string;
  url: string;
  bytes: number;
  /** The HTML exactly as served (for the DOM-change check). */
  servedHtml: string;
  /** Skip the DOM-change check (benches: it re-parses the page, which costs time, not accuracy). */
  skipDomCheck?: boolean;
}

/** Opens `page.url` in a fresh tab from `newTab` and measures it; never throws. */
export async function measurePage(
  newTab: () => Promise<SweepTab>,
  page: PageToMeasure,
  timing: SettleTiming = SWEEP_TIMING,
): Promise<PageMeasurement> {
  const base: PageMeasurement = {
    name: page.name,
    url: page.url,
    bytes: page.bytes,
    extensionErrors: [],
    domChanges: [],
    outsideRequests: [],
    started: false,
    mentions: 0,
    paintedMs: null,
    longestTaskMs: 0,
    totalTaskMs: 0,
    taskCount: 0,
    bareWalkMs: 0,
    textChars: 0,
  };
  let tab: SweepTab | undefined;
  try {
    tab = await newTab();
    await tab.addInitScript(INIT_SCRIPT);
    await tab.goto(page.url, timing.loadTimeoutMs);
    await waitForSettle(tab, timing);
    const read = await tab.evaluate<FinalRead>(
      finalReadExpression(page.skipDomCheck ? null : page.servedHtml),
    );
    const { timeline, walk } = read;
    const dom: DomCheck = read.dom ?? {
      probed: true,
      changes: [],
      overflow: 0,
      matchesServedParse: true,
      matchesSnapshot: true,
    };
    return {
      ...base,
      ...timeline,
      domChanges: domProblems(dom),
      bareWalkMs: walk.ms,
      textChars: walk.chars,
      extensionErrors: [...tab.errors],
      outsideRequests: [...tab.outsideRequests],
    };
  } catch (error) {
    return {
      ...base,
      loadError: error instanceof Error ? error.message.split('\n')[0] : String(error),
      extensionErrors: tab ? [...tab.errors] : [],
      outsideRequests: tab ? [...tab.outsideRequests] : [],
    };
  } finally {
    await tab?.close().catch(() => undefined);
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time, results in input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
