/**
 * Per-pattern facts in flat typed arrays, so the common candidate (one entry, no context rules)
 * is settled without touching entry objects scattered over the heap (cache misses dominate
 * with large packs).
 */
import type { AliasEntry } from './aliases';
import * as letterCase from './letter-case';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { sameCaseUnits } = letterCase;

export const NO_ENTITY = -1;
export const NO_FORM = -1;

export type PatternFacts = {
  /** The entity when every entry of the pattern names the same one, else NO_ENTITY. */
  soleEntity: Int32Array;
  /** 1 when the pattern has exactly one entry and that entry has no context rule. */
  ruleFree: Uint8Array;
  /** 1 when some entry of the pattern is no afterFullName alias (rules.ts `markNamed`). */
  namesFully: Uint8Array;
  /** Single-entry patterns: offset of the as-written form in `formUnits` (ALL CAPS form right after when allowed); else NO_FORM. */
  formAt: Int32Array;
  formLength: Int32Array;
  hasUpper: Uint8Array;
  formUnits: Uint16Array;
};

export function patternFacts(entriesByPattern: readonly AliasEntry[][]): PatternFacts {
  const count = entriesByPattern.length;
  const soleEntity = new Int32Array(count).fill(NO_ENTITY);
  const ruleFree = new Uint8Array(count);
  const namesFully = new Uint8Array(count);
  const formAt = new Int32Array(count).fill(NO_FORM);
  const formLength = new Int32Array(count);
  const hasUpper = new Uint8Array(count);
  const units: number[] = [];
  entriesByPattern.forEach((entries, pattern) => {
    const first = entries[0];
    if (first !== undefined && entries.every((entry) => entry.entity === first.entity)) {
      soleEntity[pattern] = first.entity;
    }
    namesFully[pattern] = entries.some((entry) => !entry.afterFullName) ? 1 : 0;
    if (entries.length !== 1 || first === undefined) return;
    ruleFree[pattern] =
      !first.nameWord &&
      !first.afterFullName &&
      first.notFollowedBy.length === 0 &&
      first.notPrecededBy.length === 0 &&
      first.notInSentenceWith.length === 0
        ? 1
        : 0;
    formAt[pattern] = units.length;
    formLength[pattern] = first.asWritten.length;
    for (let k = 0; k < first.asWritten.length; k++) units.push(first.asWritten.charCodeAt(k));
    if (first.upper !== undefined) {
      hasUpper[pattern] = 1;
      for (let k = 0; k < first.upper.length; k++) units.push(first.upper.charCodeAt(k));
    }
  });
  return {
    soleEntity,
    ruleFree,
    namesFully,
    formAt,
    formLength,
    hasUpper,
    formUnits: Uint16Array.from(units),
  };
}

/** caseMaskOf for a single-entry pattern, from its flattened forms: 1 when the case is allowed, else 0. */
export function singleFormCaseMask(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  facts: PatternFacts,
  pattern: number,
): number {
  const at = facts.formAt[pattern] as number;
  const length = facts.formLength[pattern] as number;
  if (sameCaseUnits(normalize, text, start, end, facts.formUnits, at, length)) return 1;
  return facts.hasUpper[pattern] === 1 &&
    sameCaseUnits(normalize, text, start, end, facts.formUnits, at + length, length)
    ? 1
    : 0;
}
