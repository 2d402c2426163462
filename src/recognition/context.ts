/**
 * Context checks around a candidate match, on the original text with folded comparison:
 * the next/previous word(s) and the enclosing sentence. Phrases are folded (chars.ts foldPhrase);
 * a single space in a phrase matches a run of horizontal white space in the text.
 */
import { CHAR, charTables, isHorizontalSpace, isWordAt } from './chars';

const SENTENCE_END_UNITS = new Set(['.', '!', '?'].map((c) => c.charCodeAt(0)));
const LINE_FEED = 0x0a;

/** End offset when `phrase` occurs at `pos` (folded, white-space runs allowed), else -1. */
export function matchPhraseForward(text: string, pos: number, phrase: string): number {
  const { fold } = charTables();
  let i = pos;
  for (let k = 0; k < phrase.length; k++) {
    const want = phrase.charCodeAt(k);
    if (want === CHAR.SPACE) {
      if (i >= text.length || !isHorizontalSpace(text.charCodeAt(i))) return -1;
      while (i < text.length && isHorizontalSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (i >= text.length || fold[text.charCodeAt(i)] !== want) return -1;
    i++;
  }
  return i;
}

/** Start offset when `phrase` ends exactly at `pos` (folded, white-space runs allowed), else -1. */
export function matchPhraseBackward(text: string, pos: number, phrase: string): number {
  const { fold } = charTables();
  let i = pos;
  for (let k = phrase.length - 1; k >= 0; k--) {
    const want = phrase.charCodeAt(k);
    if (want === CHAR.SPACE) {
      if (i <= 0 || !isHorizontalSpace(text.charCodeAt(i - 1))) return -1;
      while (i > 0 && isHorizontalSpace(text.charCodeAt(i - 1))) i--;
      continue;
    }
    if (i <= 0 || fold[text.charCodeAt(i - 1)] !== want) return -1;
    i--;
  }
  return i;
}

function skipSpacesForward(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isHorizontalSpace(text.charCodeAt(i))) i++;
  return i;
}

function skipSpacesBackward(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isHorizontalSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when one of `phrases` is the next word(s) after `end` (separated by spaces only). */
export function followedByAny(text: string, end: number, phrases: readonly string[]): boolean {
  const from = skipSpacesForward(text, end);
  if (from === end) return false;
  for (const phrase of phrases) {
    const stop = matchPhraseForward(text, from, phrase);
    if (stop >= 0 && !isWordAt(text, stop)) return true;
  }
  return false;
}

/** True when one of `phrases` is the word(s) right before `start` (separated by spaces only). */
export function precededByAny(text: string, start: number, phrases: readonly string[]): boolean {
  const upTo = skipSpacesBackward(text, start);
  if (upTo === start) return false;
  for (const phrase of phrases) {
    const begin = matchPhraseBackward(text, upTo, phrase);
    if (begin >= 0 && !isWordAt(text, begin - 1)) return true;
  }
  return false;
}

function isSentenceEnd(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit === LINE_FEED) return true;
  if (!SENTENCE_END_UNITS.has(unit)) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === LINE_FEED || isHorizontalSpace(next);
}

/**
 * The sentence holding [start, end): from after the previous terminator to the next one.
 * Terminators: '\n', or '.', '!', '?' followed by white space or the end of the text
 * (so "U.S." inside a word run does not split, "U.S. officials" does — simple by design).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !isSentenceEnd(text, e)) e++;
  return { start: s, end: e };
}

/** True when one of `phrases` occurs as whole words anywhere in text[start, end). */
export function rangeContainsAny(
  text: string,
  start: number,
  end: number,
  phrases: readonly string[],
): boolean {
  const { fold } = charTables();
  for (const phrase of phrases) {
    const first = phrase.charCodeAt(0);
    for (let i = start; i < end; i++) {
      if (fold[text.charCodeAt(i)] !== first || isWordAt(text, i - 1)) continue;
      const stop = matchPhraseForward(text, i, phrase);
      if (stop >= 0 && stop <= end && !isWordAt(text, stop)) return true;
    }
  }
  return false;
}
