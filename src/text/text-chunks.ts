/**
 * A page text read as the flat chunks the collector joined (text-collector.ts), read without making
 * the whole text one flat string. In Firefox ESR, flattening a rope of ~510 K characters (the
 * largest corpus page) took 4–17 ms in one task, once 46 ms, against 0.06 ms at 128 K
 * (docs/performance.md, "Firefox's long single runs"); a slice or `charCodeAt` of the rope flattens
 * the rope's child in SpiderMonkey, so what the page sends and keeps is cut from the chunks.
 */

import { piecesOf } from '../messages/text-pieces';

export type TextChunks = { readonly chunks: readonly string[]; readonly ends: readonly number[] };

export function textChunks(chunks: readonly string[]): TextChunks {
  const ends: number[] = [];
  let end = 0;
  for (const chunk of chunks) {
    end += chunk.length;
    ends.push(end);
  }
  return { chunks, ends };
}

/** Index of the chunk holding `offset` (the last chunk for the text's end). */
function chunkAt(t: TextChunks, offset: number): number {
  let low = 0;
  let high = t.ends.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((t.ends[mid] as number) > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The same as `text.slice(start, end)` of the joined chunks (0 ≤ start ≤ end ≤ length). */
export function chunkSlice(t: TextChunks, start: number, end: number): string {
  let out = '';
  for (let i = chunkAt(t, start); i < t.chunks.length && start < end; i++) {
    const from = i === 0 ? 0 : (t.ends[i - 1] as number);
    const to = t.ends[i] as number;
    if (to <= start) continue;
    out += (t.chunks[i] as string).slice(start - from, Math.min(end, to) - from);
    start = Math.min(end, to);
  }
  return out;
}

/**
 * The same pieces as textPieces(text.slice(0, limit), size) (src/messages/text-pieces.ts), cut from
 * the chunks.
 */
export function chunkPieces(t: TextChunks, limit: number, size: number): string[] {
  const length = Math.min(limit, t.ends[t.ends.length - 1] ?? 0);
  return piecesOf(length, size, (from, to) => chunkSlice(t, from, to));
}
