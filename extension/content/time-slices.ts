/**
 * Long work on the page's main thread is cut into slices of about `SLICE_MS`, each a measured
 * `task`, with a yield to the page between slices so input and rendering never wait long on
 * Backstory. Never `setTimeout`, which background tabs throttle to once a second or less.
 * - Firefox (a content script seen through Xrays): `scheduler.yield()` where present, else a
 *   MessageChannel message; a yield that follows about one slice of back-to-back work waits for the
 *   next rendered frame in a visible tab (`createPacer`), so the page's thread is ours for at most
 *   about a slice per frame.
 * - Chromium: a task of the page's own priority (`scheduler.postTask`, else the channel), no frame
 *   waits. A `scheduler.yield()` continuation would go before the page's other tasks and a due
 *   frame (Chromium raises rendering above them only after 100 ms without a frame), which is why the
 *   frame waits were added; a task posted at the page's priority goes after them instead (same
 *   priority, oldest first), so whatever the page queued and a frame that came due during a slice
 *   run before the next one, without our waiting for a frame when none is due (the waits cost
 *   Chromium 2–6 ms a page, docs/performance.md).
 */
import { task } from './instrumentation';
import { CHROMIUM_BUNDLE, FIREFOX_BUNDLE } from './target-browser';

/**
 * Target length of one slice of work. A garbage collection the slice's allocations trigger runs
 * inside it and is not seen by the clock until it is over: Firefox's minor GCs of the walk's DOM
 * wrappers took up to 8.5 ms in the profile (gecko-breakdown.ts), so a slice is kept to 6 ms of
 * its own work, and slice plus GC stays under a 16 ms frame.
 */
export const SLICE_MS = 6;

/**
 * Our work, in wall ms since the page last had the thread, after which a yield in a visible tab
 * waits for the next frame. A plain yield on an idle page resumes at once (`scheduler.yield()`'s
 * continuation, or the channel's message, is the next task), so slices yielded that way ran back
 * to back into stretches of 30–45 ms with nothing of the page's between them (Firefox's profile,
 * docs/performance.md). One slice's worth keeps each stretch to about a slice plus its GC.
 */
export const FRAME_WORK_MS = SLICE_MS;

/** A yield that took this long let the page run (or the thread idle): a new stretch begins. */
const GAP_MS = 1;

/**
 * Longest wait for the frame `afterRendering` asks for. A tab that renders renders every 16–33 ms
 * (60 Hz, or 30 Hz under a browser's energy saving); one that says it is visible but renders
 * nothing for this long is not being drawn at its frame rate, and a wait for its frame holds the
 * pass, not the page's rendering: Chromium drew a visible tab that was not the front one once a
 * second, and each of a pass's two waits then cost up to a second (docs/performance.md, "Many
 * tabs: frame waits in tabs that are not drawn").
 */
export const RENDER_WAIT_MS = 100;

type SchedulerLike = {
  yield?: () => Promise<void>;
  postTask?: (callback: () => void, options?: { priority?: string }) => Promise<unknown>;
};

/**
 * A Firefox content script sees the page's nodes through Xray wrappers (its sandbox alone has an
 * `exportFunction` global, not pages or Chromium): its walk and its pacing differ (page-text.ts).
 */
export const THROUGH_XRAYS =
  FIREFOX_BUNDLE ||
  (!CHROMIUM_BUNDLE && typeof (globalThis as { exportFunction?: unknown }).exportFunction === 'function');

/** The next task by a MessageChannel message (where the scheduler API is missing). */
function channelTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export type Yielding = {
  /** Resumes in a later task of the page's thread. */
  nextTask(): Promise<void>;
  /** Whether about a slice of back-to-back work waits for a frame (`createPacer`). */
  framePaced: boolean;
};

/**
 * How a content script yields: in Firefox `scheduler.yield()` (else the channel), paced by frames;
 * in Chromium a task at the page's priority (`postTask`, else the channel), not paced by frames
 * (see the module comment).
 */
export function yieldingFor(firefox: boolean, scheduler: SchedulerLike | undefined): Yielding {
  if (firefox) {
    const yieldNow = scheduler?.yield;
    const nextTask = typeof yieldNow === 'function' ? () => yieldNow.call(scheduler) : channelTask;
    return { nextTask, framePaced: true };
  }
  const postTask = scheduler?.postTask;
  const nextTask =
    typeof postTask === 'function'
      ? () => postTask.call(scheduler, () => {}, { priority: 'user-visible' }).then(() => undefined)
      : channelTask;
  return { nextTask, framePaced: false };
}

/** Whether the tab renders frames, kept by one `visibilitychange` listener (undefined: not asked yet). */
let visible: boolean | undefined;
/** The waits for the next frame: one `requestAnimationFrame` releases them all. */
const frameWaits: (() => void)[] = [];
/** Releases the waits if the frame has not come in time (armed by a bounded wait only). */
let frameTimer: ReturnType<typeof setTimeout> | undefined;

