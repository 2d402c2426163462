/**
 * inSlices (extension/content/time-slices.ts) on a clock the test moves: work the calling task did
 * before the first step (`begun`, the text walk's set-up in page-text.ts) counts toward the first
 * slice and toward the milliseconds it reports, so set-up plus first slice stay about one slice.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type TimeSlices = typeof import('../../extension/content/time-slices');
let slices: TimeSlices;
let clock = 0;

beforeAll(async () => {
  // Compile-time constant of the extension build (false: production behavior, no marks).
  Object.assign(globalThis, { __TEST_HOOKS__: false });
  // The module binds `performance.now` once, when it loads: it keeps this clock (the file runs in
  // `unit-isolated`, so the module is loaded afresh here).
  vi.stubGlobal('performance', { now: () => clock });
  try {
    slices = await import('../../extension/content/time-slices');
  } finally {
    vi.unstubAllGlobals();
  }
});

/** Steps of 1 ms each, `total` of them; how many ran in each task, and the milliseconds reported. */
async function run(total: number, setUpMs: number, passBegun: boolean) {
  clock = 1000;
  const begun = clock;
  clock += setUpMs;
  const perTask: number[] = [];
  let inTask = false;
  let steps = 0;
  const busyMs = await slices.inSlices(
    'test',
    () => {
      if (!inTask) {
        perTask.push(0);
        inTask = true;
        // Runs once the task's synchronous slice is over, before the next slice.
        queueMicrotask(() => {
          inTask = false;
        });
      }
      perTask[perTask.length - 1] = (perTask[perTask.length - 1] ?? 0) + 1;
      clock += 1;
      steps++;
      return steps < total;
    },
    6,
    passBegun ? begun : undefined,
  );
  return { perTask, busyMs };
}

describe('the first slice of inSlices', () => {
  it('counts the set-up done before the first step in the same task', async () => {
    const { perTask, busyMs } = await run(14, 4, true);
    expect(perTask).toEqual([2, 6, 6]);
    expect(busyMs).toBe(4 + 14);
  });

  it('is a whole slice when there was no set-up', async () => {
    const { perTask, busyMs } = await run(14, 0, true);
    expect(perTask).toEqual([6, 6, 2]);
    expect(busyMs).toBe(14);
  });

  it('starts its clock at the first step when not told when the task began', async () => {
    const { perTask, busyMs } = await run(14, 4, false);
    expect(perTask).toEqual([6, 6, 2]);
    expect(busyMs).toBe(14);
  });
});
