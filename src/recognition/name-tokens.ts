/**
 * The words right around a candidate match, read from the original text: the word directly
 * before and after (joined to the match by horizontal white space only — any punctuation or line
 * break ends a name), their letter shape, and whether a word opens its sentence.
 *
 * A word is a run of letters, digits and marks, with single inner hyphens or apostrophes
 * ("Ka-shing", "O'Brien") and a trailing period when it is an abbreviation of one or two letters
 * ("Jr.", "St."); a possessive "'s" is not part of the word and ends a name.
 */
import * as chars from './chars';
import { APOSTROPHE_VARIANT_CLASS, HYPHEN_VARIANT_CLASS } from './chars';
import { COMMA_SUFFIXES } from './name-words';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop under
// tsx: the bench, annotate, tests), one per call on the word reads every page rule makes.
const { isAnySpace, isApostrophe, isWordAt, spaceRunEnd, spaceRunJoins, spaceRunStart } = chars;

export type WordShape = 'capitalized' | 'upper' | 'lower' | 'other';

export type Word = {
  start: number;
  end: number;
  /** Lower-cased text, dashes as "-" and apostrophes as "'", a trailing abbreviation period kept ("jr."). */
  folded: string;
  shape: WordShape;
  /** The word carries a possessive "'s" ("India's"). */
  possessive: boolean;
};

const HYPHEN = 0x2d;
const UPPER_S = 0x53;
const LOWER_S = 0x73;
/** "-" and every hyphen and dash variant (chars.ts). */
const HYPHEN_UNITS: ReadonlySet<number> = new Set([HYPHEN, ...chars.HYPHEN_VARIANTS]);
const DASH_VARIANTS = new RegExp(`[${HYPHEN_VARIANT_CLASS}]`, 'g');
const APOSTROPHE_VARIANTS = new RegExp(`[${APOSTROPHE_VARIANT_CLASS}]`, 'g');

const LAST_ASCII = 0x7f;

/** True when `raw` holds a code unit beyond ASCII (where dash and apostrophe variants live). */
function beyondAscii(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > LAST_ASCII) return true;
  return false;
}

/** Lower case with every dash variant read as "-" and every apostrophe variant as "'" (chars.ts). */
function foldWord(raw: string, plain: boolean): string {
  const lower = raw.toLowerCase();
  return plain ? lower : lower.replace(DASH_VARIANTS, '-').replace(APOSTROPHE_VARIANTS, "'");
}
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '\u2026']);
/** Quotes and brackets skipped when looking for what precedes a word; every apostrophe variant
 * (’ ‘ ʼ ´) is skipped as the straight one is, so a variant never changes where a sentence opens. */
const SKIPPED = new Set([
  '"',
  "'",
  ...chars.APOSTROPHE_VARIANTS.map((unit) => String.fromCharCode(unit)),
  '\u201c',
  '\u201d',
  '(',
  '[',
  '\u00ab',
  '\u00bb',
  '*',
]);
const MAX_ABBREVIATION = 2;
/** Abbreviations written with a period that still join the next word. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr st jr sr gen sen rep gov lt col capt sgt maj adm prof rev hon messrs mt ft'.split(' '),
);

function isInnerJoiner(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return (HYPHEN_UNITS.has(unit) || isApostrophe(unit)) && isWordAt(text, i - 1) && isWordAt(text, i + 1);
}

/** Last parts that make a hyphenated word an adjective ("Abu Dhabi-based", "state-owned"). */
const ADJECTIVE_ENDING = new RegExp(
  `[-${HYPHEN_VARIANT_CLASS}](?:\\p{Ll}+ed|run|made|born|style|wide|era|led|like)$`,
  'u',
);

/** The shape of any word (the general path, for words beyond ASCII). */
export function shapeOf(raw: string): WordShape {
  if (ADJECTIVE_ENDING.test(raw)) return 'lower';
  const hasUpper = raw !== raw.toLowerCase();
  const hasLower = raw !== raw.toUpperCase();
  if (!hasUpper && !hasLower) return 'other';
  const first = raw[0] as string;
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return 'lower';
  if (!hasLower) return raw.replace(/[^\p{L}]/gu, '').length >= 2 ? 'upper' : 'capitalized';
  return first === first.toUpperCase() && first !== first.toLowerCase() ? 'capitalized' : 'other';
}

const isAsciiUpper = (unit: number): boolean => unit >= 0x41 && unit <= 0x5a;
const isAsciiLower = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;

/**
 * shapeOf for a word of ASCII only, by counting letters instead of building case variants: most
 * words of English text take this path once per rule that reads them.
 */
