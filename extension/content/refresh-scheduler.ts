/**
 * When to re-read the page after it changes. Runs never overlap; a request during a run queues one
 * more run. A mutation-driven request runs `debounceMs` after the first change (so a burst of changes
 * is read once), and at most once per interval after the previous run: a ticker changing every 100 ms
 * is re-read once per interval, not ten times a second. A same-document navigation runs at once if
 * the last run is an interval old, else when it is: a page that swaps its body on `pushState` every
 * 20 ms is re-read once per interval too. Only a reader's own action (`requestNow`: a settings
 * change) skips the wait. The interval grows with the cost of the last run, capping Backstory's share
 * of the main thread. No DOM, no extension APIs: unit-tested with fake timers.
 */

/** Quiet time after the last mutation before re-reading the page. */
export const MUTATION_DEBOUNCE_MS = 250;
/** Never re-read a changing page more often than this. */
export const MIN_REFRESH_INTERVAL_MS = 1000;
/** Upper bound on the fraction of main-thread time spent re-reading a constantly changing page. */
export const MAX_MAIN_THREAD_SHARE = 0.02;

export type SchedulerOptions = {
  debounceMs?: number;
  minIntervalMs?: number;
  maxShare?: number;
  now?: () => number;
};

export type RefreshScheduler = {
  /** The page changed: run after it settles, within the rate limit. */
  requestSoon(): void;
  /** A same-document navigation: run as soon as the interval since the last run allows. */
  requestNavigation(): void;
  /** Something the reader did (a settings change): run as soon as the current run ends. */
  requestNow(): void;
  /** Main-thread milliseconds the last run cost (feeds the adaptive interval). */
  recordCost(ms: number): void;
  dispose(): void;
};

/**
 * How soon a request wants its run, weakest first: 1 after the debounce (a mutation), 2 once the
 * interval allows (a navigation), 3 at once (a reader's action). Plain numbers, not named
 * constants: the bundler does not inline those, and this file ships on every page.
 */
type Urgency = 1 | 2 | 3;

export function createRefreshScheduler(
  run: () => Promise<void>,
  options: SchedulerOptions = {},
): RefreshScheduler {
  const debounceMs = options.debounceMs ?? MUTATION_DEBOUNCE_MS;
  const minIntervalMs = options.minIntervalMs ?? MIN_REFRESH_INTERVAL_MS;
  const maxShare = options.maxShare ?? MAX_MAIN_THREAD_SHARE;
  const now = options.now ?? (() => performance.now());

  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Number.POSITIVE_INFINITY;
  let running = false;
  /** The strongest request made during the current run (0: none). */
  let pending: Urgency | 0 = 0;
  let lastStart = Number.NEGATIVE_INFINITY;
  let lastCost = 0;
  let disposed = false;

  function interval(): number {
    return Math.max(minIntervalMs, lastCost / maxShare);
  }

  function arm(at: number): void {
    if (disposed || at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    dueAt = at;
    const delay = at - now();
    if (delay > 0) timer = setTimeout(fire, delay);
    // Due now: no timer. A hidden tab's timers wake at most once a second (Chromium aligns them), which
    // held a background tab's first pass back by up to a second (docs/performance.md, "Many tabs").
    else queueMicrotask(() => dueAt === at && fire());
  }

  function fire(): void {
    timer = undefined;
    dueAt = Number.POSITIVE_INFINITY;
    if (running || disposed) return;
    running = true;
    pending = 0;
    lastStart = now();
    void run().finally(() => {
      running = false;
      if (pending) request(pending);
    });
  }

  /**
   * A reader's action runs at once; a navigation as soon as the interval since the last run
   * allows; a mutation also waits for the debounce. Throttle, not a pure debounce: later requests
   * do not push an armed run back, so a page that never stops changing (a ticker) is still re-read
   * once per interval.
   */
  function request(urgency: Urgency): void {
    if (running) {
      pending = Math.max(pending, urgency) as Urgency;
      return;
    }
    const at = now();
    if (urgency === 3) arm(at);
    else arm(Math.max(urgency === 1 ? at + debounceMs : at, lastStart + interval()));
  }

  return {
    requestSoon: () => request(1),
    requestNavigation: () => request(2),
    requestNow: () => request(3),
    recordCost(ms) {
      lastCost = ms;
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
