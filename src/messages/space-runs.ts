/**
 * Page text on its way to recognition, with its long runs of spaces or tabs sent as one character
 * and a count. Most of a page's text is markup indentation (whitespace-only text nodes between
 * elements: 75–85 % of the text of the largest saved corpus pages), and the content script pays
 * for every character of a message when it is serialized on the page's main thread. The
 * background restores the exact text before recognizing it, so the recognizer and its offsets see
 * the page's text unchanged.
 *
 * `runs` is flat pairs `[gap, extra]`: the run's kept character is `gap` characters after the
 * previous run's kept character (the first: after the start of the packed text), and `extra` more
 * copies of it followed it in the page text.
 */

/** Runs of one repeated space or tab at least this long are packed. */
export const MIN_PACKED_RUN = 8;

const RUNS = / {8,}|\t{8,}/g;

export type PackedText = { text: string; runs?: number[] };

export function packSpaceRuns(text: string): PackedText {
  const parts: string[] = [];
  const runs: number[] = [];
  let from = 0;
  let packedLength = 0;
  let lastKept = 0;
  for (const match of text.matchAll(RUNS)) {
    const kept = match.index;
    parts.push(text.slice(from, kept + 1));
    packedLength += kept + 1 - from;
    const at = packedLength - 1;
    runs.push(at - lastKept, match[0].length - 1);
    lastKept = at;
    from = kept + match[0].length;
  }
  if (runs.length === 0) return { text };
  parts.push(text.slice(from));
  return { text: parts.join(''), runs };
}

/**
 * The text `packSpaceRuns` packed. Throws a RangeError when `runs` does not fit `text` (a pair
 * cut short, a kept character that is not a space or tab, runs out of order or past the end) or
 * when the text would be longer than `maxLength`.
 */
export function unpackSpaceRuns(text: string, runs: readonly number[], maxLength: number): string {
  if (runs.length % 2 !== 0) throw new RangeError('space runs come in pairs');
  let length = text.length;
  for (let i = 1; i < runs.length; i += 2) length += runs[i] as number;
  if (length > maxLength) throw new RangeError(`the text is over ${maxLength} characters`);
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const gap = runs[i] as number;
    const extra = runs[i + 1] as number;
    at += gap;
    const kept = text[at];
    if ((i > 0 && gap < 1) || (kept !== ' ' && kept !== '\t') || !Number.isInteger(extra) || extra < 0) {
      throw new RangeError(`space run ${i / 2} does not fit the text`);
    }
    parts.push(text.slice(from, at + 1), kept.repeat(extra));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
