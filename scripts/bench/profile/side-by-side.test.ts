import { describe, expect, it } from 'vitest';
import {
  pairedChange,
  pairedLines,
  type RunFigure,
  sideBySideTable,
  summarizePage,
  verdict,
} from './side-by-side';

const run = (cpuMs: number, longestMs: number, extra: Partial<RunFigure> = {}): RunFigure => ({
  cpuMs,
  longestMs,
  highlights: 3,
  ...extra,
});

describe('summarizePage', () => {
  it('takes medians of the loads that worked and the worst run of ours', () => {
    const summary = summarizePage({
      page: 'p',
      kb: 100,
      naive: [run(4, 4), run(6, 6), run(5, 5)],
      ours: [run(9, 3, { compileMs: 1 }), run(6, 8, { compileMs: 2 }), run(0, 0, { error: 'timeout' })],
    });
    expect(summary).toMatchObject({ naiveMs: 5, oursMs: 7.5, ratio: 1.5, oursWorstRunMs: 8, failed: 1 });
    expect(summary.oursCompileMs).toBe(1.5);
  });
});

describe('verdict', () => {
  it('judges the median ratio and the worst single run against the goals', () => {
    const pages = [
      summarizePage({ page: 'a', kb: 1, naive: [run(10, 10)], ours: [run(12, 6)] }),
      summarizePage({ page: 'b', kb: 1, naive: [run(10, 10)], ours: [run(20, 17)] }),
      summarizePage({ page: 'c', kb: 1, naive: [run(10, 10)], ours: [run(14, 9)] }),
    ];
    expect(verdict(pages)).toMatchObject({
      medianRatio: 1.4,
      geometricMeanRatio: expect.closeTo((1.2 * 2 * 1.4) ** (1 / 3), 10),
      ratioMet: true,
      worstRunMs: 17,
      worstRunPage: 'b',
      longestMet: false,
    });
    const table = sideBySideTable('Chromium', 'test', 1, pages);
    expect(table.rows[1]?.[7]).toBe('17.0 OVER');
    expect(table.notes?.[0]).toContain('1.40× ok');
    expect(table.notes?.[0]).toContain('geometric mean of the page ratios 1.50×');
  });
});

describe('the worst task (Firefox)', () => {
  it('is noted where measured, with the pages over the goal', () => {
    const pages = [
      summarizePage({ page: 'a', kb: 1, naive: [run(10, 10)], ours: [run(12, 20, { longestTaskMs: 9 })] }),
      summarizePage({ page: 'b', kb: 1, naive: [run(10, 10)], ours: [run(14, 18, { longestTaskMs: 17 })] }),
    ];
    expect(sideBySideTable('Firefox ESR', 'test', 1, pages).notes?.[2]).toBe(
      'worst task of ours (a run cut where the task changes) 17.0 ms on b, 1 of 2 pages over 16 ms.',
    );
    const chromium = [summarizePage({ page: 'a', kb: 1, naive: [run(10, 10)], ours: [run(12, 6)] })];
    expect(sideBySideTable('Chromium', 'test', 1, chromium).notes?.join(' ')).not.toContain('worst task');
  });
});

describe('pairedChange', () => {
  it('compares two builds page by page, leaving out pages either has no figure for', () => {
    const change = pairedChange([10, 20, 40, 5], [5, 20, 60, 0]);
    expect(change).toMatchObject({ pages: 3, lower: 1, sums: [70, 85] });
    // (0.5 × 1 × 1.5)^(1/3): the page without a second figure is left out of the mean too
    expect(change.geometricMean).toBeCloseTo(0.75 ** (1 / 3), 10);
  });
});

describe('pairedLines', () => {
  it('puts each build after the first against the first, page by page', () => {
    const medians: Record<string, number[]> = { main: [10, 20, 40], branch: [5, 20, 80], same: [10, 20, 40] };
    const lines = pairedLines(['main', 'branch', 'same'], (build) => medians[build] ?? []);
    expect(lines).toEqual([
      'branch against main: lower on 1 of 3 pages, geometric mean per page 1.000×, sum 105.0 against 70.0 ms',
      'same against main: lower on 0 of 3 pages, geometric mean per page 1.000×, sum 70.0 against 70.0 ms',
    ]);
    expect(pairedLines(['main'], () => [1])).toEqual([]);
  });
});
