/**
 * The content script's pacing of its slices (extension/content/time-slices.ts), with a simulated
 * clock: back-to-back work on an idle page (each plain yield resumes at once) waits for a frame
 * once about a slice of it has run, so no stretch of our work without the page between runs much
 * past one slice; a hidden tab, which renders no frames, is never held up.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

type TimeSlices = typeof import('../../extension/content/time-slices');
let slices: TimeSlices;

beforeAll(async () => {
  // Compile-time constant of the extension build (false: production behavior, no marks).
  Object.assign(globalThis, { __TEST_HOOKS__: false });
  slices = await import('../../extension/content/time-slices');
});

const FRAME_MS = 1000 / 60;

/** An idle page: a plain yield resumes at once, a frame comes at the next vsync. */
function simulatedPage(visible = true) {
  const page = { clock: 0, frames: 0 };
  const env = {
    now: () => page.clock,
    nextTask: () => Promise.resolve(),
    nextFrame: () => {
      if (!visible) return undefined;
      page.frames++;
      page.clock = (Math.floor(page.clock / FRAME_MS) + 1) * FRAME_MS;
      return Promise.resolve();
    },
  };
  return { page, env };
}

/** Runs pieces of work of the given lengths with a yield after each; the longest stretch between frames. */
async function longestStretch(pieces: readonly number[], visible = true) {
  const { page, env } = simulatedPage(visible);
  const pacer = slices.createPacer(env);
  let stretch = 0;
  let longest = 0;
  for (const ms of pieces) {
    page.clock += ms;
    stretch += ms;
    longest = Math.max(longest, stretch);
    const before = page.frames;
    await pacer.yieldToPage();
    if (page.frames > before) stretch = 0;
  }
  return { longest, frames: page.frames };
}

describe('pacing of the content script slices', () => {
  it('waits for a frame once a slice of back-to-back work has run, not before', async () => {
    const { page, env } = simulatedPage();
    const pacer = slices.createPacer(env);
    page.clock += slices.FRAME_WORK_MS / 2;
    await pacer.yieldToPage();
    expect(page.frames).toBe(0);
    page.clock += slices.FRAME_WORK_MS / 2;
    await pacer.yieldToPage();
    expect(page.frames).toBe(1);
    // After the frame a new stretch begins.
    page.clock += 1;
    await pacer.yieldToPage();
    expect(page.frames).toBe(1);
  });

  it('keeps every stretch of back-to-back work to a slice plus the last piece', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 12, noNaN: true }), { maxLength: 60 }),
        async (pieces) => {
          const { longest } = await longestStretch(pieces);
          const largest = Math.max(0, ...pieces);
          expect(longest).toBeLessThan(slices.FRAME_WORK_MS + largest + 1e-9);
        },
      ),
    );
  });

  it('runs 6 ms slices one per frame in a visible tab, and never waits in a hidden one', async () => {
    const pieces = Array.from({ length: 10 }, () => slices.SLICE_MS);
    expect((await longestStretch(pieces)).longest).toBe(slices.SLICE_MS);
    expect(await longestStretch(pieces, false)).toEqual({ longest: 60, frames: 0 });
  });

  it('afterRendering waits for a frame even at the start of a stretch', async () => {
    const { page, env } = simulatedPage();
    await slices.createPacer(env).afterRendering();
    expect(page.frames).toBe(1);
  });
});

describe('how each browser yields', () => {
  /** A scheduler that records which of its methods was called, and on what. */
  function recordingScheduler() {
    const calls: string[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this === scheduler ? 'yield' : 'yield unbound');
        return Promise.resolve();
      },
      postTask(this: unknown, callback: () => void, options?: { priority?: string }) {
        calls.push(this === scheduler ? `postTask ${options?.priority}` : 'postTask unbound');
        callback();
        return Promise.resolve();
      },
    };
    return { scheduler, calls };
  }

  it('Firefox: scheduler.yield(), paced by frames', async () => {
    const { scheduler, calls } = recordingScheduler();
    const yielding = slices.yieldingFor(true, scheduler);
    await yielding.nextTask();
    expect(calls).toEqual(['yield']);
    expect(yielding.framePaced).toBe(true);
  });

  it("Chromium: a task at the page's own priority (not a yield continuation, which goes first), no frame waits", async () => {
    const { scheduler, calls } = recordingScheduler();
    const yielding = slices.yieldingFor(false, scheduler);
    await yielding.nextTask();
    expect(calls).toEqual(['postTask user-visible']);
    expect(yielding.framePaced).toBe(false);
  });
});

describe('frame waits in a tab that renders no frames', () => {
  it('afterRendering bounds its frame wait by RENDER_WAIT_MS; the pacing yields do not', async () => {
    const asked: (number | undefined)[] = [];
    const { page, env } = simulatedPage();
    const pacer = slices.createPacer({
      ...env,
      nextFrame: (waitMs?: number) => {
        asked.push(waitMs);
        return env.nextFrame();
      },
    });
    await pacer.afterRendering();
    page.clock += slices.FRAME_WORK_MS;
    await pacer.yieldToPage();
    expect(asked).toEqual([slices.RENDER_WAIT_MS, undefined]);
  });
});
