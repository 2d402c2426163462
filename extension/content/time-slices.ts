/**
 * Long work on the page's main thread is cut into slices of about `SLICE_MS`, each a measured
 * `task`, with a yield to the page between slices so input and rendering never wait long on
 * Backstory. Yielding uses `scheduler.yield()` where present, else a MessageChannel message —
 * not `setTimeout`, which background tabs throttle to once a second or less.
 */
import { task } from './instrumentation';

/** Target length of one slice of work (well under a 16 ms frame). */
export const SLICE_MS = 8;

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