function releaseFrameWaits(): void {
  if (frameTimer !== undefined) clearTimeout(frameTimer);
  frameTimer = undefined;
  for (const resolve of frameWaits.splice(0)) resolve();
}

/**
 * The next rendered frame, or undefined in a tab that renders none (hidden, or no
 * `requestAnimationFrame`). A tab hidden while a wait is on releases it at once, since it renders
 * no more frames. With `waitMs`, a timer releases the waits if no frame came by then
 * (`afterRendering`'s two waits a pass); the pacer's per-slice waits (Firefox) arm none: in
 * Firefox's profile each `setTimeout` of a wait cost 0.5–2 ms, the profiler's backtrace for its
 * marker included.
 */
function nextFrame(waitMs?: number): Promise<void> | undefined {
  if (typeof requestAnimationFrame !== 'function') return undefined;
  if (visible === undefined) {
    document.addEventListener('visibilitychange', () => {
      visible = document.visibilityState === 'visible';
      releaseFrameWaits();
    });
    visible = document.visibilityState === 'visible';
  }
  if (!visible) return undefined;
  return new Promise<void>((resolve) => {
    if (frameWaits.push(resolve) === 1) requestAnimationFrame(releaseFrameWaits);
    if (waitMs !== undefined) frameTimer ??= setTimeout(releaseFrameWaits, waitMs);
  });
}

export type PaceEnv = {
  now(): number;
  nextTask(): Promise<void>;
  /** The next rendered frame (undefined: none to wait for); with `waitMs`, at most that long. */
  nextFrame(waitMs?: number): Promise<void> | undefined;
};

export type Pacer = {
  /** Lets the page run before continuing; after `frameWorkMs` of our work, a frame first. */
  yieldToPage(): Promise<void>;
  /** A rendered frame (in a visible tab, waited for `RENDER_WAIT_MS` at most), then the next task. */
  afterRendering(): Promise<void>;
};

/**
 * The yields, with the stretch of back-to-back work tracked: it starts when a yield comes back
 * after the page had the thread (`GAP_MS` or more), and a yield asked `frameWorkMs` or more into
 * it waits for a frame. Work resumed by a message reply or an event starts no stretch of its own
 * here, so its first yield may wait for a frame it did not need: a frame of delay, not of work.
 */
export function createPacer(env: PaceEnv, frameWorkMs = FRAME_WORK_MS): Pacer {
  let stretchStart = env.now();
  const resume = async (frame: boolean, waitMs?: number) => {
    const asked = env.now();
    if (frame) await env.nextFrame(waitMs);
    await env.nextTask();
    const resumed = env.now();
    if (resumed - asked >= GAP_MS) stretchStart = resumed;
  };
  return {
    yieldToPage: () => resume(env.now() - stretchStart >= frameWorkMs),
    afterRendering: () => resume(true, RENDER_WAIT_MS),
  };
}

/**
 * The clock, bound once: in a Firefox content script each `performance` read is a call through
 * the window's Xray wrapper (0.4–1.6 ms a page in the profile, read per step and per yield).
 */
export const now: () => number = performance.now.bind(performance);

const yielding = yieldingFor(THROUGH_XRAYS, (globalThis as { scheduler?: SchedulerLike }).scheduler);
const pacer = createPacer(
  { now, nextTask: yielding.nextTask, nextFrame },
  yielding.framePaced ? FRAME_WORK_MS : Number.POSITIVE_INFINITY,
);

/** Lets the page run (input, rendering, its own tasks) before continuing. */
export function yieldToPage(): Promise<void> {
  return pacer.yieldToPage();
}

/**
 * Lets the page run and, in a visible tab, render a frame first, so that the style and layout a
 * visibility or color test reads next are the ones the browser has just computed for its own
 * frame, not work that the test forces early (a whole page's first style pass fell in the walk's
 * first `checkVisibility()`: 2–9 ms in Firefox's profile). A hidden tab renders nothing, so it
 * only yields (a tab hidden during the wait stops waiting); a visible tab that renders no frame
 * within `RENDER_WAIT_MS` is not waited for longer.
 */
export function afterRendering(): Promise<void> {
  return pacer.afterRendering();
}

/**
 * Calls `step()` until it returns false ("no more work"), in measured tasks of about `sliceMs`,
 * yielding to the page between them. A step that throws is logged (once) and the loop goes on, so
 * a step must make progress before it can throw. Resolves to the main-thread milliseconds used.
 * `begun`: when the task that calls this began its work (`now()`), so that work done before the
 * first step in that task (a walk's set-up) counts toward the first slice and its milliseconds.
 */
export async function inSlices(
  where: string,
  step: () => boolean,
  sliceMs = SLICE_MS,
  begun?: number,
): Promise<number> {
  let more = true;
  let busyMs = 0;
  let first = begun;
  while (more) {
    const started = first ?? now();
    first = undefined;
    task(where, () => {
      const until = started + sliceMs;
      do more = step();
      while (more && now() < until);
    });
    busyMs += now() - started;
    if (more) await yieldToPage();
  }
  return busyMs;
}
