/**
 * Context checks around a candidate match, on the original text with folded comparison:
 * the next/previous word(s) and the enclosing sentence. Phrases are folded (chars.ts foldPhrase);
 * a single space in a phrase matches a run of horizontal white space in the text.
 */
import {
  APOSTROPHE_CLASS,
  APOSTROPHE_VARIANT_CLASS,
  CHAR,
  charTables,
  HYPHEN_VARIANT_CLASS,
  isHorizontalSpace,
  isWordAt,
} from './chars';

const SENTENCE_END_UNITS = new Set(['.', '!', '?'].map((c) => c.charCodeAt(0)));
const LINE_FEED = 0x0a;
/**
 * How far a "sentence" reaches on each side of a match. Text without terminators (a huge
 * unpunctuated block) would otherwise make every notInSentenceWith check scan all of it.
 */
export const MAX_SENTENCE_REACH = 1_000;

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
 * (so "U.S." inside a word run does not split, "U.S. officials" does — simple by design), and at
 * most MAX_SENTENCE_REACH code units on each side.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const floor = Math.max(0, start - MAX_SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + MAX_SENTENCE_REACH);
  let s = start;
  while (s > floor && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  while (e < ceiling && !isSentenceEnd(text, e)) e++;
  return { start: s, end: e };
}

const WHITE_SPACE_RUN = /\s+/g;
const HYPHEN_CLASS = `\\-${HYPHEN_VARIANT_CLASS}`;
const APOSTROPHE_RUN = new RegExp(`[${APOSTROPHE_VARIANT_CLASS}]`, 'g');
const HYPHEN_RUN = new RegExp(`[${HYPHEN_VARIANT_CLASS}]`, 'g');

/**
 * True when one of `phrases` (folded) occurs as whole words anywhere in text[start, end).
 * Uses native string operations (lower-case, collapse white space, indexOf) on the range: a rule
 * checked at every one of thousands of mentions must not walk the sentence unit by unit.
 */
export function rangeContainsAny(
  text: string,
  start: number,
  end: number,
  phrases: readonly string[],
): boolean {
  const range = text
    .slice(start, end)
    .toLowerCase()
    .replace(WHITE_SPACE_RUN, ' ')
    .replace(APOSTROPHE_RUN, "'")
    .replace(HYPHEN_RUN, '-');
  for (const phrase of phrases) {
    for (let at = range.indexOf(phrase); at >= 0; at = range.indexOf(phrase, at + 1)) {
      if (!isWordAt(range, at - 1) && !isWordAt(range, at + phrase.length)) return true;
    }
  }
  return false;
}

/**
 * Sentence rules for one text. Checks walk their sentence until that local work passes
 * LOCAL_WORK_PER_TEXT_UNIT × the text length; after that an index is built lazily and shared by every later mention: sentence terminators in one
 * pass, each phrase's whole-word occurrences in one native RegExp pass, so a check is two binary
 * searches. Same sentence definition as sentenceAround (including MAX_SENTENCE_REACH).
 */
export type SentenceIndex = {
  sentenceContainsAny(start: number, end: number, phrases: readonly string[]): boolean;
};

type Occurrences = { starts: number[]; ends: number[] };

function phraseRegExp(phrase: string): RegExp {
  const body = [...phrase]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      if (ch === "'") return `[${APOSTROPHE_CLASS}]`;
      if (ch === '-') return `[${HYPHEN_CLASS}]`;
      return ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    })
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
}

/** Index of the first element >= value in a sorted array (array length when none). */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Local work allowed before the index is built, as a multiple of the text length: checking a
 * short sentence locally is cheaper than full-text passes, but in long unpunctuated text
 * thousands of local checks of up to 2 × MAX_SENTENCE_REACH units each would not be.
 */
export const LOCAL_WORK_PER_TEXT_UNIT = 16;

/** `localWorkFactor` 0 forces the index from the first check (tests). */
export function sentenceIndex(
  text: string,
  localWorkFactor: number = LOCAL_WORK_PER_TEXT_UNIT,
): SentenceIndex {
  const localBudget = localWorkFactor * text.length;
  let localWork = 0;
  let terminators: number[] | undefined;
  const occurrences = new Map<string, Occurrences>();

  const terminatorPositions = (): number[] => {
    if (terminators === undefined) {
      terminators = [];
      for (let i = 0; i < text.length; i++) if (isSentenceEnd(text, i)) terminators.push(i);
    }
    return terminators;
  };
  const occurrencesOf = (phrase: string): Occurrences => {
    let found = occurrences.get(phrase);
    if (found === undefined) {
      found = { starts: [], ends: [] };
      for (const match of text.matchAll(phraseRegExp(phrase))) {
        found.starts.push(match.index);
        found.ends.push(match.index + match[0].length);
      }
      occurrences.set(phrase, found);
    }
    return found;
  };

  return {
    sentenceContainsAny(start, end, phrases) {
      if (localWork < localBudget) {
        const sentence = sentenceAround(text, start, end);
        localWork += (sentence.end - sentence.start) * phrases.length;
        return rangeContainsAny(text, sentence.start, sentence.end, phrases);
      }
      const ends = terminatorPositions();
      const before = lowerBound(ends, start) - 1; // last terminator < start
      const after = lowerBound(ends, end); // first terminator >= end
      const from = Math.max(before >= 0 ? (ends[before] as number) + 1 : 0, start - MAX_SENTENCE_REACH);
      const to = Math.min(
        after < ends.length ? (ends[after] as number) : text.length,
        end + MAX_SENTENCE_REACH,
      );
      for (const phrase of phrases) {
        const { starts, ends: phraseEnds } = occurrencesOf(phrase);
        const k = lowerBound(starts, from);
        if (k < starts.length && (phraseEnds[k] as number) <= to) return true;
      }
      return false;
    },
  };
}
