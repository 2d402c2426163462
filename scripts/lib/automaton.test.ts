import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton';

function allMatches(patterns: string[], text: string): [string, number, number][] {
  const automaton = buildAutomaton(patterns);
  const found: [string, number, number][] = [];
  automaton.scan(text, (id, start, end) => found.push([patterns[id] as string, start, end]));
  return found;
}

describe('buildAutomaton', () => {
  it('reports every occurrence, including overlapping and nested patterns', () => {
    expect(allMatches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });

  it('folds case and typographic apostrophes while scanning', () => {
    expect(allMatches(['tiktok', "xi'an"], 'TIKTOK and Xi’an')).toEqual([
      ['tiktok', 0, 6],
      ["xi'an", 11, 16],
    ]);
  });

  it('lets one space in a pattern match a run of horizontal white space, not a line break', () => {
    expect(allMatches(['scott bessent'], 'Scott \u00a0 Bessent; Scott\nBessent')).toEqual([
      ['scott bessent', 0, 15],
    ]);
  });

  it('joins an indented line break but resets on a lone one', () => {
    expect(allMatches(['scott bessent', 'bessent'], 'Scott\n    Bessent Scott\nBessent')).toEqual([
      ['scott bessent', 0, 17],
      ['bessent', 10, 17],
      ['bessent', 24, 31],
    ]);
  });

  it('matches nothing when there are no patterns', () => {
    expect(allMatches([], 'anything at all')).toEqual([]);
  });

  it('counts states once per distinct prefix', () => {
    expect(buildAutomaton(['ab', 'abc', 'b']).stateCount).toBe(1 + 3 + 1);
  });
});
