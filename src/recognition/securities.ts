/**
 * Securities named after their issuer. A term of years, months or weeks right before a generic
 * organization word ("the 10-year Treasury", "two-year Treasuries", "the 30 Year Treasury", "a
 * 3-month Treasury") names a debt security that body issued, not the body: "Treasury Secretary
 * Scott Bessent says the yield on the 10-year Treasury is his focus" has one mention, Bessent.
 * Facts about English, not about any entity; the words after the name ("Treasury yields") are
 * pack data (docs/knowledge-pack.md).
 */
import { lowerWordBefore } from './inert-neighbors';
import { previousWord, type Word } from './name-tokens';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** Number words that count a term. */
const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty twenty-five thirty
  forty fifty hundred half
`);

/** Units of a term, singular, plural and abbreviated. */
const TERM_UNITS = words('year years yr yrs month months mo week weeks day days');

/** A count written in digits or as a number word ("10", "two", "twenty-five"). */
function isCount(folded: string): boolean {
  return /^\d+(\.\d+)?$/.test(folded) || NUMBER_WORDS.has(folded);
}

/** "10-year", "two-year", "3-month", "52-week": a count and a unit joined by a hyphen. */
function isJoinedTerm(word: Word): boolean {
  const dash = word.folded.lastIndexOf('-');
  if (dash <= 0) return false;
  return isCount(word.folded.slice(0, dash)) && TERM_UNITS.has(word.folded.slice(dash + 1));
}

/**
 * True when a term ("10-year", "10 Year", "two-year") stands right before `start`: the name that
 * starts there is read as a security of that term.
 */
export function termBefore(text: string, start: number): boolean {
  // Nothing or a plain lower-case word before it, read by code unit: only a unit word can start a term.
  const from = lowerWordBefore(text, start);
  if (from === start || (from >= 0 && !TERM_UNITS.has(text.slice(from, start - 1)))) return false;
  return termBeforeWord(text, start);
}

/** termBefore without the code-unit test: the word before read with previousWord. */
export function termBeforeWord(text: string, start: number): boolean {
  const before = previousWord(text, start);
  if (before === undefined || before.possessive) return false;
  if (isJoinedTerm(before)) return true;
  if (!TERM_UNITS.has(before.folded)) return false;
  const count = previousWord(text, before.start);
  return count !== undefined && isCount(count.folded);
}
