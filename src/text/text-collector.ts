/**
 * The text a walk reads (src/text/extract.ts) and its map back to the text nodes: pieces appended
 * in document order, with one separator wherever a block starts or ends between two texts.
 */

export type TextMap = { text: string; nodes: Text[]; starts: number[] };

export const BLOCK_SEPARATOR = '\n';

/** Pieces of text joined into one string at a time while reading. */
const PARTS_PER_CHUNK = 2048;

export type TextCollector = {
  /** A block starts or ends: the next text is separated from what came before. */
  pendingBreak: boolean;
  /** Appends a text node whose data (read once by the caller) is `data`. */
  add(node: Text, data: string): void;
  result(): TextMap;
};

/** The text read so far and its map, joined in chunks as the walk goes (no single step joins them all). */
export function textCollector(): TextCollector {
  /** Text read since the last compaction, and the joined chunks before it. */
  const parts: string[] = [];
  const chunks: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let text: string | undefined;
  const compact = (): void => {
    if (parts.length === 0) return;
    chunks.push(parts.join(''));
    parts.length = 0;
  };
  return {
    pendingBreak: false,
    add(node, data) {
      if (data.length === 0) return;
      if (this.pendingBreak && length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      this.pendingBreak = false;
      nodes.push(node);
      starts.push(length);
      parts.push(data);
      length += data.length;
      if (parts.length >= PARTS_PER_CHUNK) compact();
    },
    result() {
      if (text === undefined) {
        compact();
        text = chunks.join('');
      }
      return { text, nodes, starts };
    },
  };
}
