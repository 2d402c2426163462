/**
 * Which lines of a text are headlines (Title Case or ALL CAPS). Capitalization says nothing about
 * names there, so name structure (name-structure.ts) applies only its suffix and connector checks.
 * A line is a block of text between block breaks (chars.ts): a line break followed by indentation
 * continues the line. An ellipsis standing between spaces (" … ", " ... ") marks text left out: a
 * heading quoted with the first words of its article ("TikTok Ban: ByteDance Gets an Extension …
 * The Treasury said …") is read on its own, as the line it was (`cutMarkBefore`, `cutMarkAfter`),
 * unless a lower-case word follows the mark (the cut is inside a sentence).
 */
import * as chars from './chars';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { APOSTROPHE_CLASS, HYPHEN_VARIANT_CLASS, isAsciiLower, spaceRunEnd, spaceRunJoins, spaceRunStart } =
  chars;

/** Per-text cache of which lines are headlines (Title Case or ALL CAPS). */
export type LineShapes = { isHeadlineAt(position: number): boolean };

const MIN_HEADLINE_WORDS = 3;
/**
 * Short words a Title Case headline may leave in lower case; "v" is the versus of a case's name,
 * kept in lower case in titles as in the caption ("Learning Resources, Inc. v. Trump").
 */
export const HEADLINE_LOWER: ReadonlySet<string> = new Set(
  'a an the of in on at to for and or but nor with by as vs v via from into per'.split(' '),
);

export function lineShapes(text: string): LineShapes {
  // Candidates arrive in text order, once for coreference and once for the sweep: the line read
  // last answers most questions, and every line read is remembered (by start, in order), so each
  // is read once per call.
  let lineStart = -1;
  let lineEnd = -1;
  let headline = false;
  const starts: number[] = [];
  const ends: number[] = [];
  const headlines: boolean[] = [];
  // Where the cut marks and the line feeds stand, found once per call when the first line is read.
  let marks: CutMarks | undefined;
  let feeds: readonly number[] | undefined;
  return {
    isHeadlineAt(position) {
      if (position >= lineStart && position <= lineEnd) return headline;
      const at = upperBound(starts, position);
      if (at > 0 && position <= (ends[at - 1] as number)) {
        lineStart = starts[at - 1] as number;
        lineEnd = ends[at - 1] as number;
        headline = headlines[at - 1] as boolean;
        return headline;
      }
      marks ??= cutMarksOf(text);
      feeds ??= lineFeedsOf(text);
      lineStart = segmentStart(marks, position, blockStart(text, position, feeds));
      lineEnd = segmentEnd(marks, position, blockEnd(text, position));
      headline = isHeadline(text, lineStart, lineEnd);
      // A position in a break between lines reads the line before it again: remembered once.
      const slot = upperBound(starts, lineStart);
      const known = slot > 0 && starts[slot - 1] === lineStart;
      if (!known && slot === starts.length) {
        // Lines are mostly read in text order: appended, with no array made for splice's answer.
        starts.push(lineStart);
        ends.push(lineEnd);
        headlines.push(headline);
      } else if (!known) {
        starts.splice(slot, 0, lineStart);
        ends.splice(slot, 0, lineEnd);
        headlines.splice(slot, 0, headline);
      }
      return headline;
    },
  };
}

/** How many of the ascending `values` are at most `value`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The ascending positions of the text's line feeds: `indexOf` finds them forward at memory speed,
 * where a `lastIndexOf` back from each line read steps one unit at a time (~8 % of a synthetic
 * 1 MB call went to line shapes, a third of it there: docs/performance.md, speed10w).
 */
function lineFeedsOf(text: string): number[] {
  const feeds: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) feeds.push(at);
  return feeds;
}

/** Start of the block (text between block breaks, chars.ts) holding `position`; `feeds` lineFeedsOf(text). */
function blockStart(text: string, position: number, feeds: readonly number[]): number {
  let from = position;
  for (;;) {
    // Without this check a text that opens with an indented line break ("\n Real …") would find
    // the same break forever.
    if (from <= 0) return 0;
    // text.lastIndexOf('\n', from - 1), from the list.
    const before = upperBound(feeds, from - 1);
    if (before === 0) return 0;
    const newline = feeds[before - 1] as number;
    const runStart = spaceRunStart(text, newline);
    const runEnd = spaceRunEnd(text, runStart);
    if (!spaceRunJoins(text, runStart, runEnd)) return runEnd;
    from = runStart;
  }
}

/** End of the block holding `position`. */
function blockEnd(text: string, position: number): number {
  let from = position;
  for (;;) {
    const newline = text.indexOf('\n', from);
    if (newline < 0) return text.length;
    const runStart = spaceRunStart(text, newline);
    const runEnd = spaceRunEnd(text, runStart);
    if (!spaceRunJoins(text, runStart, runEnd)) return runStart;
    from = runEnd;
  }
}

/** The ellipses that mark text left out when a space stands on each side of them. */
const CUT_MARKS = ['\u2026', '...'] as const;

/** Per mark of CUT_MARKS, the ascending positions where it stands as a cut mark (isCutMark). */
type CutMarks = readonly (readonly number[])[];

