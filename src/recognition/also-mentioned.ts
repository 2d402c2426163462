/**
 * "Also mentioned": names on a page the pack does not know (compromise, via `unknownNames`), found
 * without ever holding the background for long. The text is capped (compromise's results on real
 * articles come from their beginning: docs/performance.md, "Also mentioned") and cut into pieces
 * of at most `PIECE_CHARS` at paragraph, sentence or word boundaries; each piece is one short
 * slice of work, and the caller's `pause` runs between slices so other messages are answered. An
 * aborted signal stops the work at the next pause.
 *
 * The result equals `unknownNames` over the capped text as far as the pieces agree with it: people
 * first, then organizations, each in text order, duplicates (case-insensitive) dropped.
 */
import type { Mention } from './index';
import { type UnknownName, unknownNames } from './unknown-names';

/** Characters of page text compromise sees (measured on the saved corpus; see docs/performance.md). */
export const ALSO_MENTIONED_MAX_CHARS = 100_000;
/** Largest piece handed to compromise in one slice (measured: docs/performance.md, "Also mentioned"). */
export const PIECE_CHARS = 750;
/** Most names listed (a long page can name hundreds of people). */
export const MAX_ALSO_MENTIONED = 30;

export type Piece = { start: number; end: number };

const PARAGRAPH = /\n/g;
const SENTENCE_END = /[.!?。！？]\s/g;
const SPACE = /\s/g;

/** The last match end of `pattern` in `text` within (from, to], or -1. */
function lastBreak(text: string, pattern: RegExp, from: number, to: number): number {
  let found = -1;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (end > from && end <= to) found = end;
  }
  return found;
}

/**
 * Cuts `text` into consecutive pieces of at most `maxPiece` characters, each ending after a line
 * break where one is in reach, else after a sentence end, else after a space, else at the limit.
 */
export function textPieces(text: string, maxPiece = PIECE_CHARS): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const limit = Math.min(start + maxPiece, text.length);
    let end = limit;
    if (limit < text.length) {
      // Break no earlier than halfway, so a break far back does not make a tiny piece.
      const floor = start + Math.floor(maxPiece / 2);
      for (const pattern of [PARAGRAPH, SENTENCE_END, SPACE]) {
        const at = lastBreak(text, pattern, floor, limit);
        if (at > start) {
          end = at;
          break;
        }
      }
    }
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

export type AlsoMentionedOptions = {
  /** Runs between slices (the background yields to its event loop here). */
  pause: () => Promise<void>;
  /** Stops the work at the next pause (the popup closed). */
  signal?: AbortSignal;
  maxChars?: number;
  pieceChars?: number;
  limit?: number;
};

function abortError(): Error {
  const error = new Error('also-mentioned was canceled');
  error.name = 'AbortError';
  return error;
}

/** Unknown names in the capped `text`, computed piece by piece with `pause` between pieces. */
export async function alsoMentionedNames(
  text: string,
  recognize: (text: string) => readonly Mention[],
  options: AlsoMentionedOptions,
): Promise<UnknownName[]> {
  const capped = text.slice(0, options.maxChars ?? ALSO_MENTIONED_MAX_CHARS);
  const limit = options.limit ?? MAX_ALSO_MENTIONED;
  const people: UnknownName[] = [];
  const organizations: UnknownName[] = [];
  for (const { start, end } of textPieces(capped, options.pieceChars)) {
    await options.pause();
    if (options.signal?.aborted) throw abortError();
    const piece = capped.slice(start, end);
    for (const name of unknownNames(piece, recognize(piece))) {
      (name.kind === 'person' ? people : organizations).push(name);
    }
    // People come first in the list: once `limit` distinct people are found, later text adds nothing shown.
    if (distinctCount(people) >= limit) break;
  }
  return dedupe([...people, ...organizations]).slice(0, limit);
}

function distinctCount(names: readonly UnknownName[]): number {
  return new Set(names.map((n) => n.text.toLowerCase())).size;
}

function dedupe(names: readonly UnknownName[]): UnknownName[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
