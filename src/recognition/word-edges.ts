/**
 * The letters at the edges of the words previousWord and nextWord (name-tokens.ts) would read
 * beside a candidate, found by code unit: a rule that needs a listed word there is skipped without
 * building a `Word` when the edge letters match none of its words. Each answers undefined when it
 * cannot tell (then read the word). tests/unit/recognition-gates.test.ts checks both against the
 * words read.
 */
import * as chars from './chars';

// A module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const { isAnySpace } = chars;

/** No word is read there. */
export const NO_WORD = '';
const SPACE = 0x20;
const LOWER_S = 0x73;
const PERIOD = 0x2e;
const LAST_ASCII = 0x7f;

/** ASCII letters and digits: the ASCII units chars.ts isWordAt reads as part of a word. */
function isAsciiWordUnit(unit: number): boolean {
  const lower = unit | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
}

export function asciiLetterAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i) | 0x20;
  return unit >= 0x61 && unit <= 0x7a;
}

/**
 * The last two units of previousWord(text, start)'s folded form, lower case: NO_WORD when it reads
 * no word (no white space before `start`, or ASCII punctuation before one space); a pair opening
 * with a unit that is no letter when the word has one letter or ends in a letter after a joiner or
 * period; undefined when not settled by the units before `start` (more than one space, a period,
 * a digit or a unit beyond ASCII, an "s" after a unit that is no letter: a possessive).
 */
export function endingBefore(text: string, start: number): string | undefined {
  if (start === 0 || !isAnySpace(text.charCodeAt(start - 1))) return NO_WORD;
  if (text.charCodeAt(start - 1) !== SPACE || start < 3) return undefined;
  const unit = text.charCodeAt(start - 2);
  // ASCII punctuation before the one space (", Treasury"): previousWord reads no word there.
  if (unit <= LAST_ASCII && !isAsciiWordUnit(unit) && unit !== PERIOD && !isAnySpace(unit)) return NO_WORD;
  if (!asciiLetterAt(text, start - 2)) return undefined;
  const last = unit | 0x20;
  const before = text.charCodeAt(start - 3);
  // A final "s" after a unit that is no letter may end a possessive "'s", which the word leaves out.
  if ((last === LOWER_S && !asciiLetterAt(text, start - 3)) || before > LAST_ASCII) return undefined;
  const first = asciiLetterAt(text, start - 3) ? before | 0x20 : 0;
  return String.fromCharCode(first, last);
}

/**
 * The first `units` units (two unless asked) of the word nextWord(text, end) reads, as written, cut
 * after the first unit that is no letter (it ends or joins the word; fewer units at the end of the
 * text): NO_WORD when it reads no word; undefined when not settled by the units after `end` (no
 * plain space, no ASCII letter after it, a unit beyond ASCII before the cut).
 */
export function startingAfter(text: string, end: number, units = 2): string | undefined {
  if (end >= text.length || !isAnySpace(text.charCodeAt(end))) return NO_WORD;
  if (text.charCodeAt(end) !== SPACE || !asciiLetterAt(text, end + 1)) return undefined;
  let i = end + 2;
  for (; i < end + 1 + units; i++) {
    if (text.charCodeAt(i) > LAST_ASCII) return undefined;
    if (!asciiLetterAt(text, i)) break;
  }
  return text.slice(end + 1, Math.min(i + 1, end + 1 + units));
}
