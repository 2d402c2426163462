/**
 * Word boundaries in Chinese text as the platform's word segmenter (Intl.Segmenter) draws them,
 * looked up in a small window around a place (the segmenter is only asked when a rule needs it).
 */
import { SPACELESS_CHAR } from './chars';

const SPACELESS_ANYWHERE = new RegExp(SPACELESS_CHAR.source, 'u');
/** Characters on each side handed to the word segmenter. */
const SEGMENT_WINDOW = 8;

let segmenter: Intl.Segmenter | undefined;

/** Whether a Han character stands right before or after text[start, end) (else no word can run across its ends). */
export function touchesHan(text: string, start: number, end: number): boolean {
  return SPACELESS_ANYWHERE.test(text[start - 1] ?? '') || SPACELESS_ANYWHERE.test(text[end] ?? '');
}

/**
 * Which of `places` in text fall on word boundaries of the Chinese word segmenter, the window
 * text[from, to) handed to it. A place inside the window is a boundary when the segment holding
 * its unit starts there (`containing`): the segmenter looks up only the breaks near each place,
 * where walking every segment of the window cost several times more (two thirds of it in the
 * segment objects of the window's other words).
 */
function boundariesAmong(text: string, from: number, to: number, places: readonly number[]): boolean[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segments = segmenter.segment(text.slice(from, to));
  return places.map(
    (p) =>
      p === from || p === to || (p > from && p < to && segments.containing(p - from)?.index === p - from),
  );
}

/** Whether `start` and `end` fall on word boundaries of the Chinese word segmenter. */
export function onSegmentBoundaries(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SEGMENT_WINDOW);
  const to = Math.min(text.length, end + SEGMENT_WINDOW);
  return boundariesAmong(text, from, to, [start, end]).every(Boolean);
}

/** Whether a word of the segmenter starts at `at`. */
export function wordStartsAt(text: string, at: number): boolean {
  if (at <= 0) return true;
  const from = Math.max(0, at - SEGMENT_WINDOW);
  const to = Math.min(text.length, at + SEGMENT_WINDOW);
  return boundariesAmong(text, from, to, [at])[0] === true;
}

/**
 * Whether a two-character name at [start, end) stands as a word: on segment boundaries, or split
 * by the segmenter between its two characters with only one of them glued to a neighbor. The
 * segmenter reads 此前川普也 as 此|前川|普|也 (前川 is a Japanese surname), leaving 普 alone; in
 * 四川普通话 (四川|普通话) both characters belong to other words.
 */
export function standsAsWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SEGMENT_WINDOW);
  const to = Math.min(text.length, end + SEGMENT_WINDOW);
  const [atStart, atMiddle, atEnd] = boundariesAmong(text, from, to, [start, start + 1, end]);
  return (atStart === true && atEnd === true) || (atMiddle === true && (atStart === true || atEnd === true));
}
