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
  /** What was asked for during a run, strongest kind kept. */
  let pending: 'none' | 'soon' | 'navigation' | 'now' = 'none';
  let lastStart = Number.NEGATIVE_INFINITY;
  let lastCost = 0;
  let disposed = false;

  function interval(): number {
    return Math.max(minIntervalMs, lastCost / maxShare);
  }

  function arm(at: number): void {
    if (disposed || at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(fire, Math.max(0, at - now()));
  }

  function fire(): void {
    timer = undefined;
    dueAt = Number.POSITIVE_INFINITY;
    if (running || disposed) return;
    running = true;
    pending = 'none';
    lastStart = now();
    void run().finally(() => {
      running = false;
      if (pending === 'now') arm(now());
      else if (pending === 'navigation') scheduleNavigation();
      else if (pending === 'soon') scheduleSoon();
    });
  }

  function scheduleSoon(): void {
    arm(Math.max(now() + debounceMs, lastStart + interval()));
  }

  function scheduleNavigation(): void {
    arm(Math.max(now(), lastStart + interval()));
  }

  return {
    requestSoon() {
      if (running) {
        if (pending === 'none') pending = 'soon';
        return;
      }
      // Throttle, not a pure debounce: later mutations do not push an armed run back, so a page
      // that never stops changing (a ticker) is still re-read once per interval.
      scheduleSoon();
    },
    requestNavigation() {
      if (running) {
        if (pending !== 'now') pending = 'navigation';
        return;
      }
      scheduleNavigation();
    },
    requestNow() {
      if (running) {
        pending = 'now';
        return;
      }
      arm(now());
    },
    recordCost(ms) {
      lastCost = ms;
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
