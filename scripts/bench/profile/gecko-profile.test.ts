import { describe, expect, it } from 'vitest';
import {
  type GeckoProfile,
  type GeckoThread,
  geckoExtensionTime,
  geckoMarkWindow,
  PASS_MARGIN_MS,
  passNotInWindow,
} from './gecko-profile';

const EXT = 'moz-extension://uuid/content.js';

/**
 * A content-process main thread: frames 0 (event loop), 1 (an extension function), 2 (a page
 * function); stacks 0 = [0], 1 = [0, 1], 2 = [0, 2], 3 = [0, 1, 0] (a callee of the extension's).
 */
function thread(samples: [stack: number, time: number, cpuNs: number][]): GeckoThread {
  return {
    name: 'GeckoMain',
    processName: 'Isolated Web Content',
    stringTable: ['PContent::RecvEvent', `walk (${EXT}:1:200)`, 'render (http://127.0.0.1/a.js:3:1)'],
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [0, 2],
        [1, 0],
      ],
    },
    samples: {
      schema: { stack: 0, time: 1, threadCPUDelta: 2 },
      data: samples,
    },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 },
      data: [
        [0, 10, null, 0, { type: 'UserTiming', name: 't:begin', entryType: 'mark' }],
        [0, 20, null, 0, { type: 'UserTiming', name: 't:end', entryType: 'mark' }],
      ],
    },
  };
}

function profile(t: GeckoThread): GeckoProfile {
  return {
    meta: { interval: 0.5, sampleUnits: { threadCPUDelta: 'ns' } },
    threads: [],
    processes: [{ meta: { interval: 0.5 }, threads: [t] }],
  };
}

