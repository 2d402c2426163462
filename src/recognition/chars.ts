/**
 * Per-UTF-16-code-unit character classes for recognition. Every mapping keeps one code unit
 * as one code unit, so offsets in folded and original text are identical.
 *
 * - `normalizeUnit`: typographic variants → one form (horizontal spaces → ' ', ’ ‘ ʼ ´ → ', every
 *   hyphen and dash → -).
 *   Line breaks are NOT spaces here: extraction uses '\n' as a block separator, and a name
 *   never spans two blocks; `joinableSpaceRunEnd` decides when a run with a line break
 *   (source indentation inside one text node) still counts as one space.
 * - `foldUnit`: normalizeUnit + lower case (only when lower-casing keeps a single code unit).
 * - `isWordAt`: the code point at an index is a letter, digit or combining mark (\p{L}\p{N}\p{M}),
 *   except in scripts written without spaces (Han, Hiragana, Katakana): there every character is
 *   its own boundary, so "在TikTok上" holds the word "TikTok". Han aliases are matched by
 *   character sequence in han.ts, not by word boundaries.
 */

const CODE_UNITS = 0x10000;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

const HORIZONTAL_SPACES = [
  0x09, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x202f, 0x205f, 0x3000,
];
/** ’ ‘ ʼ and the acute accent ´ that some sites type for an apostrophe ("Trump´s"). */
export const APOSTROPHE_VARIANTS: readonly number[] = [0x2019, 0x2018, 0x02bc, 0x00b4];

/** “ ” „: a quotation mark is read as the straight one (law-nicknames.ts quotes a nickname with it). */
export const DOUBLE_QUOTE_VARIANTS: readonly number[] = [0x201c, 0x201d, 0x201e];
const DOUBLE_QUOTE = 0x22;

/** Every Unicode hyphen and dash (U+2010–U+2015, including the non-breaking hyphen) and the minus sign. */
export const HYPHEN_VARIANTS: readonly number[] = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212];

/** A UTF-16 code unit as a RegExp escape (`\uXXXX`), in a class or outside one. */
export function unitEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** RegExp syntax characters, each escaped by escapeRegExp. */
const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\]/g;

/** `text` as a RegExp source matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SYNTAX, '\\$&');
}

/** `codes` as the body of a RegExp character class (`\uXXXX` escapes). */
function classBody(codes: readonly number[]): string {
  return codes.map(unitEscape).join('');
}
/** RegExp character class bodies of the variants above, so every rule reads the same set. */
export const APOSTROPHE_VARIANT_CLASS = classBody(APOSTROPHE_VARIANTS);
export const HYPHEN_VARIANT_CLASS = classBody(HYPHEN_VARIANTS);
/** "'" and every apostrophe variant. */
export const APOSTROPHE_CLASS = `'${APOSTROPHE_VARIANT_CLASS}`;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words. */
export const SPACELESS_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NOT_WORD = 0;
const WORD = 1;
const SURROGATE = 2;

export type CharTables = { normalize: Uint16Array; fold: Uint16Array; wordClass: Uint8Array };
let tables: CharTables | undefined;

