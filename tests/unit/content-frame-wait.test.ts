/**
 * afterRendering (extension/content/time-slices.ts) in a tab that says it is visible but is not
 * drawn: the frame it asks for does not come, and it goes on once its bound (`RENDER_WAIT_MS`) is
 * over, not when a frame finally comes (Chromium drew such a tab once a second:
 * docs/performance.md, "Many tabs: frame waits in tabs that are not drawn"). The module is loaded
 * afresh here (`unit-isolated`) with a scheduler whose tasks are microtasks, so the test moves only
 * a fake clock: no real timer is raced.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type TimeSlices = typeof import('../../extension/content/time-slices');
let slices: TimeSlices;
/** The frame callbacks asked for, never run unless a test runs them. */
const frames: (() => void)[] = [];

beforeAll(async () => {
  // Compile-time constant of the extension build (false: production behavior, no marks).
  Object.assign(globalThis, { __TEST_HOOKS__: false });
  // Chromium's way of yielding (the module picks it when it loads): a task posted at the page's
  // priority, here run at once.
  vi.stubGlobal('scheduler', {
    postTask: (callback: () => void) => {
      callback();
      return Promise.resolve();
    },
  });
  vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: () => {} });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  slices = await import('../../extension/content/time-slices');
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Calls afterRendering; `done()` says whether it has resolved. */
function startWait() {
  let resolved = false;
  void slices.afterRendering().then(() => {
    resolved = true;
  });
  return () => resolved;
}

describe('afterRendering in a visible tab', () => {
  it('goes on after RENDER_WAIT_MS when no frame comes, not before', async () => {
    frames.length = 0;
    const done = startWait();
    await vi.advanceTimersByTimeAsync(slices.RENDER_WAIT_MS - 1);
    expect(frames).toHaveLength(1);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('goes on at the frame when it comes, and leaves no timer behind', async () => {
    frames.length = 0;
    const done = startWait();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(false);
    for (const frame of frames.splice(0)) frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
