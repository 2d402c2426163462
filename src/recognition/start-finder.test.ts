import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../scripts/lib/automaton';
import { isWordAt } from './chars';
import { narrowStartBranches, requiredAfterFirst } from './start-finder';
import { buildWordTrie } from './word-trie';

const code = (s: string) => s.charCodeAt(0);
// Folded patterns; some may start in lower case ("d", "s", "a") only where a pattern lists that unit.
const PATTERNS = [
  'department of commerce',
  'dept',
  'deepseek',
  'data',
  'd c',
  'ab',
  'abc',
  'silver lake',
  'sa',
  'x',
];
const START_UNITS = [
  ['D', 'd'],
  ['D', 'd'],
  ['D'],
  ['D'],
  ['d'],
  ['A'],
  ['A', 'a'],
  ['S', 's'],
  ['S'],
  ['X'],
].map((units) => units.map(code));

describe('narrowStartBranches', () => {
  it('marks a unit narrow only when some pattern under its first unit does not list it', () => {
    const { narrow, branches } = narrowStartBranches(PATTERNS, START_UNITS, 3);
    expect([...narrow].map((u) => String.fromCharCode(u)).sort()).toEqual(['D', 'a', 'd', 's']);
    expect(branches.length).toBeGreaterThan(0);
  });

  it('counts the units a walk reads before it can report, up to a space or the budget', () => {
    expect(requiredAfterFirst('x', 3)).toBe(0);
    expect(requiredAfterFirst('ab', 3)).toBe(1);
    expect(requiredAfterFirst('d c', 3)).toBe(1);
    expect(requiredAfterFirst('ab c', 3)).toBe(2);
    expect(requiredAfterFirst('dept', 3)).toBe(3);
  });

  it('finds every occurrence that starts with a unit its pattern lists (random texts, against the automaton)', () => {
    const trie = buildWordTrie(PATTERNS, START_UNITS);
    const automaton = buildAutomaton(PATTERNS);
    const cased = (word: string) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const piece = fc.oneof(
      fc.constantFrom(...PATTERNS).chain(cased),
      fc.constantFrom('data', 'deal', 'said', 'daTa', 'dEpt.', 'de', 'si', 'abd').chain(cased),
      fc.constantFrom(' ', '  ', '\n', '.', ',', '-', 'q', 'é'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const listed = (id: number, start: number) =>
          (START_UNITS[id] as number[]).includes(text.charCodeAt(start)) &&
          (start === 0 || !isWordAt(text, start - 1) || !isWordAt(text, start));
        const fromTrie: number[][] = [];
        trie.scan(text, (id, start, end) => {
          if (listed(id, start)) fromTrie.push([start, end, id]);
        });
        const wanted: number[][] = [];
        automaton.scan(text, (id, start, end) => {
          if (listed(id, start)) wanted.push([start, end, id]);
        });
        wanted.sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number));
        expect(fromTrie).toEqual(wanted);
      }),
      { numRuns: 3000 },
    );
  });
});
