/**
 * The dense rows of a restored word trie (snapshot-trie.ts), filled one state at a time as the
 * scan meets them (word-trie.ts) instead of all at once (word-trie-build.ts `denseRowsOf`).
 */
import { DENSE_WIDTH, type Edges, NO_ROW, type WordTrieTables } from './word-trie-build';

/**
 * Dense rows for `denseStates` (in that order), each marked unfilled (`-2 - row` in `denseRowOf`)
 * for `fillDenseRow` to fill on the state's first visit: a restored trie (snapshot-trie.ts) then
 * costs its first scan only the rows it meets, not a megabyte of rows for a 10,000-entity pack.
 */
export function unfilledDenseRows(
  stateCount: number,
  denseStates: Uint32Array,
): { denseRowOf: Int32Array; denseRows: Uint32Array } {
  const denseRowOf = new Int32Array(stateCount).fill(NO_ROW);
  for (let row = 0; row < denseStates.length; row++) denseRowOf[denseStates[row] as number] = -2 - row;
  return { denseRowOf, denseRows: new Uint32Array(denseStates.length * DENSE_WIDTH) };
}

/** Fills the dense row of `state`, marked unfilled as `marked` (`-2 - row`, `unfilledDenseRows`). */
export function fillDenseRow(
  tables: Edges & Pick<WordTrieTables, 'denseRowOf' | 'denseRows'>,
  state: number,
  marked: number,
): void {
  const row = -2 - marked;
  const { edgeStart, edgeUnit, edgeTarget, denseRows } = tables;
  for (let e = edgeStart[state] as number; e < (edgeStart[state + 1] as number); e++) {
    const unit = edgeUnit[e] as number;
    if (unit < DENSE_WIDTH) denseRows[row * DENSE_WIDTH + unit] = edgeTarget[e] as number;
  }
  tables.denseRowOf[state] = row;
}
