import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshScheduler } from '../../extension/content/refresh-scheduler';

const DEBOUNCE = 250;
const INTERVAL = 1000;
const SHARE = 0.02;

/** A scheduler on fake time whose runs take `runMs` of (fake) time and are counted. */
function setup(runMs = 0) {
  const starts: number[] = [];
  const run = vi.fn(async () => {
    starts.push(Date.now());
    if (runMs > 0) await new Promise((done) => setTimeout(done, runMs));
  });
  const scheduler = createRefreshScheduler(run, {
    debounceMs: DEBOUNCE,
    minIntervalMs: INTERVAL,
    maxShare: SHARE,
    now: () => Date.now(),
  });
  return { scheduler, run, starts };
}

describe('refresh scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads a burst of changes once, after the debounce', async () => {
    const { scheduler, starts } = setup();
    for (let i = 0; i < 10; i++) {
      scheduler.requestSoon();
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(starts).toEqual([DEBOUNCE]);
  });

  it('re-reads a page that never stops changing once per interval, not on every change', async () => {
    const { scheduler, starts } = setup();
    scheduler.requestNow();
    for (let t = 0; t < 5000; t += 100) {
      scheduler.requestSoon();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(starts.length).toBeGreaterThanOrEqual(4);
    expect(starts.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(INTERVAL);
    }
  });

  it('runs a user-requested refresh at once, and never two runs at the same time', async () => {
    const { scheduler, starts } = setup(300);
    scheduler.requestNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([0]);
    scheduler.requestNow(); // during the run: queued, not concurrent
    scheduler.requestNow();
    await vi.advanceTimersByTimeAsync(299);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(2); // the run ends at 300; the queued one starts next tick
    expect(starts).toHaveLength(2);
    expect(starts[1]).toBeGreaterThanOrEqual(300);
    expect(starts[1]).toBeLessThanOrEqual(301);
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts).toHaveLength(2);
  });

  it('starts a run that is due now without waiting for a timer (a hidden tab wakes its timers once a second)', async () => {
    const { scheduler, starts } = setup();
    scheduler.requestNow();
    await Promise.resolve(); // microtasks only: no fake time passes, no timer fires
    expect(starts).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    scheduler.requestNavigation(); // the interval has passed: due now too
    await Promise.resolve();
    expect(starts).toEqual([0, 5_000]);
  });

  it('requests made while a run is already due now add no second run', async () => {
    const { scheduler, starts } = setup();
    scheduler.requestNow();
    scheduler.requestNow();
    scheduler.requestNavigation();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toEqual([0]);
  });

  it('stretches the interval when a run is expensive, capping its share of the main thread', async () => {
    const { scheduler, starts } = setup();
    scheduler.requestNow();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.recordCost(60); // 60 ms / 2 % → 3 s between re-reads
    scheduler.requestSoon();
    await vi.advanceTimersByTimeAsync(2999);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([0, 3000]);
  });

  it('runs a navigation after a quiet spell at once', async () => {
    const { scheduler, starts } = setup();
    await vi.advanceTimersByTimeAsync(5_000);
    scheduler.requestNavigation();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([5_000]);
  });

  it('holds the budget for a page that navigates (pushState + new body) every 20 ms', async () => {
    const { scheduler, starts } = setup(5);
    const seconds = 10;
    for (let t = 0; t < seconds * 1000; t += 20) {
      scheduler.requestNavigation();
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(INTERVAL); // the last navigation's run
    // Without the budget this was one run per navigation (500); with it, one per interval.
    expect(starts.length).toBeLessThanOrEqual(1 + seconds + 1);
    expect(starts.length).toBeGreaterThanOrEqual(seconds);
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(INTERVAL);
    }
    // The page's last state is read: a run starts after the last navigation.
    expect(starts.at(-1)).toBeGreaterThanOrEqual(seconds * 1000 - 20);
  });

  it('a navigation during a run waits for the interval; a reader action does not', async () => {
    const { scheduler, starts } = setup(100);
    scheduler.requestNow();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.requestNavigation(); // during the run
    await vi.advanceTimersByTimeAsync(INTERVAL + 200);
    expect(starts).toEqual([0, INTERVAL]);
    scheduler.requestNavigation(); // armed for 2 × INTERVAL…
    scheduler.requestNow(); // …but a reader's action runs at once
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([0, INTERVAL, INTERVAL + 200]);
  });

  it('does nothing after dispose', async () => {
    const { scheduler, run } = setup();
    scheduler.requestSoon();
    scheduler.dispose();
    scheduler.requestNow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
