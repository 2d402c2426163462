import type { AliasEntry } from './aliases';

/**
 * The entity a candidate names and how: fully (not by an afterFullName alias), by weak aliases
 * only, by a generic organization alias that another government or body may share, and by an
 * acronym that another organization may share (acronyms.ts).
 */
export type Choice = {
  entity: number;
  namesFully: boolean;
  weak: boolean;
  generic: boolean;
  acronym: boolean;
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
