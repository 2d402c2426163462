/**
 * Word-anchored trie matcher — the recognizer's default engine.
 *
 * Every mention must start on a word boundary, so instead of feeding every code unit through
 * Aho–Corasick failure links (scripts/lib/automaton.ts, kept as a test oracle), this walks a trie
 * of the folded patterns only from positions whose previous code point is not a letter/digit/mark. Inside a word the scan costs one
 * table lookup per code unit; at a word start, one dense root lookup, then a walk that stops at the
 * first unit with no child (usually after 0–2 units). Work per text is linear in its length times
 * the (small, bounded) walk depth, and independent of how many patterns the pack holds.
 *
 * Same folding as the automaton: case folded per code unit, a white-space run matches one space
 * in a pattern unless it is a hard break (chars.ts joinableSpaceRunEnd). Emits matches ordered by start, then by increasing length.
 */
import * as boundaries from './boundaries';
import * as chars from './chars';
import { fillDenseRow } from './dense-rows';
import {
  buildWordTrieTables,
  DENSE_WIDTH as TABLE_DENSE_WIDTH,
  NO_PATTERN as TABLE_NO_PATTERN,
  NO_ROW as TABLE_NO_ROW,
  ROOT as TABLE_ROOT,
  type WordTrieTables,
} from './word-trie-build';

const { CHAR, charTables, isWordAt, joinableSpaceRunEnd } = chars;
const { gluedWordStart } = boundaries;

export type { WordTrieTables } from './word-trie-build';
export { buildWordTrieTables } from './word-trie-build';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop),
// which would cost one call per code unit in the scan loop.
const ROOT = TABLE_ROOT;
const NO_PATTERN = TABLE_NO_PATTERN;
const DENSE_WIDTH = TABLE_DENSE_WIDTH;
const NO_ROW = TABLE_NO_ROW;
const SPACE = CHAR.SPACE;
const LINE_FEED = CHAR.LINE_FEED;
const CARRIAGE_RETURN = CHAR.CARRIAGE_RETURN;
const WORD = 1;

export type PatternMatcher = {
  readonly patternCount: number;
  readonly stateCount: number;
  /**
   * Calls `onMatch(patternId, start, end)` for every occurrence starting on a word boundary or
   * where a word starts glued to the one before (boundaries.ts `gluedWordStart`).
   * With `lowerCaseBlocks` (flat [start, end, …], in text order), an occurrence outside those
   * blocks is reported only when it starts with one of its pattern's mixed-case start units (a
   * matcher may report more: the recognizer checks letter case again).
   */
  scan(
    text: string,
    onMatch: (patternId: number, start: number, end: number) => void,
    lowerCaseBlocks?: readonly number[],
  ): void;
};

/**
 * `startUnits[id]`, when given, lists the RAW code units a match of pattern `id` may start with
 * (e.g. only 'T' for "TikTok" under a case rule that forbids lower case). Words starting with any
 * other unit are skipped without a trie walk — in news text most words start lower-case, so this
 * prefilter skips most of them. Without it, every case variant of the first unit is tried.
 */
export function buildWordTrie(
  patterns: readonly string[],
  startUnits?: readonly (readonly number[])[],
  mixedCaseStartUnits?: readonly (readonly number[])[],
): PatternMatcher {
  return wordTrieFromTables(buildWordTrieTables(patterns, startUnits, mixedCaseStartUnits));
}

