/**
 * Word-anchored trie matcher — the recogniser's default engine.
 *
 * Every mention must start on a word boundary, so instead of feeding every code unit through
 * Aho–Corasick failure links (automaton.ts), this walks a trie of the folded patterns only from
 * positions whose previous code point is not a letter/digit/mark. Inside a word the scan costs one
 * table lookup per code unit; at a word start, one dense root lookup, then a walk that stops at the
 * first unit with no child (usually after 0–2 units). Work per text is linear in its length times
 * the (small, bounded) walk depth, and independent of how many patterns the pack holds.
 *
 * Same folding as the automaton: case folded per code unit, a white-space run matches one space
 * in a pattern unless it is a hard break (chars.ts joinableSpaceRunEnd). Emits matches ordered by start, then by increasing length.
 */
import { CHAR, charTables, isWordAt, joinableSpaceRunEnd } from './chars';

const ROOT = 0;
const NO_PATTERN = -1;
const WORD = 1;
const NOT_WORD = 0;

export type PatternMatcher = {
  readonly patternCount: number;
  readonly stateCount: number;
  /** Calls `onMatch(patternId, start, end)` for every occurrence starting on a word boundary. */
  scan(text: string, onMatch: (patternId: number, start: number, end: number) => void): void;
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
): PatternMatcher {
  // Build with Maps, then flatten into typed arrays.
  const children: Map<number, number>[] = [new Map()];
  const patternAt: number[] = [NO_PATTERN];
  patterns.forEach((pattern, id) => {
    let state = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const map = children[state] as Map<number, number>;
      let next = map.get(unit);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        patternAt.push(NO_PATTERN);
        map.set(unit, next);
      }
      state = next;
    }
    patternAt[state] = id;
  });

  const stateCount = children.length;
  const outPattern = Int32Array.from(patternAt);
  const rootByRaw = rootTable(patterns, children[ROOT] as Map<number, number>, startUnits);
  const { denseRowOf, denseRows, edgeStart, edgeUnit, edgeTarget } = flattenEdges(children);

  return {
    patternCount: patterns.length,
    stateCount,
    scan(text, onMatch) {
      const { fold, wordClass } = charTables();
      const length = text.length;
      let i = 0;
      while (i < length) {
        // A boundary position: try the trie from here, then skip the rest of the word.
        const raw = text.charCodeAt(i);
        let state = rootByRaw[raw] as number;
        if (state !== ROOT) {
          let j = i + 1;
          for (;;) {
            const id = outPattern[state] as number;
            if (id !== NO_PATTERN) onMatch(id, i, j);
            if (j >= length) break;
            let unit = fold[text.charCodeAt(j)] as number;
            let step = 1;
            if (unit === CHAR.SPACE || unit === CHAR.LINE_FEED || unit === CHAR.CARRIAGE_RETURN) {
              // A white-space run is one space in an alias, unless it is a hard break.
              const runEnd = joinableSpaceRunEnd(text, j);
              if (runEnd < 0) break;
              unit = CHAR.SPACE;
              step = runEnd - j;
            }
            // Transition: dense ASCII row when the state has one, else its sorted edge list.
            let next = ROOT;
            const row = denseRowOf[state] as number;
            if (row >= 0 && unit < DENSE_WIDTH) {
              next = denseRows[row * DENSE_WIDTH + unit] as number;
            } else {
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
        }
        let cls = wordClass[raw] as number;
        if (cls > WORD) cls = isWordAt(text, i) ? WORD : NOT_WORD;
        i++;
        if (cls === NOT_WORD) continue;
        // Inside a word: no match can start until the word ends.
        while (i < length) {
          const c = wordClass[text.charCodeAt(i)] as number;
          if (c === NOT_WORD || (c > WORD && !isWordAt(text, i))) break;
          i++;
        }
      }
    },
  };
}

/** Root transitions indexed by the raw (unfolded) first code unit. */
function rootTable(
  patterns: readonly string[],
  rootChildren: ReadonlyMap<number, number>,
  startUnits: readonly (readonly number[])[] | undefined,
): Uint32Array {
  const table = new Uint32Array(0x10000);
  if (startUnits === undefined) {
    const { fold } = charTables();
    for (let raw = 0; raw < 0x10000; raw++) table[raw] = rootChildren.get(fold[raw] as number) ?? ROOT;
    return table;
  }
  patterns.forEach((pattern, id) => {
    const child = rootChildren.get(pattern.charCodeAt(0));
    if (child === undefined) return;
    for (const raw of startUnits[id] ?? []) table[raw] = child;
  });
  return table;
}

/** States with at least this many children get a dense row over ASCII units. */
const DENSE_MIN_CHILDREN = 4;
const DENSE_WIDTH = 128;

/** CSR edge lists sorted by unit, plus dense ASCII rows for high fan-out states. */
function flattenEdges(children: readonly Map<number, number>[]) {
  const stateCount = children.length;
  const edgeStart = new Uint32Array(stateCount + 1);
  let edgeTotal = 0;
  let denseCount = 0;
  const denseRowOf = new Int32Array(stateCount).fill(-1);
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeTotal;
    const size = (children[s] as Map<number, number>).size;
    edgeTotal += size;
    if (s !== ROOT && size >= DENSE_MIN_CHILDREN) denseRowOf[s] = denseCount++;
  }
  edgeStart[stateCount] = edgeTotal;
  const edgeUnit = new Uint16Array(edgeTotal);
  const edgeTarget = new Uint32Array(edgeTotal);
  const denseRows = new Uint32Array(denseCount * DENSE_WIDTH);
  for (let s = 0; s < stateCount; s++) {
    const sorted = [...(children[s] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
    let e = edgeStart[s] as number;
    const row = denseRowOf[s] as number;
    for (const [unit, to] of sorted) {
      edgeUnit[e] = unit;
      edgeTarget[e] = to;
      e++;
      if (row >= 0 && unit < DENSE_WIDTH) denseRows[row * DENSE_WIDTH + unit] = to;
    }
  }
  return { denseRowOf, denseRows, edgeStart, edgeUnit, edgeTarget };
}
