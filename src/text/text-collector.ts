/**
 * The text a walk reads (src/text/extract.ts) and its map back to the text nodes: pieces appended
 * in document order, with one separator wherever a block starts or ends between two texts.
 */

/**
 * `chunks`: where the collector was asked not to flatten `text` (the Firefox walk, text-walk.ts),
 * the flat chunks `text` is the rope of; read the text through them (text-chunks.ts).
 */
export type TextMap = { text: string; nodes: Text[]; starts: number[]; chunks?: readonly string[] };

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

/**
 * A rope's characters copied into one flat string now, not in whatever task first reads it: both
 * engines flatten a string to search it (V8's `String::Flatten`, SpiderMonkey's `ensureLinear`).
 */
function flattened(text: string): string {
  return text.indexOf('\0') === -2 ? '' : text;
}

/**
 * The text read so far and its map. Parts are joined into chunks as the walk goes (no single step
 * joins them all); the chunks are appended with `+=`, which both engines keep as a rope (no copy),
 * and `result()` copies the rope's characters once. Joining the chunks with `join` instead copied
 * the text a second time; a rope of every part (no chunks) is slow to flatten in V8. Same-process
 * A/B (1 Dec 2026, load 11–15), 14,370 parts of 510,035 characters (wikipedia-2's size), mean ms
 * over 60 calls each, alternating: chunks then rope 45.9 / 11.9 (Node 20's V8 / a Firefox ESR
 * page), chunks then `join` 58.2 / 25.7, one rope of every part 52.7 / 14.2. With `flatten` false
 * the rope is left as it is and the chunks are returned with it (see TextMap).
 */
export function textCollector(flatten = true): TextCollector {
  const parts: string[] = [];
  const chunks: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let text = '';
  const compact = (): void => {
    if (parts.length === 0) return;
    const chunk = parts.join('');
    chunks.push(chunk);
    text += chunk;
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
      compact();
      if (!flatten) return { text, nodes, starts, chunks };
      text = flattened(text);
      return { text, nodes, starts };
    },
  };
}
