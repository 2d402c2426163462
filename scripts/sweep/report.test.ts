import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  formatSummary,
  formatTable,
  median,
  type PageMeasurement,
  pageProblems,
  summarize,
  walkRatio,
} from './report';

function page(overrides: Partial<PageMeasurement>): PageMeasurement {
  return {
    name: 'p',
    url: 'http://127.0.0.1/p/',
    bytes: 2048,
    extensionErrors: [],
    domChanges: [],
    outsideRequests: [],
    started: true,
    mentions: 0,
    paintedMs: 10,
    longestTaskMs: 2,
    totalTaskMs: 4,
    taskCount: 2,
    bareWalkMs: 1,
    textChars: 100,
    ...overrides,
  };
}

describe('median', () => {
  it('handles odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('walkRatio', () => {
  it('divides by the walk time, floored so a 0 ms walk does not divide by zero', () => {
    expect(walkRatio(10, 2)).toBe(5);
    expect(walkRatio(1, 0)).toBe(10);
  });
});

describe('pageProblems', () => {
  it('passes a clean page', () => {
    expect(pageProblems(page({}))).toEqual([]);
  });

  it('fails on errors, DOM changes, outside requests and a content script that never started', () => {
    const problems = pageProblems(
      page({
        extensionErrors: ['[Backstory] boom'],
        domChanges: ['childList on BODY'],
        outsideRequests: ['https://example.com/x'],
        started: false,
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/never started[\s\S]*boom[\s\S]*BODY[\s\S]*example\.com/);
  });

  it('reports a load failure once, not also as "never started"', () => {
    expect(pageProblems(page({ loadError: 'timeout', started: false }))).toEqual(['load failed: timeout']);
  });
});

describe('summarize and format', () => {
  const results = [
    page({ name: 'a', paintedMs: 10, totalTaskMs: 4, bareWalkMs: 1, longestTaskMs: 3, mentions: 2 }),
    page({ name: 'b', paintedMs: 30, totalTaskMs: 8, bareWalkMs: 2, longestTaskMs: 9, mentions: 5 }),
    page({ name: 'c', paintedMs: null, domChanges: ['x'] }),
  ];

  it('computes medians and worst cases over the pages that have them', () => {
    const s = summarize(results);
    expect(s).toMatchObject({
      pages: 3,
      failed: 1,
      mentions: 7,
      painted: 2,
      medianPaintedMs: 20,
      worstPaintedMs: 30,
      worstPaintedPage: 'b',
      longestTaskMs: 9,
      longestTaskPage: 'b',
      medianTaskRatio: 4,
      worstTaskRatio: 4,
    });
    expect(formatSummary(s, 12.34, 'chromium')).toMatch(/chromium: 3 pages in 12.3 s, 1 failed/);
  });

  it('prints one aligned row per page and marks failures', () => {
    const table = formatTable(results).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^page\s+KB\s+mentions/);
    expect(table[3]).toMatch(/^c\s.*FAIL$/);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    expect(formatProblems(results)).toEqual(['c: DOM changed: x']);
  });
});