describe('geckoExtensionTime', () => {
  it("sums the CPU of samples under the extension's frames inside the marks, and finds its runs", () => {
    const t = thread([
      [1, 9, 5_000_000], // before the window
      [1, 11, 1_000_000],
      [3, 11.5, 2_000_000], // a callee of the extension's: still ours
      [0, 12, 4_000_000], // the event loop between two tasks
      [1, 13, 500_000],
      [2, 14, 7_000_000], // the page
      [1, 21, 9_000_000], // after the window
    ]);
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    expect(window?.from).toBe(10);
    expect(window?.to).toBe(20);
    const time = geckoExtensionTime(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(time.cpuMs).toBeCloseTo(3.5, 9);
    expect(time.longestRunMs).toBeCloseTo(3, 9);
    expect(time.longestSliceMs).toBeCloseTo(3, 9); // no checkpoint: slices are runs
    expect(time.runs).toBe(2);
    expect(time.samples).toBe(3);
  });

  it('cuts runs into slices where a microtask checkpoint starts', () => {
    const t = thread([
      [1, 11, 1_000_000],
      [1, 11.5, 2_000_000],
      [1, 12, 3_000_000], // a yield's task resumed the script just before this sample
      [1, 12.5, 1_000_000],
    ]);
    t.stringTable.push('Perform microtasks');
    t.markers.data.push([3, 11.8, null, 2, { type: 'StackMarker' }]);
    t.markers.data.push([3, 12.1, 12.2, 3, { type: 'StackMarker' }]); // an end: not a checkpoint start
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    const time = geckoExtensionTime(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(time.runs).toBe(1);
    expect(time.longestRunMs).toBeCloseTo(7, 9);
    expect(time.longestSliceMs).toBeCloseTo(4, 9);
  });

  it('does not count samples that hold browser code a content script cannot call', () => {
    const t = thread([
      [1, 11, 1_000_000],
      [5, 11.5, 2_000_000], // the WebDriver agent's handler "calling" the extension: misattributed
      [6, 12, 3_000_000], // the extension calling the WebExtension API: its own
    ]);
    t.stringTable.push(
      '#applyInitialSessionDataItems (chrome://remote/content/shared/a.sys.mjs:163:3)[5]',
      'sendRuntimeMessage (resource://gre/modules/ExtensionChild.sys.mjs:352:5)[9]',
    );
    t.frameTable.data.push([3], [4]);
    // Stack 4 = [0, agent], 5 = [0, agent, extension], 6 = [0, extension, API].
    t.stackTable.data.push([0, 3], [4, 1], [1, 4]);
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    const time = geckoExtensionTime(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(time.cpuMs).toBeCloseTo(4, 9);
    expect(time.misattributedMs).toBeCloseTo(2, 9);
    expect(time.runs).toBe(2); // the misattributed sample is not the extension's: it ends a run
  });

  it('lets a frame named when sampled decide over a JIT frame named when the profile was written', () => {
    const t = thread([
      [5, 11, 1_000_000], // resumed by a JIT frame named as the agent's: the extension's
      [7, 11.5, 2_000_000], // the agent's interpreted handler over an extension-named JIT frame: not
      [8, 12, 4_000_000], // JIT frames only: the outermost decides, as before
    ]);
    t.stringTable.push('matchesContext (chrome://remote/content/a.sys.mjs:10:3)[5]', 'baseline', 'blinterp');
    t.frameTable.schema = { location: 0, implementation: 1 };
    t.frameTable.data = [
      [0, null],
      [1, 5], // the extension's function, in the Baseline Interpreter
      [2, null],
      [3, 4], // the agent's function, Baseline JIT
      [3, null], // the agent's function, interpreted
      [1, 4], // the extension's function, Baseline JIT
    ];
    // Stacks 4 = [loop, agent JIT], 5 = [.., extension], 6 = [loop, agent], 7 = [.., extension
    // JIT], 8 = [loop, agent JIT, extension JIT].
    t.stackTable.data.push([0, 3], [4, 1], [0, 4], [6, 5], [4, 5]);
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    const time = geckoExtensionTime(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(time.cpuMs).toBeCloseTo(1, 9);
    expect(time.misattributedMs).toBeCloseTo(6, 9);
  });

  it('finds no window when a mark is missing', () => {
    expect(geckoMarkWindow(profile(thread([])), 't:begin', 'other:end')).toBeUndefined();
  });

  it('cuts runs into tasks where the frames from the event loop to the first script change', () => {
    const t = thread([]);
    t.stringTable.push('promise callback', 'FrameRequestCallback', 'js::RunScript');
    t.frameTable.data.push([3], [4], [5]); // frames 3, 4, 5
    // Stacks 4 = [loop, promise], 5 = [.., RunScript], 6 = [.., RunScript, walk], 7 = [..,
    // RunScript, RunScript] and 8 = [.., RunScript, RunScript, walk] (the entry label twice, the
    // script frame between them not recorded: the same task), 9 = [loop, frame callback], 10 = [..,
    // walk].
    t.stackTable.data.push([0, 3], [4, 5], [5, 1], [5, 5], [7, 1], [0, 4], [9, 1]);
    t.samples.data = [
      [6, 11, 1_000_000],
      [8, 11.5, 1_000_000],
      [10, 12, 1_000_000], // a frame callback right after: another task, the same run
      [6, 12.5, 1_000_000], // the promise job again: a third task
      [0, 13, 1_000_000], // the event loop: the run ends
      [6, 13.5, 1_000_000],
    ];
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    const time = geckoExtensionTime(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(time.runs).toBe(2);
    expect(time.longestRunMs).toBeCloseTo(4, 9);
    expect(time.longestSliceMs).toBeCloseTo(4, 9); // no microtask checkpoint between them
    expect(time.longestTaskMs).toBeCloseTo(2, 9); // the first task: its two samples
    expect(time.firstMs).toBeCloseTo(1, 9);
    expect(time.lastMs).toBeCloseTo(3.5, 9);
  });
});

describe('passNotInWindow', () => {
  const windowOf = (endMs: number, samples: [number, number, number][]) => {
    const t = thread(samples);
    (t.markers.data[1] as unknown[])[1] = endMs;
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end') as NonNullable<ReturnType<typeof geckoMarkWindow>>;
    return { window, time: geckoExtensionTime(p, window, 'moz-extension://') };
  };

  it('accepts a load whose pass ended well before the end mark', () => {
    const { window, time } = windowOf(1000, [[1, 100, 1_000_000]]);
    expect(passNotInWindow(time, window)).toBeUndefined();
  });

  it('rejects a load with no sample of the extension, or one still running near the end mark', () => {
    const empty = windowOf(1000, [[2, 100, 1_000_000]]);
    expect(passNotInWindow(empty.time, empty.window)).toMatch(/no sample/);
    const late = windowOf(1000, [[1, 1000 - PASS_MARGIN_MS / 2, 1_000_000]]);
    expect(passNotInWindow(late.time, late.window)).toMatch(/may run past/);
  });
});
