/**
 * Builds the word trie's tables (word-trie.ts scans with them): a trie of the folded patterns,
 * flattened into typed arrays — sorted edge lists, dense ASCII rows for high fan-out states, a
 * root table indexed by raw code unit — and the RegExp that finds where a walk may start.
 */
import { CHAR, charTables } from './chars';
import { narrowStartBranches, rawUnitsByFoldedUnit, unitClass } from './start-finder';

export const ROOT = 0;
export const NO_PATTERN = -1;
const SPACE = CHAR.SPACE;
const CODE_UNITS = 0x10000;

/**
 * The word trie's compiled form: typed arrays and the start finder's RegExp source, all
 * structured-cloneable, so a compiled recognizer can be cached and restored without rebuilding
 * (snapshot.ts).
 */
export type WordTrieTables = {
  patternCount: number;
  stateCount: number;
  outPattern: Int32Array;
  rootByRaw: Uint32Array;
  /**
   * Each state's dense row, or NO_ROW; a restored trie marks a state whose row is not filled yet
   * as `-2 - row` (`unfilledDenseRows`), and the scan fills it on the state's first visit.
   */
  denseRowOf: Int32Array;
  denseRows: Uint32Array;
  edgeStart: Uint32Array;
  edgeUnit: Uint16Array;
  edgeTarget: Uint32Array;
  finderSource: string;
  /** The finder for text outside blocks written all in lower case (`mixedCaseStartUnits`). */
  mixedCaseFinderSource: string;
};

/**
 * The tables of `buildWordTrie(patterns, startUnits, mixedCaseStartUnits)` (word-trie.ts).
 * `mixedCaseStartUnits[id]` (a subset of `startUnits[id]`): the units a match may start with
 * outside blocks written all in lower case.
 */
export function buildWordTrieTables(
  patterns: readonly string[],
  startUnits?: readonly (readonly number[])[],
  mixedCaseStartUnits?: readonly (readonly number[])[],
): WordTrieTables {
  // Build with Maps, number the states breadth first, then flatten into typed arrays.
  const built: Map<number, number>[] = [new Map()];
  const builtPatternAt: number[] = [NO_PATTERN];
  patterns.forEach((pattern, id) => {
    let state = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const map = built[state] as Map<number, number>;
      let next = map.get(unit);
      if (next === undefined) {
        next = built.length;
        built.push(new Map());
        builtPatternAt.push(NO_PATTERN);
        map.set(unit, next);
      }
      state = next;
    }
    builtPatternAt[state] = id;
  });
  const { outPattern, rootChildren, edgeStart, edgeUnit, edgeTarget } = flattenBreadthFirst(
    built,
    builtPatternAt,
  );
  const stateCount = built.length;
  const rootByRaw = rootTable(patterns, rootChildren, startUnits);
  const { denseRowOf, denseRows } = denseRowsOf({ edgeStart, edgeUnit, edgeTarget });
  const edges = { edgeStart, edgeUnit, edgeTarget };
  const narrow = (units: typeof startUnits) =>
    units === undefined ? undefined : narrowStartBranches(patterns, units, FINDER_DEPTH - 1);
  const startFinder = startUnitFinder(rootByRaw, outPattern, edges, narrow(startUnits));
  const mixedCaseFinder =
    mixedCaseStartUnits === undefined || startUnits === undefined
      ? startFinder
      : startUnitFinder(
          rootTable(patterns, rootChildren, mixedCaseStartUnits),
          outPattern,
          edges,
          narrow(mixedCaseStartUnits),
        );
  return {
    patternCount: patterns.length,
    stateCount,
    outPattern,
    rootByRaw,
    denseRowOf,
    denseRows,
    edgeStart,
    edgeUnit,
    edgeTarget,
    finderSource: startFinder.source,
    mixedCaseFinderSource: mixedCaseFinder.source,
  };
}

/**
 * The trie's CSR edge lists sorted by unit, its states numbered breadth first (children in unit
 * order), so the e-th edge leads to state e + 1 and a snapshot need not store the targets
 * (snapshot-trie.ts); with the per-state pattern table and the root's children, renumbered.
 */
