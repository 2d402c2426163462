import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../scripts/lib/automaton';
import { gluedWordStart } from './boundaries';
import { isWordAt } from './chars';
import { unfilledDenseRows } from './dense-rows';
import { buildWordTrie, buildWordTrieTables, wordTrieFromTables } from './word-trie';
import { denseStatesOf } from './word-trie-build';

function allMatches(patterns: string[], text: string): [string, number, number][] {
  const found: [string, number, number][] = [];
  buildWordTrie(patterns).scan(text, (id, start, end) => found.push([patterns[id] as string, start, end]));
  return found;
}

describe('buildWordTrie', () => {
  it('starts matches only at word starts, shortest first per start', () => {
    expect(allMatches(['he', 'hers', 'li'], 'ushers hers policy li')).toEqual([
      ['he', 7, 9],
      ['hers', 7, 11],
      ['li', 19, 21],
    ]);
  });

  it('also starts a match at a capital glued to a lower-case word (boundaries.ts gluedWordStart)', () => {
    expect(allMatches(['bessent', 'ush'], 'coming togetherBessent says; theBessent; ushers')).toEqual([
      ['bessent', 15, 22],
      ['ush', 41, 44],
    ]);
  });

  it('folds case, apostrophes and white-space runs, but not line breaks', () => {
    expect(allMatches(['scott bessent', "xi'an"], 'SCOTT \u00a0 Bessent Xi’an Scott\nBessent')).toEqual([
      ['scott bessent', 0, 15],
      ["xi'an", 16, 21],
    ]);
  });

  it('joins a white-space run holding one line break plus indentation', () => {
    expect(allMatches(['scott bessent'], 'Scott\n    Bessent')).toEqual([['scott bessent', 0, 17]]);
    expect(allMatches(['scott bessent'], 'Scott\n\n  Bessent Scott\r\nBessent')).toEqual([]);
  });

  it('treats a letter outside the BMP as part of a word', () => {
    expect(allMatches(['ab'], '𝐀ab ab')).toEqual([['ab', 5, 7]]);
    expect(allMatches(['ab'], '🔥ab')).toEqual([['ab', 2, 4]]);
  });

  it('reports pattern and state counts', () => {
    const trie = buildWordTrie(['ab', 'abc', 'b']);
    expect(trie.patternCount).toBe(3);
    expect(trie.stateCount).toBe(1 + 3 + 1);
  });

  it('finds exactly the automaton matches that start where no word runs through or a word starts glued (random texts)', () => {
    const patterns = ['ab', 'abc', 'b c', "x'y", 'é', 'ﬀ', 'kk', '.net', '𝐀b', 'a-b', 'ab ab'];
    const piece = fc.oneof(
      fc.constantFrom(
        ...patterns,
        'AB',
        'Abc',
        'B\n  C',
        'X’Y',
        'É',
        '\u212a\u212a',
        'a\u2011b',
        'AB  AB',
        'qqqq',
      ),
      fc.constantFrom(
        ' ',
        '\n',
        '\r\n',
        '\n\n',
        '\u00a0',
        '.',
        ',',
        "'",
        'q',
        '𝐀',
        '\ud835',
        '\udc00',
        '\u0301',
      ),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    );
    const trie = buildWordTrie(patterns);
    const automaton = buildAutomaton(patterns);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const fromTrie: number[][] = [];
        trie.scan(text, (id, start, end) => fromTrie.push([start, end, id]));
        const fromAutomaton: number[][] = [];
        automaton.scan(text, (id, start, end) => {
          if (
            start === 0 ||
            !isWordAt(text, start - 1) ||
            !isWordAt(text, start) ||
            gluedWordStart(text, start)
          )
            fromAutomaton.push([start, end, id]);
        });
        fromAutomaton.sort(
          (x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number),
        );
        expect(fromTrie).toEqual(fromAutomaton);
      }),
      { numRuns: 2000 },
    );
  });

  it("fills a restored trie's dense rows on first visit, with the same matches as rows built at once", () => {
    const patterns = ['ab', 'ac', 'ad', 'ae', 'aé', 'abc', 'abd', 'abe', 'abf', 'b'];
    const tables = buildWordTrieTables(patterns);
    const eager = wordTrieFromTables(tables);
    const lazy = { ...tables, ...unfilledDenseRows(tables.stateCount, denseStatesOf(tables.edgeStart)) };
    const restored = wordTrieFromTables(lazy);
    expect(lazy.denseRows.every((target) => target === 0)).toBe(true);
    const piece = fc.constantFrom(...patterns, 'AB', 'Abcd', ' ', '.', 'a', 'x', 'É');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        const matches = (trie: typeof eager) => {
          const found: number[][] = [];
          trie.scan(text, (id, start, end) => found.push([start, end, id]));
          return found;
        };
        const want = matches(eager);
        expect(matches(restored)).toEqual(want);
        expect(matches(restored)).toEqual(want); // the rows filled by the first scan
      }),
      { numRuns: 300 },
    );
    // Every row the scans filled is the row a build gives.
    lazy.denseRowOf.forEach((row, state) => {
      if (row >= 0)
        expect(lazy.denseRows.subarray(row * 128, row * 128 + 128)).toEqual(
          tables.denseRows.subarray(
            (tables.denseRowOf[state] as number) * 128,
            (tables.denseRowOf[state] as number) * 128 + 128,
          ),
        );
    });
    expect([...lazy.denseRowOf].some((row) => row >= 0)).toBe(true);
  });
});
