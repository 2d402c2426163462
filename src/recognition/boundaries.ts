/**
 * Word boundaries for a candidate match text[start, end): the code point before and after must
 * not be a letter, digit or mark (\p{L}\p{N}\p{M}, via the precomputed table in chars.ts).
 * Punctuation suffixes are fine ("Nvidia,", "ByteDance-owned"). An apostrophe right after the
 * match is fine when it is a possessive ("TikTok's", "TikTok’s": apostrophe + s + boundary) or
 * ends the word; an apostrophe followed by other letters blocks ("Xi'an" is not Xi).
 */
import * as chars from './chars';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { isApostrophe, isWordAt } = chars;

const LOWER_S = 0x73;
const UPPER_S = 0x53;

export function passesWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordAt(text, start - 1) || isWordAt(text, end)) return false;
  if (end < text.length && isApostrophe(text.charCodeAt(end)) && isWordAt(text, end + 1)) {
    const next = text.charCodeAt(end + 1);
    return (next === LOWER_S || next === UPPER_S) && !isWordAt(text, end + 2);
  }
  return true;
}
