/**
 * Word boundaries for a candidate match text[start, end): the code point before and after must
 * not be a letter, digit or mark (\p{L}\p{N}\p{M}, via the precomputed table in chars.ts), unless
 * a word starts glued to the one before it (`gluedWordStart`).
 * Punctuation suffixes are fine ("Nvidia,", "ByteDance-owned"). An apostrophe right after the
 * match is fine when it is a possessive ("TikTok's", "TikTok’s": apostrophe + s + boundary) or
 * ends the word; an apostrophe followed by other letters blocks ("Xi'an" is not Xi).
 */
import * as chars from './chars';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { isAnySpace, isApostrophe, isWordAt, normalizedCharAt } = chars;

const LOWER_S = 0x73;
const UPPER_S = 0x53;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
/** Lower-case letters a glued word must follow: fewer are a brand's prefix ("iPhone", "eBay", "myOracle"). */
export const MIN_GLUED_RUN = 4;
/** Units a glued name must span: two-letter aliases ("He", "Xi") are words of their own there. */
export const MIN_GLUED_NAME = 4;
/**
 * What may stand before the lower-case word a name is glued to, besides white space: an opening
 * mark. No dash: every dash reads as "-", which joins a compound ("anti-trumpScott").
 */
const GLUED_RUN_OPENERS = new Set(['"', "'", '(', '[', '“', '‘', '«', '…']);

const isLowerAt = (text: string, i: number): boolean => {
  const unit = text.charCodeAt(i);
  return unit >= LOWER_A && unit <= LOWER_Z;
};

/**
 * Whether a word starts at `start` although a letter stands right before it: a capital glued by
 * text extraction to a lower-case word that ends a block ("… is coming togetherBessent says",
 * "… tariffsNvidia shares"), where a heading, a caption or a list item lost its line break. Only
 * an ASCII capital after a run of at least MIN_GLUED_RUN ASCII lower-case letters that opens at
 * white space, an opening mark or the text's start: a camel-case brand writes fewer ("iPhone",
 * "eBay"), or a capital first ("YouTube", "McDonald"), and an address, a handle, a tag or a code
 * name opens with a joiner ("@realTrump", "#banTikTok", "x.getOracle").
 */
export function gluedWordStart(text: string, start: number): boolean {
  const unit = text.charCodeAt(start);
  if (unit < UPPER_A || unit > UPPER_Z || start < MIN_GLUED_RUN || !isLowerAt(text, start - 1)) return false;
  let i = start - 1;
  while (i >= 0 && isLowerAt(text, i)) i--;
  if (start - 1 - i < MIN_GLUED_RUN) return false;
  if (i < 0 || isAnySpace(text.charCodeAt(i))) return true;
  return GLUED_RUN_OPENERS.has(normalizedCharAt(text, i));
}

export function passesWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordAt(text, end)) return false;
  if (isWordAt(text, start - 1) && !(end - start >= MIN_GLUED_NAME && gluedWordStart(text, start)))
    return false;
  if (end < text.length && isApostrophe(text.charCodeAt(end)) && isWordAt(text, end + 1)) {
    const next = text.charCodeAt(end + 1);
    return (next === LOWER_S || next === UPPER_S) && !isWordAt(text, end + 2);
  }
  return true;
}