export function asciiShapeOf(raw: string): WordShape {
  if (raw.includes('-') && ADJECTIVE_ENDING.test(raw)) return 'lower';
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    if (isAsciiUpper(unit)) upper++;
    else if (isAsciiLower(unit)) lower++;
  }
  if (upper === 0 && lower === 0) return 'other';
  const first = raw.charCodeAt(0);
  if (isAsciiLower(first)) return 'lower';
  if (lower === 0) return upper >= 2 ? 'upper' : 'capitalized';
  return isAsciiUpper(first) ? 'capitalized' : 'other';
}

function makeWord(text: string, start: number, end: number): Word {
  let stop = end;
  // A possessive "'s" ends the word.
  const possessive =
    stop - start > 2 &&
    isApostrophe(text.charCodeAt(stop - 2)) &&
    (text.charCodeAt(stop - 1) === LOWER_S || text.charCodeAt(stop - 1) === UPPER_S);
  if (possessive) stop -= 2;
  const raw = text.slice(start, stop);
  const abbreviated = text[end] === '.' && (raw.length <= MAX_ABBREVIATION || raw.includes('.'));
  const plain = !beyondAscii(raw);
  return {
    start,
    end: stop,
    folded: foldWord(raw, plain) + (abbreviated ? '.' : ''),
    shape: plain ? asciiShapeOf(raw) : shapeOf(raw),
    possessive,
  };
}

/** Start of a dotted initialism ending at `end` ("U.S" before its final period), else `start`. */
function initialismStart(text: string, start: number): number {
  let i = start;
  while (i >= 2 && text[i - 1] === '.' && isWordAt(text, i - 2) && !isWordAt(text, i - 3)) i -= 2;
  return i;
}

/** End of the word starting at `start` (inner joiners included). */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && (isWordAt(text, i) || isInnerJoiner(text, i))) i++;
  return i;
}

/** Start of the word ending at `end`. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (isWordAt(text, i - 1) || isInnerJoiner(text, i - 1))) i--;
  return i;
}

/** Where a possessive "'s" (any apostrophe) right at `end` ends, or -1 when none stands there. */
export function possessiveEnd(text: string, end: number): number {
  if (!isApostrophe(text.charCodeAt(end))) return -1;
  const s = text.charCodeAt(end + 1);
  return s === LOWER_S || s === UPPER_S ? end + 2 : -1;
}

/** The word right after `end`, joined by horizontal spaces only; undefined at punctuation. */
export function nextWord(text: string, end: number): Word | undefined {
  if (end >= text.length || isApostrophe(text.charCodeAt(end))) return undefined;
  const i = spaceRunEnd(text, end);
  if (!spaceRunJoins(text, end, i) || !isWordAt(text, i)) return undefined;
  return makeWord(text, i, wordEnd(text, i));
}

/** The word right before `start`, joined by horizontal spaces only; undefined at punctuation. */
export function previousWord(text: string, start: number): Word | undefined {
  const i = spaceRunStart(text, start);
  if (!spaceRunJoins(text, i, start)) return undefined;
  // A period directly before the spaces joins only after an initial ("J. Trump", "U.S.") or a
  // known abbreviation ("Dr.", "Gen."); after any other word it ends a sentence ("Zi. Scott").
  let end = i;
  if (text[end - 1] === '.' && isWordAt(text, end - 2)) end--;
  if (!isWordAt(text, end - 1)) return undefined;
  let begin = wordStart(text, end);
  if (end - begin === 1) begin = initialismStart(text, begin);
  if (end !== i && end - begin > 1 && !text.slice(begin, end).includes('.')) {
    if (!ABBREVIATIONS.has(text.slice(begin, end).toLowerCase())) return undefined;
  }
  return makeWord(text, begin, end);
}

/**
 * True when the word at `start` opens a sentence: nothing but spaces, quotes and brackets
 * between it and the start of the text, a line break, or a sentence terminator (so the word after
 * `,”` does not open one, the word after `.”` does).
 */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const ch = text[i] as string;
    if (isAnySpace(text.charCodeAt(i))) {
      // A block break (not source indentation inside one text node) opens a sentence.
      const runStart = spaceRunStart(text, i + 1);
      const runEnd = spaceRunEnd(text, runStart);
      if (!spaceRunJoins(text, runStart, runEnd)) return true;
      i = runStart - 1;
      continue;
    }
    if (SKIPPED.has(ch)) {
      i--;
      continue;
    }
    return SENTENCE_END.has(ch);
  }
  return true;
}

/** The word ending exactly at `end` (before a comma, say), or undefined when no word ends there. */
export function wordEndingAt(text: string, end: number): Word | undefined {
  if (end <= 0 || !isWordAt(text, end - 1)) return undefined;
  return makeWord(text, wordStart(text, end), end);
}

const COMMA = 0x2c;

/** A generational suffix set off by a comma at `end`: "Donald Trump, Jr." is his son (name-structure.ts). */
export function suffixAfterComma(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== COMMA) return false;
  const word = nextWord(text, end + 1);
  return word !== undefined && COMMA_SUFFIXES.has(word.folded);
}
