/**
 * Long work on the page's main thread is cut into slices of about `SLICE_MS`, each a measured
 * `task`, with a yield to the page between slices so input and rendering never wait long on
 * Backstory. Yielding uses `scheduler.yield()` where present, else a MessageChannel message —
 * not `setTimeout`, which background tabs throttle to once a second or less.
 */
import { task } from './instrumentation';

/**
 * Target length of one slice of work. A garbage collection the slice's allocations trigger runs
 * inside it and is not seen by the clock until it is over: Firefox's minor GCs of the walk's DOM
 * wrappers took up to 8.5 ms in the profile (gecko-breakdown.ts), so a slice is kept to 6 ms of
 * its own work, and slice plus GC stays under a 16 ms frame.
 */
export const SLICE_MS = 6;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering, its own tasks) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long `afterRendering` waits for a frame before going on without one. */
const FRAME_WAIT_MS = 100;

/**
 * Lets the page run and, in a visible tab, render a frame first, so that the style and layout a
 * visibility or color test reads next are the ones the browser has just computed for its own
 * frame, not work that the test forces early (a whole page's first style pass fell in the walk's
 * first `checkVisibility()`: 2–9 ms in Firefox's profile). A hidden tab renders nothing, so it
 * only yields; a frame that does not come within FRAME_WAIT_MS (the tab hidden meanwhile) is not
 * waited for.
 */
export function afterRendering(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible')
    return yieldToPage();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  }).then(yieldToPage);
}

/**
 * Calls `step()` until it returns false ("no more work"), in measured tasks of about `sliceMs`,
 * yielding to the page between them. A step that throws is logged (once) and the loop goes on, so
 * a step must make progress before it can throw. Resolves to the main-thread milliseconds used.
 */
export async function inSlices(where: string, step: () => boolean, sliceMs = SLICE_MS): Promise<number> {
  let more = true;
  let busyMs = 0;
  while (more) {
    const started = performance.now();
    task(where, () => {
      const until = started + sliceMs;
      do more = step();
      while (more && performance.now() < until);
    });
    busyMs += performance.now() - started;
    if (more) await yieldToPage();
  }
  return busyMs;
}
