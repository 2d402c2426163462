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
import { CHAR, charTables, isWordAt, joinableSpaceRunEnd } from './chars';

const ROOT = 0;
const NO_PATTERN = -1;
// Module-local copies: an imported binding may compile to a getter call (CommonJS interop),
// which would cost one call per code unit in the scan loop.
const SPACE = CHAR.SPACE;
const LINE_FEED = CHAR.LINE_FEED;
const CARRIAGE_RETURN = CHAR.CARRIAGE_RETURN;
const CODE_UNITS = 0x10000;
const WORD = 1;

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
  const startFinder = startUnitFinder(rootByRaw, outPattern, { edgeStart, edgeUnit, edgeTarget });

  return {
    patternCount: patterns.length,
    stateCount,
    scan(text, onMatch) {
      const { fold, wordClass } = charTables();
      const length = text.length;
      // Positions are tried where no word runs through them (the previous or the current code
      // point is not a letter/digit/mark). Only positions holding a unit that starts a pattern
      // can match: a native RegExp finds those, then the word test runs on the few it finds.
      let from = 0;
      for (;;) {
        startFinder.lastIndex = from;
        if (!startFinder.test(text)) break;
        const i = startFinder.lastIndex - 1;
        from = i + 1;
        if (i > 0 && isWordUnitAt(wordClass, text, i - 1) && isWordUnitAt(wordClass, text, i)) continue;
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
    },
  };
}

/** True when the code unit at `index` (in range) belongs to a letter/digit/mark. */
function isWordUnitAt(wordClass: Uint8Array, text: string, index: number): boolean {
  const cls = wordClass[text.charCodeAt(index)] as number;
  return cls === WORD || (cls > WORD && isWordAt(text, index));
}

type Edges = { edgeStart: Uint32Array; edgeUnit: Uint16Array; edgeTarget: Uint32Array };

/** How many units (the start unit included) the start finder checks before a trie walk. */
const FINDER_DEPTH = 4;

/**
 * A RegExp (no `u` flag: it works on UTF-16 code units) matching one unit (a look-ahead checks
 * the next ones) wherever a trie walk may report something, and rarely elsewhere: a raw unit
 * with a root transition, followed by units each of which continues SOME trie path at its
 * depth, for as many units as every walk from that start must read before it can report.
 * Start units are grouped by that depth, so the RegExp has at most FINDER_DEPTH simple
 * branches — irregexp scans such a RegExp at native speed; long alternations are much slower.
 */
function startUnitFinder(rootByRaw: Uint32Array, outPattern: Int32Array, edges: Edges): RegExp {
  const rawByFolded = rawUnitsByFoldedUnit();
  const edgesOf = (state: number) => {
    const list: { unit: number; target: number }[] = [];
    for (let e = edges.edgeStart[state] as number; e < (edges.edgeStart[state + 1] as number); e++) {
      list.push({ unit: edges.edgeUnit[e] as number, target: edges.edgeTarget[e] as number });
    }
    return list;
  };
  /** How many more units every walk through `state` reads before it can report (at most `budget`). */
  const required = (state: number, budget: number): number => {
    if (budget === 0 || outPattern[state] !== NO_PATTERN) return 0;
    let least = budget;
    for (const { unit, target } of edgesOf(state)) {
      // After a space the text may hold a longer white-space run: nothing more is required.
      least = Math.min(least, 1 + (unit === SPACE ? 0 : required(target, budget - 1)));
    }
    return least;
  };
  /** Adds the raw units that continue some walk from `state` at each of the next `depth` levels. */
  const collect = (state: number, level: number, depth: number, levels: Set<number>[]): void => {
    if (level > depth) return;
    for (const { unit, target } of edgesOf(state)) {
      for (const raw of rawByFolded.get(unit) ?? []) (levels[level] as Set<number>).add(raw);
      if (unit !== SPACE) collect(target, level + 1, depth, levels);
    }
  };
  const firstUnitsByDepth = new Map<number, { firsts: number[]; levels: Set<number>[] }>();
  const requiredOf = new Map<number, number>();
  for (let raw = 0; raw < CODE_UNITS; raw++) {
    const state = rootByRaw[raw] as number;
    if (state === ROOT) continue;
    let depth = requiredOf.get(state);
    if (depth === undefined) {
      depth = required(state, FINDER_DEPTH - 1);
      requiredOf.set(state, depth);
      const group = firstUnitsByDepth.get(depth) ?? { firsts: [], levels: [] };
      while (group.levels.length <= depth) group.levels.push(new Set());
      collect(state, 1, depth, group.levels);
      firstUnitsByDepth.set(depth, group);
    }
    (firstUnitsByDepth.get(depth) as { firsts: number[] }).firsts.push(raw);
  }
  const branches = [...firstUnitsByDepth].map(([depth, { firsts, levels }]) => {
    const ahead = levels.slice(1, depth + 1).map((units) => unitClass([...units]));
    return unitClass(firsts) + (ahead.length > 0 ? `(?=${ahead.join('')})` : '');
  });
  return new RegExp(branches.length > 0 ? branches.join('|') : '[]', 'g');
}

let rawByFoldedCache: Map<number, number[]> | undefined;

/**
 * folded unit → every raw unit that folds to it (line breaks count as a space: the scan joins
 * a white-space run holding one). Built once per process, like the character tables.
 */
function rawUnitsByFoldedUnit(): Map<number, number[]> {
  if (rawByFoldedCache !== undefined) return rawByFoldedCache;
  const { fold } = charTables();
  const rawByFolded = new Map<number, number[]>();
  for (let raw = 0; raw < CODE_UNITS; raw++) {
    const folded = fold[raw] as number;
    const key = folded === LINE_FEED || folded === CARRIAGE_RETURN ? SPACE : folded;
    const list = rawByFolded.get(key);
    if (list) list.push(raw);
    else rawByFolded.set(key, [raw]);
  }
  rawByFoldedCache = rawByFolded;
  return rawByFolded;
}

/** A RegExp character class (no `u` flag) holding exactly `units`. */
function unitClass(units: readonly number[]): string {
  const sorted = [...new Set(units)].sort((x, y) => x - y);
  const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k] as number;
    let last = first;
    while (k + 1 < sorted.length && sorted[k + 1] === last + 1) last = sorted[++k] as number;
    ranges.push(last === first ? hex(first) : `${hex(first)}-${hex(last)}`);
  }
  return `[${ranges.join('')}]`;
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
