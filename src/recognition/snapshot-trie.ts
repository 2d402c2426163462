/**
 * The word trie's tables as a snapshot stores them (snapshot.ts): only what cannot be derived
 * cheaply. The sorted edge lists are kept as child counts and units (the targets follow from the
 * breadth-first numbering of word-trie-build.ts); the dense ASCII rows (rebuilt from the edges of
 * the few states that have one, each on the state's first visit: `unfilledDenseRows`), the
 * per-state pattern table (one state per pattern) and the 65,536-entry root table (mostly empty) are not. For the 10,000-entity pack's
 * trie that is 0.4 MB instead of 3.1 MB for IndexedDB to read on a wake.
 */

import { unfilledDenseRows } from './dense-rows';
import { isRecord, narrowed, widened } from './snapshot-units';
import { denseStatesOf, NO_PATTERN, ROOT, type WordTrieTables } from './word-trie-build';

export type StoredTrie = {
  patternCount: number;
  stateCount: number;
  /** How many children each state has (its edges' count in `edgeUnit`), in the narrowest array that holds them. */
  childCounts: Uint8Array | Uint16Array | Uint32Array;
  /** One byte per unit when every unit fits (snapshot.ts `narrowed`). */
  edgeUnit: Uint8Array | Uint16Array;
  /**
   * Absent when the e-th edge leads to state e + 1, as in a trie built by word-trie-build.ts
   * (states numbered breadth first).
   */
  edgeTarget?: Uint32Array;
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

/** Whether every edge e leads to state e + 1. */
function breadthFirst(edgeTarget: Uint32Array): boolean {
  for (let e = 0; e < edgeTarget.length; e++) if (edgeTarget[e] !== e + 1) return false;
  return true;
}

function childCountsOf(edgeStart: Uint32Array): Uint8Array | Uint16Array | Uint32Array {
  const counts = new Uint32Array(edgeStart.length - 1);
  for (let s = 0; s < counts.length; s++) counts[s] = (edgeStart[s + 1] as number) - (edgeStart[s] as number);
  if (counts.every((count) => count <= 0xff)) return Uint8Array.from(counts);
  return counts.every((count) => count <= 0xffff) ? Uint16Array.from(counts) : counts;
}

export function storedTrie(tables: WordTrieTables): StoredTrie {
  const { outPattern, rootByRaw, edgeTarget } = tables;
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
    childCounts: childCountsOf(tables.edgeStart),
    edgeUnit: narrowed(tables.edgeUnit),
    ...(breadthFirst(edgeTarget) ? {} : { edgeTarget }),
    finderSource: tables.finderSource,
    mixedCaseFinderSource: tables.mixedCaseFinderSource,
    patternState,
    rootUnits: Uint16Array.from(rootUnits),
    rootStates: Uint32Array.from(rootUnits, (raw) => rootByRaw[raw] as number),
    denseStates: denseStatesOf(tables.edgeStart),
  };
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
    !(
      t.childCounts instanceof Uint8Array ||
      t.childCounts instanceof Uint16Array ||
      t.childCounts instanceof Uint32Array
    ) ||
    !(t.edgeUnit instanceof Uint16Array) ||
    !(t.edgeTarget === undefined || t.edgeTarget instanceof Uint32Array) ||
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
    t.childCounts.length === stateCount &&
    // Without targets, a tree: every state but the root is the target of one edge.
    (t.edgeTarget === undefined ? edgeCount === stateCount - 1 : t.edgeTarget.length === edgeCount) &&
    t.patternState.length === patternCount &&
    t.rootStates.length === t.rootUnits.length &&
    (t.edgeTarget === undefined || allBelow(t.edgeTarget, stateCount)) &&
    allBelow(t.patternState, stateCount, NO_PATTERN) &&
    allBelow(t.rootStates, stateCount) &&
    allBelow(t.denseStates, stateCount)
  );
}

/** Where each state's edges start (`stateCount + 1` ends), or undefined when the counts do not add up to `edgeCount`. */
function edgeStartsOf(
  counts: Uint8Array | Uint16Array | Uint32Array,
  edgeCount: number,
): Uint32Array | undefined {
  const edgeStart = new Uint32Array(counts.length + 1);
  let total = 0;
  for (let s = 0; s < counts.length; s++) {
    edgeStart[s] = total;
    total += counts[s] as number;
  }
  edgeStart[counts.length] = total;
  return total === edgeCount ? edgeStart : undefined;
}

/** Edge e → state e + 1. */
function breadthFirstTargets(edgeCount: number): Uint32Array {
  const targets = new Uint32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) targets[e] = e + 1;
  return targets;
}

/** The tables `storedTrie` stored, or undefined when they do not fit together or `patternCount`. */
export function trieFromStored(stored: unknown, patternCount: number): WordTrieTables | undefined {
  if (!isRecord(stored)) return undefined;
  const value = { ...stored, edgeUnit: widened(stored.edgeUnit) };
  if (!storedFits(value, patternCount)) return undefined;
  const { stateCount, edgeUnit, patternState, rootUnits, rootStates } = value;
  const edgeStart = edgeStartsOf(value.childCounts, edgeUnit.length);
  if (edgeStart === undefined) return undefined;
  const edgeTarget = value.edgeTarget ?? breadthFirstTargets(edgeUnit.length);
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
    ...unfilledDenseRows(stateCount, value.denseStates),
    edgeStart,
    edgeUnit,
    edgeTarget,
    finderSource: value.finderSource,
    mixedCaseFinderSource: value.mixedCaseFinderSource,
  };
}
