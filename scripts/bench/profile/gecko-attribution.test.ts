import { describe, expect, it } from 'vitest';
import { contentPart, geckoBreakdown, shortFrame } from './gecko-attribution';
import { type GeckoProfile, type GeckoThread, geckoMarkWindow } from './gecko-profile';

const EXT = 'moz-extension://uuid/content.js';

/**
 * Frames: 0 event loop (Other), 1 `walk` of the extension (JavaScript), 2 `Element.checkVisibility`
 * (DOM), 3 a page function, 4 a native frame (a bare address, no category). Stacks: 0 = [0],
 * 1 = [0, 1], 2 = [0, 1, 2], 3 = [0, 3], 4 = [0, 1, 2, 4].
 */
function thread(samples: [stack: number, time: number, cpuNs: number][]): GeckoThread {
  return {
    name: 'GeckoMain',
    stringTable: [
      'PContent::RecvEvent',
      `walk (${EXT}:12:200)`,
      'Element.checkVisibility',
      'render (http://127.0.0.1/a.js:3:1)',
      'Perform microtasks',
      '0x7fbfbe2c76e1',
    ],
    frameTable: {
      schema: { location: 0, category: 1 },
      data: [[0, 0], [1, 1], [2, 2], [3, 1], [5]],
    },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [1, 2],
        [0, 3],
        [2, 4],
      ],
    },
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 },
      data: [
        [0, 10, null, 0, { type: 'UserTiming', name: 't:begin' }],
        [0, 20, null, 0, { type: 'UserTiming', name: 't:end' }],
        [4, 12.2, null, 2, { type: 'StackMarker' }],
      ],
    },
  };
}

function profile(t: GeckoThread): GeckoProfile {
  const meta = { interval: 0.5, sampleUnits: { threadCPUDelta: 'ns' } };
  return {
    meta: { ...meta, categories: [{ name: 'Other' }, { name: 'JavaScript' }, { name: 'DOM' }] },
    threads: [t],
  } as GeckoProfile;
}

describe('shortFrame', () => {
  it('keeps the name, file and line of a JS frame and leaves a label as it is', () => {
    expect(shortFrame(`walk (${EXT}:12:200)`)).toBe('walk content.js:12');
    expect(shortFrame(`walk (${EXT}:12:200)[27]`)).toBe('walk content.js:12');
    expect(shortFrame(`${EXT}:3:1`)).toBe('(anonymous) content.js:3');
    expect(shortFrame('Element.checkVisibility')).toBe('Element.checkVisibility');
  });
});

describe('geckoBreakdown', () => {
  it('files the extension samples by innermost extension frame and leaf, and cuts slices', () => {
    const t = thread([
      [2, 9, 5_000_000], // before the window
      [1, 11, 1_000_000],
      [2, 11.5, 2_000_000],
      [4, 12.5, 3_000_000], // after a microtask checkpoint: a new slice
      [3, 13, 7_000_000], // the page's: ends the slice, not counted
      [1, 14, 500_000],
      [2, 21, 9_000_000], // after the window
    ]);
    const p = profile(t);
    const window = geckoMarkWindow(p, 't:begin', 't:end');
    const b = geckoBreakdown(p, window as NonNullable<typeof window>, 'moz-extension://');
    expect(b.cpuMs).toBeCloseTo(6.5, 9);
    expect(b.labels[0]?.[0]).toBe('walk content.js:12 ← Element.checkVisibility');
    expect(b.labels[0]?.[1]).toBeCloseTo(5, 9);
    expect(b.labels[1]?.[0]).toBe('walk content.js:12 (self)');
    expect(b.categories.map(([name]) => name)).toEqual(['DOM', 'JavaScript']);
    expect(b.slices.map((s) => [s.atMs, s.cpuMs])).toEqual([
      [1, 3],
      [2.5, 3],
      [4, 0.5],
    ]);
  });
});

describe('contentPart', () => {
  it('files a label by its innermost content-script function, GC leaves as GC', () => {
    expect(contentPart('namespace content.js:5 ← BaseConduit ConduitsChild.sys.mjs:29')).toBe(
      'API + settings',
    );
    expect(contentPart('(anonymous) content.js:2 (self)')).toBe('evaluation');
    expect(contentPart('readPageTextInSlices/busyMs< content.js:858 ← get Node.parentNode')).toBe('walk');
    expect(contentPart('moveTo content.js:550 ← Minor GC')).toBe('GC');
    expect(contentPart('recognize content.js:1218 ← StructuredCloneHolder constructor')).toBe('recognize');
    expect(contentPart('yieldingFor/<.nextTask< content.js:698 ← Scheduler.yield')).toBe('yields, frames');
    expect(contentPart('report content.js:1255 (self)')).toBe('report');
    expect(contentPart('somethingNew content.js:9 (self)')).toBe('other');
  });
});
