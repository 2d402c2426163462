/**
 * A reporter's misspelling of a pack person's given name ("Jameison Greer", "Jamison Greer" for
 * Jamieson Greer): the word before the person's one-word alias differs from one of the entity's own
 * given names by one edit. Such a full name is the entity written wrongly, not another person's
 * name, so it neither claims the later bare surname away nor is dropped as a namesake
 * (name-structure.ts personVerdict).
 *
 * Kept narrow so that a real namesake is not read as the entity: only given names of at least
 * MIN_MISSPELT_LENGTH letters, only a word of the same first letter (Harry and Larry, Ronald and
 * Donald are other people), and only one edit (an insertion, deletion, substitution or a swap of
 * two neighboring letters; Jamie is not Jamieson).
 */

/** Shortest given name whose one-edit variants are read as the same name ("Scott", "Larry"). */
export const MIN_MISSPELT_LENGTH = 5;

/**
 * Whether `a` and `b` (lower case) differ by at most one insertion, deletion, substitution or swap
 * of two neighboring letters (optimal string alignment distance ≤ 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    // One substitution, or one swap of two neighbors.
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  // One insertion into the shorter word.
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Whether `word` (lower case, a trailing period left out) is a one-edit misspelling of one of
 * `givenNames` (the entity's own given names, lower case): same first letter, the given name at
 * least MIN_MISSPELT_LENGTH letters long, and not the given name itself.
 */
export function misspeltGivenName(word: string, givenNames: ReadonlySet<string>): boolean {
  for (const given of givenNames) {
    if (given.length < MIN_MISSPELT_LENGTH || word === given) continue;
    if (word[0] !== given[0]) continue;
    if (withinOneEdit(word, given)) return true;
  }
  return false;
}

/** Per person entity: its given names before a one-word alias (lower case) and those full names as written. */
export type MisspeltNames = { givenNames: ReadonlySet<string>; fullNames: readonly string[] };

/**
 * Whether the capitalized word `before` the entity's one-word alias (no name word after it) is a
 * one-edit misspelling of the entity's own given name, the entity's given name coming first, on a
 * page that also spells one of its full names right ("Jamieson Greer … said Jameison Greer"):
 * alone, "Scotty Bessent" or "Jameson Greer" is someone else (name-structure.ts personVerdict).
 */
export function misspeltOwnName(
  text: string,
  before: { folded: string },
  owner: { givenBefore: boolean; misspelling?: MisspeltNames },
): boolean {
  const names = owner.misspelling;
  if (!owner.givenBefore || names === undefined) return false;
  if (!misspeltGivenName(before.folded.replace(/\.$/, ''), names.givenNames)) return false;
  return names.fullNames.some((name) => text.includes(name));
}