function buildTables(): CharTables {
  const normalize = new Uint16Array(CODE_UNITS);
  const fold = new Uint16Array(CODE_UNITS);
  const wordClass = new Uint8Array(CODE_UNITS);
  for (let c = 0; c < CODE_UNITS; c++) {
    normalize[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      wordClass[c] = SURROGATE;
      fold[c] = c;
      continue;
    }
    const s = String.fromCharCode(c);
    wordClass[c] = WORD_CHAR.test(s) && !SPACELESS_CHAR.test(s) ? WORD : NOT_WORD;
    const lower = s.toLowerCase();
    fold[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  for (const c of HORIZONTAL_SPACES) normalize[c] = SPACE;
  for (const c of APOSTROPHE_VARIANTS) {
    normalize[c] = APOSTROPHE;
    // ʼ (U+02BC) is a letter to Unicode, but read as an apostrophe it ends a word like '.
    wordClass[c] = NOT_WORD;
  }
  for (const c of HYPHEN_VARIANTS) normalize[c] = HYPHEN;
  for (const c of DOUBLE_QUOTE_VARIANTS) normalize[c] = DOUBLE_QUOTE;
  for (const c of [
    ...HORIZONTAL_SPACES,
    ...APOSTROPHE_VARIANTS,
    ...HYPHEN_VARIANTS,
    ...DOUBLE_QUOTE_VARIANTS,
  ]) {
    fold[c] = normalize[c] as number;
  }
  return { normalize, fold, wordClass };
}

/** The lookup tables, built once on first use (~65k entries each). */
export function charTables(): CharTables {
  tables ??= buildTables();
  return tables;
}

/** The character at `i` as the normalizer reads it (every dash "-", every apostrophe "'"), as a string. */
export function normalizedCharAt(text: string, i: number): string {
  return String.fromCharCode(charTables().normalize[text.charCodeAt(i)] as number);
}

/**
 * Takes tables stored with a compiled recognizer (snapshot.ts) as this process's own when none
 * were built yet: building them costs a woken background tens of milliseconds, and a restored
 * trie was folded with exactly these. False when `value` is not a set of tables.
 */
export function adoptCharTables(value: unknown): boolean {
  const t = value as Partial<CharTables> | undefined;
  const fits =
    t?.normalize instanceof Uint16Array &&
    t.fold instanceof Uint16Array &&
    t.wordClass instanceof Uint8Array &&
    t.normalize.length === CODE_UNITS &&
    t.fold.length === CODE_UNITS &&
    t.wordClass.length === CODE_UNITS;
  if (fits) tables ??= { normalize: t.normalize, fold: t.fold, wordClass: t.wordClass } as CharTables;
  return fits;
}

const astralWordCache = new Map<number, boolean>();

function isAstralWord(codePoint: number): boolean {
  let known = astralWordCache.get(codePoint);
  if (known === undefined) {
    const s = String.fromCodePoint(codePoint);
    known = WORD_CHAR.test(s) && !SPACELESS_CHAR.test(s);
    astralWordCache.set(codePoint, known);
  }
  return known;
}

/** True when the code unit at `index` belongs to a letter/digit/mark. Out of range → false. */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const cls = charTables().wordClass[text.charCodeAt(index)];
  if (cls !== SURROGATE) return cls === WORD;
  const unit = text.charCodeAt(index);
  // Low surrogate: look at the pair that starts one unit earlier.
  const start = unit >= 0xdc00 && index > 0 ? index - 1 : index;
  const codePoint = text.codePointAt(start) ?? unit;
  return codePoint > 0xffff ? isAstralWord(codePoint) : false;
}

/** True when the code unit is horizontal white space after normalization. */
export function isHorizontalSpace(unit: number): boolean {
  return charTables().normalize[unit] === SPACE;
}

export function isApostrophe(unit: number): boolean {
  return charTables().normalize[unit] === APOSTROPHE;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** True for white space of any kind recognition knows: horizontal spaces and line breaks. */
export function isAnySpace(unit: number): boolean {
  return unit === LINE_FEED || unit === CARRIAGE_RETURN || charTables().normalize[unit] === SPACE;
}

/** True when text[start, end) holds white space (`isAnySpace`): a multi-word alias. */
export function hasInnerSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAnySpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The end of the white-space run starting at `start` if the run may stand for the one space
 * inside a name, else -1. A run joins when it holds no line break, or exactly one line break
 * FOLLOWED by indentation — source formatting inside a text node, as in
 * "President\n        Trump". A lone '\n' (extraction's block separator, a <br>, or a bare
 * source newline), a break preceded but not followed by spaces ("Donald \nTrump" from two table
 * cells) and runs with two or more line breaks never join. '\r\n' counts as one.
 */
export function joinableSpaceRunEnd(text: string, start: number): number {
  let lineBreaks = 0;
  let spacesAfterBreak = 0;
  let i = start;
  for (; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LINE_FEED) lineBreaks++;
    else if (unit === CARRIAGE_RETURN) {
      if (text.charCodeAt(i + 1) !== LINE_FEED) lineBreaks++;
    } else if (charTables().normalize[unit] === SPACE) {
      if (lineBreaks > 0) spacesAfterBreak++;
    } else break;
  }
  if (lineBreaks === 0 || (lineBreaks === 1 && spacesAfterBreak > 0)) return i;
  return -1;
}

/** The end of the white-space run (any kind) starting at `start`. */
export function spaceRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isAnySpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Longest needle V8's `indexOf` finds by scanning for its first unit (memchr); from 7 units on it
 * runs Boyer–Moore–Horspool, about 20× slower per MB of English text in node 20 (0.5–0.7 ms
 * against 0.03 ms for "Minister" in the A/B's synthetic 1 MB text: docs/performance.md, speed10w).
 */
const SHORT_NEEDLE = 6;

/**
 * `text.indexOf(needle, from)`, for a needle of 7 units or more read as its first 6 units found
 * by `indexOf` and the rest by `startsWith` at each of them. Same answer for every input; a
 * head that recurs at every unit costs the needle's length per unit.
 */
export function indexOfText(text: string, needle: string, from = 0): number {
  if (needle.length <= SHORT_NEEDLE) return text.indexOf(needle, from);
  const head = needle.slice(0, SHORT_NEEDLE);
  for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1))
    if (text.startsWith(needle, at)) return at;
  return -1;
}

/** An ASCII lower-case letter's code unit (a-z). */
export function isAsciiLower(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/** An ASCII letter's code unit, either case (A-Z, a-z). */
export function isAsciiLetter(unit: number): boolean {
  return isAsciiLower(unit | 0x20);
}

/** Fold a phrase: normalize, lower-case, collapse white-space runs to one space, trim. */
export function foldPhrase(phrase: string): string {
  return mapPhrase(phrase, charTables().fold);
}

/** Normalize a phrase without changing letter case (spaces collapsed, apostrophes unified). */
export function normalizePhrase(phrase: string): string {
  return mapPhrase(phrase, charTables().normalize);
}

function mapPhrase(phrase: string, table: Uint16Array): string {
  const units: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const raw = phrase.charCodeAt(i);
    const u = raw === LINE_FEED || raw === CARRIAGE_RETURN ? SPACE : (table[raw] as number);
    if (u === SPACE && (units.length === 0 || units[units.length - 1] === SPACE)) continue;
    units.push(u);
  }
  if (units[units.length - 1] === SPACE) units.pop();
  return fromUnits(units);
}

const FROM_CHAR_CODE_CHUNK = 8192;

/** String.fromCharCode over a long array without exceeding the argument-count limit. */
function fromUnits(units: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += FROM_CHAR_CODE_CHUNK) {
    parts.push(String.fromCharCode(...units.slice(i, i + FROM_CHAR_CODE_CHUNK)));
  }
  return parts.join('');
}

export const CHAR = { SPACE, APOSTROPHE, HYPHEN, LINE_FEED, CARRIAGE_RETURN } as const;

/** Start of the white-space run (any kind) that ends at `end`. */
export function spaceRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isAnySpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * True when the white-space run text[start, end) joins two words of one block: horizontal spaces,
 * or one line break with indentation (source formatting, see joinableSpaceRunEnd).
 */
export function spaceRunJoins(text: string, start: number, end: number): boolean {
  return end > start && joinableSpaceRunEnd(text, start) === end;
}
