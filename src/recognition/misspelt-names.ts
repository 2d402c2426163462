/**
 * A reporter's misspelling of a pack person's given name ("Jameison Greer", "Jamison Greer" for
 * Jamieson Greer): the word before the person's one-word alias differs from one of the entity's own
 * given names by one edit. Such a full name is the entity written wrongly, not another person's
 * name, so it neither claims the later bare surname away nor is dropped as a namesake
 * (name-structure.ts personVerdict).
 *
 * The given name may stand on either side of the alias, where the entity's own does ("Xi Jlnping"
 * for Xi Jinping). The page must spell one of the person's full names right, or an office word must
 * stand right before the misspelt full name ("President Xi Jlnping", "Ambassador Jamison Greer"):
 * the person's own office is the evidence a namesake lacks ("Coach Jameson Greer", "Dr. Xi Jlnping"
 * stay other people).
 *
 * Kept narrow so that a real namesake is not read as the entity: only given names of at least
 * MIN_MISSPELT_LENGTH letters, only a word of the same first letter (Harry and Larry, Ronald and
 * Donald are other people), and only one edit (an insertion, deletion, substitution or a swap of
 * two neighboring letters; Jamie is not Jamieson).
 */

import { indexOfText } from './chars';
import { previousWord, type Word } from './name-tokens';
import { OFFICE_TITLE_WORDS } from './titles';

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

/**
 * Per person entity: its given names before a one-word alias and after it (lower case: "jamieson"
 * in "Jamieson Greer", "jinping" in "Xi Jinping") and those full names as written.
 */
export type MisspeltNames = {
  givenNames: ReadonlySet<string>;
  givenNamesAfter?: ReadonlySet<string>;
  fullNames: readonly string[];
};

/**
 * Office words whose holder's name may follow directly ("President Xi Jlnping", "Ambassador Jamison
 * Greer", "trade negotiator …"): a person's own title, in either case, is evidence that the full
 * name after it is that office holder written wrongly, not a namesake.
 */
const OFFICE_BEFORE_NAME: ReadonlySet<string> = new Set([
  ...OFFICE_TITLE_WORDS,
  'president',
  'chairman',
  'ceo',
]);

/** True when an office word stands right before the name starting at `nameStart` ("President Xi …"). */
function officeBefore(text: string, nameStart: number): boolean {
  const word = previousWord(text, nameStart);
  return word !== undefined && OFFICE_BEFORE_NAME.has(word.folded.replace(/\.$/, ''));
}

/**
 * Whether the full name around the entity's one-word alias at `start` is the entity with its given
 * name misspelt by one edit: the capitalized name word `before` or `after` the alias (only one of
 * them; undefined when not a name word), on the side where the entity's own given name sits
 * ("Jamieson Greer", "Xi Jinping"), on a page that also spells one of its full names right
 * ("Jamieson Greer … said Jameison Greer") or with an office word right before the full name
 * ("Chinese President Xi Jlnping", "Ambassador Jamison Greer"): alone, "Scotty Bessent" or "Jameson
 * Greer" is someone else (name-structure.ts personVerdict).
 */
export function misspeltOwnName(
  text: string,
  start: number,
  before: Word | undefined,
  after: Word | undefined,
  owner: { givenBefore: boolean; givenAfter: boolean; misspelling?: MisspeltNames },
): boolean {
  const names = owner.misspelling;
  if (names === undefined || (before === undefined) === (after === undefined)) return false;
  const [given, own, sideOk, nameStart] =
    before !== undefined
      ? [before, names.givenNames, owner.givenBefore, before.start]
      : [after as Word, names.givenNamesAfter, owner.givenAfter, start];
  if (!sideOk || own === undefined || !misspeltGivenName(given.folded.replace(/\.$/, ''), own)) return false;
  return officeBefore(text, nameStart) || names.fullNames.some((name) => indexOfText(text, name) >= 0);
}
