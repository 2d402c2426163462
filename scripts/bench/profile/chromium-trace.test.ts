import { describe, expect, it } from 'vitest';
import { extensionTime, markWindow, profileSamples, type TraceEvent } from './chromium-trace';

const EXT = 'chrome-extension://abc/content.js';
const PID = 7;
const TID = 7;

function task(ts: number, dur: number, tdur: number): TraceEvent {
  return { name: 'RunTask', ph: 'X', pid: PID, tid: TID, ts, dur, tdur };
}

function scriptEvent(name: string, ts: number, dur: number, url = EXT, tdur = dur): TraceEvent {
  return { name, ph: 'X', pid: PID, tid: TID, ts, dur, tdur, args: { data: { url } } };
}

function mark(name: string, ts: number): TraceEvent {
  return { name, cat: 'blink.user_timing', ph: 'R', pid: PID, tid: TID, ts };
}

/** A profile whose samples alternate between node 2 (the extension's frame) and node 3 (the page's). */
function profile(startTime: number, nodes: number[], deltas: number[]): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', pid: PID, tid: TID, ts: startTime, id: '0x1', args: { data: { startTime } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: PID,
      tid: TID,
      ts: startTime,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: EXT } },
              { id: 3, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
              { id: 4, parent: 2, callFrame: { url: '' } },
            ],
            samples: nodes,
          },
          timeDeltas: deltas,
        },
      },
    },
  ];
}

describe('profileSamples', () => {
  it('places samples in time and marks those under a frame of the extension (native callees too)', () => {
    const samples = profileSamples(
      profile(1000, [2, 3, 4, 1], [0, 100, 100, 100]),
      PID,
      'chrome-extension://',
    );
    expect(samples.map((s) => [s.time, s.next, s.ours])).toEqual([
      [1000, 1100, true],
      [1100, 1200, false],
      [1200, 1300, true],
      [1300, 1300, false],
    ]);
  });
});

describe('extensionTime', () => {
  const window = { pid: PID, tid: TID, fromUs: 0, toUs: 100_000 };

  it('counts a task run by the content script at its thread time, compile included', () => {
    const events = [
      task(1000, 4000, 2000),
      scriptEvent('EvaluateScript', 1000, 4000),
      scriptEvent('v8.compile', 1100, 1000, EXT, 500),
      task(10_000, 3000, 3000), // the page's own task
      scriptEvent('EvaluateScript', 10_000, 3000, 'http://127.0.0.1/page.js'),
    ];
    const time = extensionTime(events, window, 'chrome-extension://');
    expect(time.cpuMs).toBeCloseTo(2, 6);
    expect(time.longestTaskMs).toBeCloseTo(2, 6);
    expect(time.tasks).toBe(1);
    expect(time.compileMs).toBeCloseTo(0.5, 6);
  });

  it('attributes a share of a task from the samples taken in it', () => {
    // Task 20,000–20,400 µs (wall), 200 µs of CPU; samples every 100 µs: ours, page, ours, page.
    const events = [task(20_000, 400, 200), ...profile(20_000, [2, 3, 2, 3], [0, 100, 100, 100])];
    const time = extensionTime(events, window, 'chrome-extension://');
    expect(time.cpuMs).toBeCloseTo(0.1, 6); // half the wall time → half the CPU
    expect(time.tasks).toBe(1);
  });

  it('ignores work outside the window and on other threads', () => {
    const events = [
      scriptEvent('EvaluateScript', 200_000, 1000),
      { ...scriptEvent('EvaluateScript', 5000, 1000), tid: 99 },
    ];
    expect(extensionTime(events, window, 'chrome-extension://').cpuMs).toBe(0);
  });
});

describe('markWindow', () => {
  it('spans the two marks on the thread that made them', () => {
    const events = [mark('t1:begin', 500), mark('other', 600), mark('t1:end', 9000)];
    expect(markWindow(events, 't1:begin', 't1:end')).toEqual({ pid: PID, tid: TID, fromUs: 500, toUs: 9000 });
    expect(markWindow(events, 't2:begin', 't2:end')).toBeUndefined();
  });
});
