import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BARE_WALK,
  type BareWalk,
  type DomCheck,
  domCheckExpression,
  domProblems,
  type FinalRead,
  finalReadExpression,
  INIT_SCRIPT,
  READ_TIMELINE,
  type TimelineSummary,
} from './probe';

// The probe scripts are plain JavaScript strings; these tests run them in happy-dom so a typo or a
// logic slip shows up here rather than as a silent "no changes" in the sweep.

const SERVED =
  '<html><head></head><body><p id="a">Scott Bessent</p><div><span>Nvidia</span></div></body></html>';
let window: Window | undefined;

function pageWith(html: string): Window {
  window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(html);
  window.eval(INIT_SCRIPT);
  return window;
}
async function flush(w: Window): Promise<void> {
  await new Promise((resolve) => w.setTimeout(resolve, 0));
}
afterEach(async () => {
  // happy-dom's performance timeline is Node's, shared between windows: clear what a test left.
  const perf = window?.performance as unknown as Performance | undefined;
  perf?.clearMarks();
  perf?.clearMeasures();
  await window?.happyDOM.close();
  window = undefined;
});

describe('INIT_SCRIPT + domCheckExpression', () => {
  it('sees an untouched page as untouched, even with a card host added', async () => {
    const w = pageWith(SERVED);
    const host = w.document.createElement('div');
    host.setAttribute('data-backstory-card-host', '');
    w.document.documentElement.appendChild(host);
    host.setAttribute('style', 'position: fixed');
    host.attachShadow({ mode: 'open' }).appendChild(w.document.createElement('div'));
    await flush(w);
    const check = w.eval(domCheckExpression(SERVED)) as DomCheck;
    expect(check).toMatchObject({
      probed: true,
      changes: [],
      matchesServedParse: true,
      matchesSnapshot: true,
    });
    expect(domProblems(check)).toEqual([]);
  });

  it('reports an added element, an attribute and a text change, with where they happened', async () => {
    const w = pageWith(SERVED);
    const doc = w.document;
    doc.head.appendChild(doc.createElement('style'));
    doc.getElementById('a')?.setAttribute('class', 'x');
    const span = doc.querySelector('span');
    if (span?.firstChild) (span.firstChild as unknown as { data: string }).data = 'NVIDIA';
    await flush(w);
    const check = w.eval(domCheckExpression(SERVED)) as DomCheck;
    expect(check.changes).toEqual([
      'childList on html>head (+1 -0)',
      'attribute class on html>body>p#a',
      'text changed in html>body>div>span',
    ]);
    expect(check.matchesSnapshot).toBe(false);
    expect(domProblems(check)).toHaveLength(3);
  });

  it('notices a change made before the observer started, through the served-HTML comparison', () => {
    const w = pageWith(SERVED.replace('Nvidia', 'NVIDIA'));
    const check = w.eval(domCheckExpression(SERVED)) as DomCheck;
    expect(check.matchesServedParse).toBe(false);
    expect(domProblems(check)).toEqual(['DOM at DOMContentLoaded differs from the served HTML']);
  });
});

describe('BARE_WALK and READ_TIMELINE', () => {
  it('walks every text node of the body', () => {
    const w = pageWith(SERVED);
    const walk = w.eval(BARE_WALK) as BareWalk;
    expect(walk.chars).toBe('Scott BessentNvidia'.length);
    expect(walk.ms).toBeGreaterThanOrEqual(0);
  });

  it('sums the extension marks and measures', () => {
    const w = pageWith(SERVED);
    const perf = w.performance as unknown as Performance;
    perf.mark('backstory:start', { startTime: 10 });
    perf.mark('backstory:painted', { startTime: 30 });
    perf.mark('backstory:painted', { startTime: 45 });
    perf.measure('backstory:task', { start: 10, end: 14 });
    perf.measure('backstory:task', { start: 20, end: 29 });
    const t = w.eval(READ_TIMELINE) as TimelineSummary;
    expect(t).toMatchObject({
      started: true,
      paintedMs: 35,
      longestTaskMs: 9,
      totalTaskMs: 13,
      taskCount: 2,
    });
  });

  it('reports a page the extension never touched', () => {
    const w = pageWith(SERVED);
    expect(w.eval(READ_TIMELINE)).toMatchObject({
      started: false,
      paintedMs: null,
      taskCount: 0,
      mentions: 0,
    });
  });
});

describe('finalReadExpression', () => {
  it('reads the timeline, the DOM check and the bare walk in one expression', async () => {
    const w = pageWith(SERVED);
    const perf = w.performance as unknown as Performance;
    perf.mark('backstory:start', { startTime: 10 });
    perf.mark('backstory:painted', { startTime: 30 });
    w.document.getElementById('a')?.setAttribute('class', 'x');
    await flush(w);
    const read = w.eval(finalReadExpression(SERVED)) as FinalRead;
    expect(read.timeline).toMatchObject({ started: true, paintedMs: 20, taskCount: 0 });
    expect(read.dom).toMatchObject({
      probed: true,
      changes: ['attribute class on html>body>p#a'],
      matchesServedParse: true,
      matchesSnapshot: false,
    });
    expect(read.walk.chars).toBe('Scott BessentNvidia'.length);
  });

  it('skips the DOM check when given no served HTML', () => {
    const w = pageWith(SERVED);
    const read = w.eval(finalReadExpression(null)) as FinalRead;
    expect(read.dom).toBeNull();
    expect(read.timeline).toMatchObject({ started: false, taskCount: 0 });
    expect(read.walk.chars).toBe('Scott BessentNvidia'.length);
  });
});
