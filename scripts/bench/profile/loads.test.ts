import { describe, expect, it } from 'vitest';
import { turnOrder } from './loads';

describe('turnOrder', () => {
  it('flips two contenders every run, as the page-thread bench always did', () => {
    expect([0, 1, 2, 3].map((run) => turnOrder(['naive', 'ours'], run))).toEqual([
      ['naive', 'ours'],
      ['ours', 'naive'],
      ['naive', 'ours'],
      ['ours', 'naive'],
    ]);
  });

  it('puts each of several contenders first once in as many runs, each run holding all of them', () => {
    const contenders = ['naive', 'main', 'again', 'branch'];
    const runs = contenders.map((_, run) => turnOrder(contenders, run));
    expect(runs.map((order) => order[0])).toEqual(contenders);
    for (const order of runs) expect([...order].sort()).toEqual([...contenders].sort());
    // And each contender's place moves by one a run, so none always follows the same one twice.
    expect(runs[1]).toEqual(['main', 'again', 'branch', 'naive']);
  });

  it('leaves an empty list empty', () => {
    expect(turnOrder([], 3)).toEqual([]);
  });
});
