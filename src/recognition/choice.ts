import type { AliasEntry } from './aliases';

/**
 * The entity a candidate names and how: fully (not by an afterFullName alias), by weak aliases
 * only, by a generic organization alias that another government or body may share, and by an
 * acronym that another organization may share (acronyms.ts).
 */
export type Choice = {
  readonly entity: number;
  readonly namesFully: boolean;
  readonly weak: boolean;
  readonly generic: boolean;
  readonly acronym: boolean;
};

/** The choice of `entity` made by `own`, the passing entries of the candidate that name it. */
export function choiceOf(entity: number, own: readonly AliasEntry[]): Choice {
  return {
    entity,
    namesFully: own.some((entry) => !entry.afterFullName),
    weak: own.every((entry) => entry.weak),
    generic: own.some((entry) => entry.weak || entry.generic === true),
    acronym: own.some((entry) => entry.acronym === true),
  };
}

/**
 * The choice of a pattern's one entity by all of the pattern's entries (a candidate whose every
 * entry passes), made once per pattern: the same for every candidate of that pattern.
 */
export class PatternChoices {
  private readonly byPattern: Choice[] = [];

  /** `entriesOf(pattern)` is read only the first time: entries sit scattered over the heap. */
  of(pattern: number, entity: number, entriesOf: (pattern: number) => readonly AliasEntry[]): Choice {
    let choice = this.byPattern[pattern];
    if (choice === undefined) {
      choice = choiceOf(entity, entriesOf(pattern));
      this.byPattern[pattern] = choice;
    }
    return choice;
  }
}
