/**
 * Blocks of text written all in lower case: lines (between the '\n' block separators of
 * extraction) holding a lower-case letter and no capital at all. A multi-word name starting in
 * lower case is taken only there ("donald trump said", a caption typed in lower case) or when the
 * name is a generic organization word (aliases.ts): in ordinary mixed-case text a lower-case
 * "bakori group" is not the company.
 */

const CAPITAL_OR_BREAK = /[\p{Lu}\n]/gu;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const LINE_FEED = 0x0a;

/** Flat [start, end, start, end, …] of the all-lower-case blocks of `text`, in text order. */
export function lowerCaseBlocks(text: string): number[] {
  const ranges: number[] = [];
  let start = 0;
  while (start < text.length) {
    const found = capitalOrBreakFrom(text, start);
    const stop = found < 0 ? text.length : found;
    if (found < 0 || text.charCodeAt(stop) === LINE_FEED) {
      // No capital before the block ends: lower-case if it holds any lower-case letter.
      if (stop > start && LOWER_CASE_LETTER.test(text.slice(start, stop))) ranges.push(start, stop);
      start = stop + 1;
      continue;
    }
    const lineEnd = text.indexOf('\n', stop);
    if (lineEnd < 0) break;
    start = lineEnd + 1;
  }
  return ranges;
}

/**
 * Where the first capital (\p{Lu}) or line feed at or after `from` stands, or -1: ASCII units
 * read one by one (a line usually opens with a capital), the rest by the RegExp.
 */
function capitalOrBreakFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LINE_FEED || (unit >= 0x41 && unit <= 0x5a)) return i;
    if (unit >= 0x80) {
      // Every unit before i is ASCII, so i starts a code point.
      CAPITAL_OR_BREAK.lastIndex = i;
      const found = CAPITAL_OR_BREAK.exec(text);
      return found === null ? -1 : found.index;
    }
  }
  return -1;
}

/** Whether `position` lies in one of `ranges` (as returned by lowerCaseBlocks). */
export function inRanges(ranges: readonly number[], position: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[2 * mid + 1] as number) <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length >> 1 && (ranges[2 * lo] as number) <= position;
}
