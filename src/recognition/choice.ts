import type { AliasEntry } from './aliases';

/**
 * The entity a candidate names and how, in one number (read per candidate from a typed array: a
 * choice object per pattern of a large pack missed the cache): the entity, shifted, and flags:
 * named fully (not by an afterFullName alias), by weak aliases only, by a generic organization
 * alias that another government or body may share, and by an acronym that another organization
 * may share (acronyms.ts). NO_CHOICE when no entry passes or a shared alias cannot be settled.
 */
export type Choice = number;
export const NO_CHOICE: Choice = 0;
const CHOSEN = 1;
const FULLY = 2;
const WEAK = 4;
const GENERIC = 8;
const ACRONYM = 16;
const ENTITY_SHIFT = 5;

export const choiceEntity = (choice: Choice): number => choice >>> ENTITY_SHIFT;
export const namesFully = (choice: Choice): boolean => (choice & FULLY) !== 0;
export const isWeak = (choice: Choice): boolean => (choice & WEAK) !== 0;
export const isGeneric = (choice: Choice): boolean => (choice & GENERIC) !== 0;
export const isAcronym = (choice: Choice): boolean => (choice & ACRONYM) !== 0;

/** The choice of `entity` made by `own`, the passing entries of the candidate that name it. */
export function choiceOf(entity: number, own: readonly AliasEntry[]): Choice {
  return (
    ((entity << ENTITY_SHIFT) >>> 0) +
    CHOSEN +
    (own.some((entry) => !entry.afterFullName) ? FULLY : 0) +
    (own.every((entry) => entry.weak) ? WEAK : 0) +
    (own.some((entry) => entry.weak || entry.generic === true) ? GENERIC : 0) +
    (own.some((entry) => entry.acronym === true) ? ACRONYM : 0)
  );
}

/**
 * The choice of a pattern's one entity by all of the pattern's entries (a candidate whose every
 * entry passes), made once per pattern: the same for every candidate of that pattern.
 */
export class PatternChoices {
  /** Per pattern: NO_CHOICE until made. */
  private byPattern = new Uint32Array(0);

  /** `entriesOf(pattern)` is read only the first time: entries sit scattered over the heap. */
  of(pattern: number, entity: number, entriesOf: (pattern: number) => readonly AliasEntry[]): Choice {
    if (pattern >= this.byPattern.length) {
      const grown = new Uint32Array(Math.max(pattern + 1, this.byPattern.length * 2));
      grown.set(this.byPattern);
      this.byPattern = grown;
    }
    let choice = this.byPattern[pattern] as number;
    if (choice === NO_CHOICE) {
      choice = choiceOf(entity, entriesOf(pattern));
      this.byPattern[pattern] = choice;
    }
    return choice;
  }
}