/**
 * The cut marks of `text`, read once per call: a search for the nearest mark from every line read
 * went on past the line, to the text's start or end where it had none (most texts), so a call
 * read the text once per line.
 */
function cutMarksOf(text: string): CutMarks {
  return CUT_MARKS.map((mark) => {
    const found: number[] = [];
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1))
      if (isCutMark(text, mark, at)) found.push(at);
    return found;
  });
}

/** Start of the stretch holding `position` after the last cut mark after `from`, else `from`. */
function segmentStart(marks: CutMarks, position: number, from: number): number {
  let start = from;
  for (let m = 0; m < CUT_MARKS.length; m++) {
    const length = (CUT_MARKS[m] as string).length;
    const at = cutMarkBefore(marks[m] as readonly number[], length, position, from);
    if (at >= 0) start = Math.max(start, at + length + 1);
  }
  return start;
}

/** End of the stretch holding `position` before the first cut mark before `to`, else `to`. */
function segmentEnd(marks: CutMarks, position: number, to: number): number {
  let end = to;
  for (let m = 0; m < CUT_MARKS.length; m++) {
    const length = (CUT_MARKS[m] as string).length;
    const at = cutMarkAfter(marks[m] as readonly number[], length, position, to);
    if (at >= 0) end = Math.min(end, at - 1);
  }
  return end;
}

/** The last of the cut marks `at` (of `length` units) ending before `position` and starting after `from`, or -1. */
function cutMarkBefore(at: readonly number[], length: number, position: number, from: number): number {
  // Index -1 of an empty list (most texts have no cut mark) is a named-property lookup in V8.
  const index = upperBound(at, position - length - 1) - 1;
  if (index < 0) return -1;
  const last = at[index] as number;
  return last > from ? last : -1;
}

/** The first of the cut marks `at` (of `length` units) starting at or after `position` and ending before `to`, or -1. */
function cutMarkAfter(at: readonly number[], length: number, position: number, to: number): number {
  const index = upperBound(at, position - 1);
  if (index >= at.length) return -1;
  const first = at[index] as number;
  return first + length < to ? first : -1;
}

/**
 * True when `mark` at `at` has a space on each side (a fourth period makes it no ellipsis of three)
 * and no lower-case letter opens what follows: "Trump Hotels and Casino Resorts … operated the
 * casinos" cuts one sentence, whose two parts are no lines of their own.
 */
function isCutMark(text: string, mark: string, at: number): boolean {
  const after = at + mark.length;
  return text[after] === ' ' && text[at - 1] === ' ' && !LOWER_CASE_LETTER.test(text.charAt(after + 1));
}

/**
 * A word of letters, with inner apostrophes and hyphens of every kind (chars.ts); it never starts
 * with one (ʼ U+02BC is a letter to Unicode but an apostrophe here), nor inside a run of letters
 * and digits: the letters of "19c", "21st" or "4K" are a numeral's, which has no letter case to read.
 */
const LETTER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])[^\\P{L}${APOSTROPHE_CLASS}][\\p{L}\\p{M}${APOSTROPHE_CLASS}\\-${HYPHEN_VARIANT_CLASS}]*`,
  'gu',
);
const LOWER_CASE_LETTER = /\p{Ll}/u;
const MAX_TITLE_CASE_LINE = 300;

/**
 * A headline: a line with no lower-case letter at all (ALL CAPS, any length), or a short line
 * whose words all start with a capital except short connectors (Title Case).
 */
function isHeadline(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (line.length > MAX_TITLE_CASE_LINE) return !LOWER_CASE_LETTER.test(line);
  // Most lines of prose: one lower-case word settles it before the words are listed.
  if (plainLowerWordIn(line)) return false;
  const words = line.match(LETTER_WORD) ?? [];
  if (words.length < MIN_HEADLINE_WORDS) return false;
  if (!LOWER_CASE_LETTER.test(line)) return true;
  return words.every((w) => {
    const first = w[0] as string;
    return first !== first.toLowerCase() || HEADLINE_LOWER.has(w.toLowerCase());
  });
}

const SPACE = 0x20;
/** ASCII units that end a LETTER_WORD match (no letter, mark, apostrophe or hyphen of any kind). */
const PLAIN_WORD_ENDS: ReadonlySet<number> = new Set([...' ,.;:!?)"'].map((c) => c.charCodeAt(0)));

/**
 * True when `line` holds a word of ASCII lower-case letters that LETTER_WORD reads whole (at the
 * line's start or after a space, before a space, plain punctuation or the line's end) and that
 * is no HEADLINE_LOWER word: such a line has a lower-case letter and a word no Title Case
 * headline holds, so isHeadline is false whatever its other words.
 */
export function plainLowerWordIn(line: string): boolean {
  let i = 0;
  while (i < line.length) {
    if (!isAsciiLower(line.charCodeAt(i)) || (i > 0 && line.charCodeAt(i - 1) !== SPACE)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length && isAsciiLower(line.charCodeAt(j))) j++;
    if (
      (j === line.length || PLAIN_WORD_ENDS.has(line.charCodeAt(j))) &&
      !HEADLINE_LOWER.has(line.slice(i, j))
    )
      return true;
    i = j;
  }
  return false;
}