function flattenBreadthFirst(children: readonly Map<number, number>[], patternAt: readonly number[]) {
  const stateCount = children.length;
  const order = new Int32Array(stateCount);
  const renumbered = new Int32Array(stateCount);
  const edgeStart = new Uint32Array(stateCount + 1);
  const edgeUnit = new Uint16Array(stateCount - 1);
  const outPattern = new Int32Array(stateCount);
  let tail = 1;
  for (let s = 0; s < stateCount; s++) {
    const map = children[order[s] as number] as Map<number, number>;
    edgeStart[s] = tail - 1;
    outPattern[s] = patternAt[order[s] as number] as number;
    for (const unit of [...map.keys()].sort((a, b) => a - b)) {
      const to = map.get(unit) as number;
      edgeUnit[tail - 1] = unit;
      order[tail] = to;
      renumbered[to] = tail++;
    }
  }
  edgeStart[stateCount] = stateCount - 1;
  const edgeTarget = new Uint32Array(stateCount - 1);
  for (let e = 0; e < edgeTarget.length; e++) edgeTarget[e] = e + 1;
  const root = children[ROOT] as Map<number, number>;
  const rootChildren = new Map([...root].map(([unit, to]) => [unit, renumbered[to] as number]));
  return { outPattern, rootChildren, edgeStart, edgeUnit, edgeTarget };
}

export type Edges = { edgeStart: Uint32Array; edgeUnit: Uint16Array; edgeTarget: Uint32Array };

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
function startUnitFinder(
  rootByRaw: Uint32Array,
  outPattern: Int32Array,
  edges: Edges,
  narrow: { narrow: ReadonlySet<number>; branches: readonly string[] } = { narrow: new Set(), branches: [] },
): RegExp {
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
    // A narrow start unit has a branch of its own (start-finder.ts).
    if (state === ROOT || narrow.narrow.has(raw)) continue;
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
  branches.push(...narrow.branches);
  return new RegExp(branches.length > 0 ? branches.join('|') : '[]', 'g');
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

/** `denseRowOf` of a state without a dense row. */
export const NO_ROW = -1;

/** States with at least this many children get a dense row over ASCII units. */
const DENSE_MIN_CHILDREN = 4;
export const DENSE_WIDTH = 128;

/** The states with at least DENSE_MIN_CHILDREN children (the root excepted), which get dense rows. */
export function denseStatesOf(edgeStart: Uint32Array): Uint32Array {
  const states: number[] = [];
  for (let s = 0; s + 1 < edgeStart.length; s++) {
    const size = (edgeStart[s + 1] as number) - (edgeStart[s] as number);
    if (s !== ROOT && size >= DENSE_MIN_CHILDREN) states.push(s);
  }
  return Uint32Array.from(states);
}

/**
 * The dense ASCII rows of `denseStates` (in that order), from the sorted edge lists: built with
 * the trie, and again when a snapshot is restored (snapshot-trie.ts), which stores only the
 * states that have one.
 */
export function denseRowsOf(
  edges: Edges,
  denseStates: Uint32Array = denseStatesOf(edges.edgeStart),
): { denseRowOf: Int32Array; denseRows: Uint32Array } {
  const { edgeStart, edgeUnit, edgeTarget } = edges;
  const denseRowOf = new Int32Array(edgeStart.length - 1).fill(NO_ROW);
  const denseRows = new Uint32Array(denseStates.length * DENSE_WIDTH);
  for (let row = 0; row < denseStates.length; row++) {
    const s = denseStates[row] as number;
    denseRowOf[s] = row;
    for (let e = edgeStart[s] as number; e < (edgeStart[s + 1] as number); e++) {
      const unit = edgeUnit[e] as number;
      if (unit < DENSE_WIDTH) denseRows[row * DENSE_WIDTH + unit] = edgeTarget[e] as number;
    }
  }
  return { denseRowOf, denseRows };
}
