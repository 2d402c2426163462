import { describe, expect, it } from 'vitest';
import type { TabOutcome } from './open-together';
import { configFigures, lastLoad, manyTabsTable } from './summary';

const MB = 1024 * 1024;
const tab = (
  page: string,
  highlightMs: number | null,
  heapMb: number,
  loadMs: number | null = null,
): TabOutcome => ({
  page,
  highlightMs,
  loadMs,
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

describe('lastLoad', () => {
  it('takes the page whose load ended last, whatever the order, and counts the tabs never loaded out', () => {
    const tabs = [
      tab('a', 1000, 1, 3000),
      tab('late', null, 1, 9000),
      tab('b', 2000, 1, 5000),
      tab('c', null, 1),
    ];
    expect(lastLoad(tabs)).toEqual({ lastLoadS: 9, lastLoadPage: 'late', loadsSeen: 3, tabCount: 4 });
    expect(lastLoad([...tabs].reverse())).toMatchObject({ lastLoadS: 9, lastLoadPage: 'late' });
  });

  it('has no last load when no load was seen', () => {
    expect(lastLoad([tab('a', 1000, 1)])).toMatchObject({
      lastLoadS: Number.NaN,
      lastLoadPage: '-',
      loadsSeen: 0,
    });
  });
});

describe('configFigures: the last highlight against the last page load', () => {
  it("is negative when our last tab painted before the run's last page (one without names) had loaded", () => {
    const figures = configFigures(
      {
        round: 1,
        config: 'backstory',
        load: '9',
        tabs: [tab('a', 6500, 1, 6000), tab('named', 7000, 1, 7500), tab('plain', null, 1, 9000)],
      },
      new Set(['a', 'named']),
      [],
    );
    expect(figures).toMatchObject({ lastS: 7, lastPage: 'named', lastLoadS: 9, lastLoadPage: 'plain' });
    expect(figures.lastAfterLoadS).toBeCloseTo(-2, 9);
  });

  it('is positive when the last highlight came after every load', () => {
    const figures = configFigures(
      { round: 1, config: 'naive', load: '9', tabs: [tab('a', 9010, 1, 9000), tab('b', 4000, 1, 3000)] },
      new Set(['a', 'b']),
      [],
    );
    expect(figures.lastAfterLoadS).toBeCloseTo(0.01, 9);
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
    const table = manyTabsTable(1, [naive, ours]);
    expect(table.rows[1]?.[table.columns.indexOf('last ÷ naive last (goal ≤1)')]).toBe('0.75×');
  });

  it('prints the last page load and the last highlight less it beside the last tab', () => {
    const ours = configFigures(
      { round: 1, config: 'backstory', load: '9', tabs: [tab('a', 3000, 1, 4500), tab('b', null, 1)] },
      new Set(['a']),
      [],
    );
    const table = manyTabsTable(2, [ours]);
    const cell = (column: string) => table.rows[0]?.[table.columns.indexOf(column)];
    expect(cell('last load s')).toBe(4.5);
    expect(cell('last loaded page')).toBe('a (1/2 loads seen)');
    expect(cell('last − last load s')).toBe('-1.50');
  });
});
