import { describe, expect, it } from 'vitest';
import type { TabOutcome } from './open-together';
import { configFigures, manyTabsTable } from './summary';

const MB = 1024 * 1024;
const tab = (page: string, highlightMs: number | null, heapMb: number): TabOutcome => ({
  page,
  highlightMs,
  ranges: highlightMs === null ? 0 : 2,
  heapBytes: heapMb * MB,
});

describe('configFigures', () => {
  const bare = [tab('a', null, 10), tab('b', null, 20), tab('c', null, 30)];

  it('times only the tabs expected to show names, and the heap growth against no extension', () => {
    const figures = configFigures(
      {
        round: 1,
        config: 'naive',
        load: '9',
        tabs: [tab('a', 1000, 10.5), tab('b', 4000, 21), tab('c', null, 30.25)],
      },
      new Set(['a', 'b']),
      bare,
    );
    expect(figures).toMatchObject({ painted: 2, expected: 2, medianS: 2.5, lastS: 4, lastPage: 'b' });
    expect(figures.heapGrowthMb).toBeCloseTo(0.5, 9);
    expect(figures.heapMb).toBeCloseTo(21, 9);
  });

  it('counts an expected tab that never painted as missing', () => {
    const figures = configFigures(
      { round: 1, config: 'backstory', load: '9', tabs: [tab('a', 2000, 11), tab('b', null, 21)] },
      new Set(['a', 'b']),
      bare,
    );
    expect(figures).toMatchObject({ painted: 1, expected: 2, lastS: 2 });
  });
});

describe('manyTabsTable', () => {
  it("compares each extension's last tab with the naive one's in the same round", () => {
    const naive = configFigures(
      { round: 1, config: 'naive', load: '9', tabs: [tab('a', 4000, 1)] },
      new Set(['a']),
      [],
    );
    const ours = configFigures(
      { round: 1, config: 'backstory', load: '9', tabs: [tab('a', 3000, 1)] },
      new Set(['a']),
      [],
    );
    expect(manyTabsTable(1, [naive, ours]).rows[1]?.[7]).toBe('0.75×');
  });
});
