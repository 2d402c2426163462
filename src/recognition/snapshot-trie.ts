/**
 * The word trie's tables as a snapshot stores them (snapshot.ts): only what cannot be derived
 * cheaply. The sorted edge lists are kept; the dense ASCII rows (rebuilt from the edges of the
 * few states that have one, word-trie-build.ts `denseRowsOf`), the per-state pattern table (one state per pattern)
 * and the 65,536-entry root table (mostly empty) are not, which takes 2 of the 3 MB a
 * 10,000-entity pack's trie held out of what IndexedDB reads on a wake.
 */
import { denseRowsOf, denseStatesOf, NO_PATTERN, ROOT, type WordTrieTables } from './word-trie-build';

export type StoredTrie = {
  patternCount: number;
  stateCount: number;
  edgeStart: Uint32Array;
  edgeUnit: Uint16Array;
  edgeTarget: Uint32Array;
  finderSource: string;
  mixedCaseFinderSource: string;
  /** The state each pattern ends at (NO_PATTERN for none). */
  patternState: Int32Array;
  /** The raw code units with a root transition, and where each leads. */
  rootUnits: Uint16Array;
  rootStates: Uint32Array;
  /** The states with a dense row (word-trie-build.ts `denseStatesOf`), in row order. */
  denseStates: Uint32Array;
};

export function storedTrie(tables: WordTrieTables): StoredTrie {
  const { outPattern, rootByRaw } = tables;
  const patternState = new Int32Array(tables.patternCount).fill(NO_PATTERN);
  outPattern.forEach((pattern, state) => {
    if (pattern !== NO_PATTERN) patternState[pattern] = state;
  });
  const rootUnits: number[] = [];
  rootByRaw.forEach((state, raw) => {
    if (state !== ROOT) rootUnits.push(raw);
  });
  return {
    patternCount: tables.patternCount,
    stateCount: tables.stateCount,
    edgeStart: tables.edgeStart,
    edgeUnit: tables.edgeUnit,
    edgeTarget: tables.edgeTarget,
    finderSource: tables.finderSource,
    mixedCaseFinderSource: tables.mixedCaseFinderSource,
    patternState,
    rootUnits: Uint16Array.from(rootUnits),
    rootStates: Uint32Array.from(rootUnits, (raw) => rootByRaw[raw] as number),
    denseStates: denseStatesOf(tables.edgeStart),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether every value is below `limit` (a state index that exists). */
function allBelow(values: Uint32Array | Int32Array, limit: number, allowed = Number.NaN): boolean {
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (!(v < limit) && v !== allowed) return false;
  }
  return true;
}

function storedFits(t: Record<string, unknown>, patternCount: number): t is StoredTrie {
  const stateCount = t.stateCount as number;
  if (
    t.patternCount !== patternCount ||
    !Number.isInteger(stateCount) ||
    stateCount < 1 ||
    !(t.edgeStart instanceof Uint32Array) ||
    !(t.edgeUnit instanceof Uint16Array) ||
    !(t.edgeTarget instanceof Uint32Array) ||
    !(t.patternState instanceof Int32Array) ||
    !(t.rootUnits instanceof Uint16Array) ||
    !(t.rootStates instanceof Uint32Array) ||
    !(t.denseStates instanceof Uint32Array) ||
    typeof t.finderSource !== 'string' ||
    typeof t.mixedCaseFinderSource !== 'string'
  )
    return false;
  const edgeCount = t.edgeUnit.length;
  return (
    t.edgeStart.length === stateCount + 1 &&
    t.edgeStart[stateCount] === edgeCount &&
    t.edgeTarget.length === edgeCount &&
    t.patternState.length === patternCount &&
    t.rootStates.length === t.rootUnits.length &&
    allBelow(t.edgeStart, edgeCount + 1) &&
    allBelow(t.edgeTarget, stateCount) &&
    allBelow(t.patternState, stateCount, NO_PATTERN) &&
    allBelow(t.rootStates, stateCount) &&
    allBelow(t.denseStates, stateCount)
  );
}

/** The tables `storedTrie` stored, or undefined when they do not fit together or `patternCount`. */
export function trieFromStored(value: unknown, patternCount: number): WordTrieTables | undefined {
  if (!isRecord(value) || !storedFits(value, patternCount)) return undefined;
  const { stateCount, edgeStart, edgeUnit, edgeTarget, patternState, rootUnits, rootStates } = value;
  const outPattern = new Int32Array(stateCount).fill(NO_PATTERN);
  for (let pattern = 0; pattern < patternState.length; pattern++) {
    const state = patternState[pattern] as number;
    if (state !== NO_PATTERN) outPattern[state] = pattern;
  }
  const rootByRaw = new Uint32Array(0x10000);
  for (let k = 0; k < rootUnits.length; k++) rootByRaw[rootUnits[k] as number] = rootStates[k] as number;
  return {
    patternCount,
    stateCount,
    outPattern,
    rootByRaw,
    ...denseRowsOf({ edgeStart, edgeUnit, edgeTarget }, value.denseStates),
    edgeStart,
    edgeUnit,
    edgeTarget,
    finderSource: value.finderSource,
    mixedCaseFinderSource: value.mixedCaseFinderSource,
  };
}