/** The matcher over compiled tables (built now, or restored from a snapshot). */
export function wordTrieFromTables(tables: WordTrieTables): PatternMatcher {
  const startFinder = new RegExp(tables.finderSource, 'g');
  const mixedCaseFinder =
    tables.mixedCaseFinderSource === tables.finderSource
      ? startFinder
      : new RegExp(tables.mixedCaseFinderSource, 'g');
  const walk = trieWalk(tables);
  /** Walks from every position in [from, to) that `finder` finds and no word runs through. */
  const findIn = (
    finder: RegExp,
    text: string,
    from: number,
    to: number,
    onMatch: OnMatch,
    { fold, wordClass }: ReturnType<typeof charTables>,
  ): void => {
    // Positions are tried where no word runs through them (the previous or the current code
    // point is not a letter/digit/mark). Only positions holding a unit that starts a pattern
    // can match: a native RegExp finds those, then the word test runs on the few it finds.
    let at = from;
    while (at < to) {
      finder.lastIndex = at;
      if (!finder.test(text)) break;
      const i = finder.lastIndex - 1;
      if (i >= to) break;
      at = i + 1;
      if (
        i > 0 &&
        isWordUnitAt(wordClass, text, i - 1) &&
        isWordUnitAt(wordClass, text, i) &&
        !gluedWordStart(text, i)
      )
        continue;
      walk(text, i, onMatch, fold);
    }
  };
  return {
    patternCount: tables.patternCount,
    stateCount: tables.stateCount,
    scan(text, onMatch, lowerCaseBlocks) {
      const chars = charTables();
      if (lowerCaseBlocks === undefined || mixedCaseFinder === startFinder) {
        findIn(startFinder, text, 0, text.length, onMatch, chars);
        return;
      }
      // Outside the lower-case blocks only the mixed-case start units; inside them, all.
      let from = 0;
      for (let b = 0; b < lowerCaseBlocks.length; b += 2) {
        const blockStart = lowerCaseBlocks[b] as number;
        const blockEnd = lowerCaseBlocks[b + 1] as number;
        findIn(mixedCaseFinder, text, from, blockStart, onMatch, chars);
        findIn(startFinder, text, blockStart, blockEnd, onMatch, chars);
        from = blockEnd;
      }
      findIn(mixedCaseFinder, text, from, text.length, onMatch, chars);
    },
  };
}

type OnMatch = (patternId: number, start: number, end: number) => void;

/** Walks the trie from position i, reporting every pattern that ends on the way. */
function trieWalk(
  tables: WordTrieTables,
): (text: string, i: number, onMatch: OnMatch, fold: Uint16Array) => void {
  const { outPattern, rootByRaw, denseRowOf, denseRows, edgeStart, edgeUnit, edgeTarget } = tables;
  return (text, i, onMatch, fold) => {
    const length = text.length;
    let state = rootByRaw[text.charCodeAt(i)] as number;
    let j = i + 1;
    for (;;) {
      const id = outPattern[state] as number;
      if (id !== NO_PATTERN) onMatch(id, i, j);
      if (j >= length) break;
      let unit = fold[text.charCodeAt(j)] as number;
      let step = 1;
      if (unit === SPACE || unit === LINE_FEED || unit === CARRIAGE_RETURN) {
        // A white-space run is one space in an alias, unless it is a hard break.
        const runEnd = joinableSpaceRunEnd(text, j);
        if (runEnd < 0) break;
        unit = SPACE;
        step = runEnd - j;
      }
      // Transition: dense ASCII row when the state has one, else its sorted edge list.
      let next = ROOT;
      const row = denseRowOf[state] as number;
      if (row >= 0 && unit < DENSE_WIDTH) {
        next = denseRows[row * DENSE_WIDTH + unit] as number;
      } else {
        // A restored trie's row not filled yet: filled now for the next visits (this one scans).
        if (row < NO_ROW) fillDenseRow(tables, state, row);
        const to = edgeStart[state + 1] as number;
        for (let e = edgeStart[state] as number; e < to; e++) {
          const u = edgeUnit[e] as number;
          if (u >= unit) {
            if (u === unit) next = edgeTarget[e] as number;
            break;
          }
        }
      }
      if (next === ROOT) break;
      state = next;
      j += step;
    }
  };
}

/** True when the code unit at `index` (in range) belongs to a letter/digit/mark. */
function isWordUnitAt(wordClass: Uint8Array, text: string, index: number): boolean {
  const cls = wordClass[text.charCodeAt(index)] as number;
  return cls === WORD || (cls > WORD && isWordAt(text, index));
}
