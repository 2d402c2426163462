/**
 * Letter case of a candidate: does the text between two offsets read as an alias's written form
 * (or its ALL CAPS form, where the alias's case rule allows it), up to white-space runs and
 * apostrophe/space variants? Forms are compared as code units against the normalize table.
 */
import type { AliasEntry } from './aliases';
import { CHAR } from './chars';

// Module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const SPACE = CHAR.SPACE;
const LINE_FEED = CHAR.LINE_FEED;
const CARRIAGE_RETURN = CHAR.CARRIAGE_RETURN;

/** True when text[start, end) equals the form stored in `units` at [at, at + length). */
export function sameCaseUnits(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  units: Uint16Array,
  at: number,
  length: number,
): boolean {
  let i = start;
  for (let k = at; k < at + length; k++) {
    const want = units[k] as number;
    if (i >= end) return false;
    const unit = text.charCodeAt(i);
    const isSpace = unit === LINE_FEED || unit === CARRIAGE_RETURN || normalize[unit] === SPACE;
    if (normalize[unit] !== want && !(want === SPACE && isSpace)) return false;
    i++;
    if (want === SPACE) {
      while (i < end) {
        const next = text.charCodeAt(i);
        if (next !== LINE_FEED && next !== CARRIAGE_RETURN && normalize[next] !== SPACE) break;
        i++;
      }
    }
  }
  return i === end;
}

/**
 * Whether the text between `start` and `end` has a letter case `entry` allows. `inLowerCaseText`
 * says whether `start` lies in a block written all in lower case (lower-case-blocks.ts).
 */
export function caseAllows(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  entry: AliasEntry,
  inLowerCaseText: (position: number) => boolean = NEVER,
): boolean {
  const length = entry.asWritten.length;
  const at = entry.formAt ?? 0;
  return (
    sameCaseUnits(normalize, text, start, end, entry.forms, at, length) ||
    (entry.upper !== undefined &&
      sameCaseUnits(normalize, text, start, end, entry.forms, at + length, length)) ||
    (entry.anyCase &&
      firstLetterAllowed(text, start, entry, inLowerCaseText) &&
      acronymsInCapitals(text, start, entry.asWritten))
  );
}

const NEVER = (): boolean => false;

/**
 * A name in another letter case keeps its capital initial ("Protecting Americans From …",
 * "DONALD TRUMP"), unless it is a generic organization name ("the commerce department") or the
 * text around it is all in lower case.
 */
function firstLetterAllowed(
  text: string,
  start: number,
  entry: AliasEntry,
  inLowerCaseText: (position: number) => boolean,
): boolean {
  const first = text[start] as string;
  const written = entry.asWritten[0] as string;
  if (first === first.toUpperCase() || written !== written.toUpperCase()) return true;
  return entry.generic === true || inLowerCaseText(start);
}

/**
 * True when a name matched at `start` opens in lower case in mixed-case text ("the treasury
 * department", "a commerce department"): only a generic organization name matches so (see
 * firstLetterAllowed), and written so it is as often a common noun — a company's or a college's
 * department — as the body's name, so it counts as a weak alias, kept only with page evidence.
 */
export function opensInLowerCase(
  text: string,
  start: number,
  inLowerCaseText: (position: number) => boolean,
): boolean {
  const first = text[start] as string;
  return first !== first.toUpperCase() && !inLowerCaseText(start);
}

const ACRONYM_WORD = /^[\p{Lu}\p{N}.&-]*\p{Lu}[\p{Lu}\p{N}.&-]*$/u;
const NOT_LETTER = /[^\p{L}]/gu;
const WHITE_SPACE = /\s/;
const MIN_ACRONYM_LETTERS = 2;

/**
 * For a multi-word alias matched in any letter case (the matcher already compared it folded):
 * every word the alias writes as an acronym ("US", "USDS", "LLC") is in capitals in the text too,
 * so "us treasury" is not "US Treasury" while "donald trump" and "DONALD TRUMP" are Donald Trump.
 */
export function acronymsInCapitals(text: string, start: number, asWritten: string): boolean {
  let i = start;
  for (const word of asWritten.split(' ')) {
    while (i < text.length && WHITE_SPACE.test(text[i] as string)) i++;
    const inText = text.slice(i, i + word.length);
    i += word.length;
    const letters = word.replace(NOT_LETTER, '').length;
    if (letters >= MIN_ACRONYM_LETTERS && ACRONYM_WORD.test(word) && inText !== inText.toUpperCase()) {
      return false;
    }
  }
  return true;
}

/** Entries beyond this index of a pattern have no bit in a candidate's case mask (checked again). */
export const CASE_MASK_BITS = 30;

/** Bit k set when entry k (k < CASE_MASK_BITS) allows the letter case of text[start, end); 0 = none. */
export function caseMaskOf(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  entries: readonly AliasEntry[],
  inLowerCaseText: (position: number) => boolean = NEVER,
): number {
  let mask = 0;
  let beyond = false;
  for (let k = 0; k < entries.length; k++) {
    if (!caseAllows(normalize, text, start, end, entries[k] as AliasEntry, inLowerCaseText)) continue;
    if (k < CASE_MASK_BITS) mask |= 1 << k;
    else beyond = true;
  }
  // Entries past the mask are re-checked when needed; keep the candidate with a non-zero mask.
  return mask === 0 && beyond ? 1 << CASE_MASK_BITS : mask;
}
