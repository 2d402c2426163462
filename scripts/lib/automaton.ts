/**
 * Aho–Corasick automaton over folded pattern texts (see chars.ts), compiled once.
 *
 * Layout: the root's transitions are a dense Uint32Array indexed by code unit (most steps in
 * running text happen at the root); every other state keeps its outgoing edges in a CSR slice
 * (`edgeStart`/`edgeCount` into `edgeUnit`/`edgeTarget`), scanned linearly (states rarely have
 * more than a few children). `fail` is the usual failure link; `dictLink` points to the nearest
 * state on the failure chain that ends a pattern, so reporting all matches costs O(matches).
 *
 * Scanning folds each code unit and feeds a white-space run as one space ("Scott  Bessent" matches
 * "scott bessent"), resetting on hard breaks (chars.ts joinableSpaceRunEnd); a ring buffer of
 * fed positions recovers start offsets.
 */
import { CHAR, charTables, joinableSpaceRunEnd, spaceRunEnd } from '../../src/recognition/chars';

const NONE = 0xffffffff;
const ROOT = 0;

export type Automaton = {
  readonly patternCount: number;
  readonly stateCount: number;
  /** Calls `onMatch(patternId, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, onMatch: (patternId: number, start: number, end: number) => void): void;
};

type BuildNode = { children: Map<number, number>; pattern: number };

/** Builds the automaton; pattern ids are indexes into `patterns` (already folded, non-empty, unique). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const nodes: BuildNode[] = [{ children: new Map(), pattern: -1 }];
  let maxLength = 1;
  patterns.forEach((pattern, id) => {
    let state = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const current = nodes[state] as BuildNode;
      let next = current.children.get(unit);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ children: new Map(), pattern: -1 });
        current.children.set(unit, next);
      }
      state = next;
    }
    (nodes[state] as BuildNode).pattern = id;
    maxLength = Math.max(maxLength, pattern.length);
  });

  const stateCount = nodes.length;
  const patternLength = new Uint32Array(patterns.length);
  patterns.forEach((p, id) => {
    patternLength[id] = p.length;
  });
  const outPattern = new Int32Array(stateCount);
  const fail = new Uint32Array(stateCount);
  const dictLink = new Uint32Array(stateCount).fill(NONE);
  const edgeStart = new Uint32Array(stateCount);
  const edgeCount = new Uint16Array(stateCount);
  let edgeTotal = 0;
  for (const node of nodes) edgeTotal += node.children.size;
  const edgeUnit = new Uint16Array(edgeTotal);
  const edgeTarget = new Uint32Array(edgeTotal);
  let cursor = 0;
  nodes.forEach((node, state) => {
    outPattern[state] = node.pattern;
    edgeStart[state] = cursor;
    edgeCount[state] = node.children.size;
    for (const [unit, target] of node.children) {
      edgeUnit[cursor] = unit;
      edgeTarget[cursor] = target;
      cursor++;
    }
  });
  const rootNext = new Uint32Array(0x10000);
  for (const [unit, target] of (nodes[ROOT] as BuildNode).children) rootNext[unit] = target;

  const step = (state: number, unit: number): number => {
    let s = state;
    for (;;) {
      if (s === ROOT) return rootNext[unit] as number;
      const start = edgeStart[s] as number;
      const end = start + (edgeCount[s] as number);
      for (let e = start; e < end; e++) {
        if (edgeUnit[e] === unit) return edgeTarget[e] as number;
      }
      s = fail[s] as number;
    }
  };

  // Breadth-first: failure links of a state depend only on shallower states.
  const queue: number[] = [];
  for (const [, child] of (nodes[ROOT] as BuildNode).children) {
    fail[child] = ROOT;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    dictLink[state] = (outPattern[f] as number) >= 0 ? f : (dictLink[f] as number);
    for (const [unit, child] of (nodes[state] as BuildNode).children) {
      fail[child] = step(f, unit);
      queue.push(child);
    }
  }

  let ringSize = 1;
  while (ringSize <= maxLength) ringSize <<= 1;
  const ringMask = ringSize - 1;

  return {
    patternCount: patterns.length,
    stateCount,
    scan(text, onMatch) {
      const { fold } = charTables();
      const fedAt = new Uint32Array(ringSize);
      let fed = 0;
      let state = ROOT;
      for (let i = 0; i < text.length; i++) {
        let unit = fold[text.charCodeAt(i)] as number;
        const at = i;
        if (unit === CHAR.SPACE || unit === CHAR.LINE_FEED || unit === CHAR.CARRIAGE_RETURN) {
          // Feed a white-space run as one space, or reset on a hard break (chars.ts).
          const runEnd = joinableSpaceRunEnd(text, i);
          if (runEnd < 0) {
            state = ROOT;
            i = spaceRunEnd(text, i) - 1;
            continue;
          }
          unit = CHAR.SPACE;
          i = runEnd - 1;
        }
        fedAt[fed & ringMask] = at;
        fed++;
        state = state === ROOT ? (rootNext[unit] as number) : step(state, unit);
        if (state === ROOT) continue;
        let out = (outPattern[state] as number) >= 0 ? state : (dictLink[state] as number);
        while (out !== NONE) {
          const id = outPattern[out] as number;
          const length = patternLength[id] as number;
          onMatch(id, fedAt[(fed - length) & ringMask] as number, i + 1);
          out = dictLink[out] as number;
        }
      }
    },
  };
}
