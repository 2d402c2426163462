/**
 * Text extraction: turn a DOM subtree into one string plus a map back to its Text nodes, so
 * recognition offsets can become DOM Ranges. Pure DOM (a tree walk), no extension APIs; runs in
 * the page (content script) and in Node via happy-dom (scripts/lib/extract-html.ts).
 *
 * - Skipped subtrees: SKIPPED_TAGS, `contenteditable` (any value but "false"), `hidden`,
 *   `aria-hidden="true"`, and whatever `options.isHidden(el)` says (default: nothing more).
 * - `options.hidesText(el)`, for a rule that holds for whole subtrees (no box), is asked only of
 *   the parent of a non-blank text, once per element on the walk's path; a hidden parent is left
 *   with its subtree. Blank text and separators of hidden elements may be kept: they change no word.
 * - Block-level elements (BLOCK_TAGS) and <br> put ONE separator '\n' between the text before and
 *   after them; the separator belongs to no node. Inline elements add nothing, so
 *   `<b>Scott</b> Bessent` and `Nvi<span>dia</span>` stay continuous.
 * - Block vs inline is decided by tag name, not getComputedStyle: a style lookup per element is
 *   far too slow on large pages, and the tag list is right for article text. (An inline element
 *   styled `display:block` therefore does not separate — a known, accepted approximation.)
 * - Linear: parts are joined in chunks, the chunks kept as a rope and copied once (text-collector.ts).
 * - Few DOM calls (each is a call into the browser, through an Xray wrapper in a Firefox content
 *   script, which also wraps every node it returns): the walk goes from text to text with a native
 *   `TreeWalker` (text-walk.ts), so elements that hold no text are not read unless no block is yet
 *   known between the texts around them; each text's parent is read and the path of elements above
 *   it kept, so an element is named (`nodeName`) once; the attribute rules are asked of the whole
 *   subtree in one `querySelectorAll` when the walk starts (text-rules.ts).
 */

import { createNodeReader } from './node-walk';
import { BLOCK_SEPARATOR, type TextMap } from './text-collector';
import type { ExtractOptions, TextReader } from './text-rules';
import { createTextWalk } from './text-walk';

export {
  BLOCK_TAGS,
  type ExtractOptions,
  isBlockElement,
  isSkippedElement,
  SKIPPED_TAGS,
  type TextReader,
} from './text-rules';
export { BLOCK_SEPARATOR, type TextMap };

/**
 * An extraction that can stop and resume (TextReader): from text to text when
 * `options.textToText` (text-walk.ts), node by node otherwise (node-walk.ts); both read the same
 * text and map.
 */
export function createTextReader(root: Node, options: ExtractOptions = {}): TextReader {
  return options.textToText ? createTextWalk(root, options) : createNodeReader(root, options);
}

export function extractText(root: Node, options: ExtractOptions = {}): TextMap {
  const reader = createTextReader(root, options);
  while (reader.read(Number.POSITIVE_INFINITY));
  return reader.result();
}

/**
 * The DOM position of a text offset. `affinity` settles offsets on a node boundary or on a
 * separator: 'start' prefers the beginning of the next node (use for a range start), 'end' the
 * end of the previous node (use for a range end). Out of range or no nodes → undefined.
 */
export function locate(
  map: TextMap,
  offset: number,
  affinity: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const { nodes, starts } = map;
  if (nodes.length === 0 || offset < 0 || offset > map.text.length) return undefined;
  // Last node whose start <= offset (binary search).
  let lo = 0;
  let hi = nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found === -1) {
    // Before the first node (only possible at offset 0 when text starts with a node anyway).
    return { node: nodes[0] as Text, offset: 0 };
  }
  const node = nodes[found] as Text;
  const nodeStart = starts[found] as number;
  const within = offset - nodeStart;
  if (affinity === 'end' && within === 0 && found > 0) {
    const previous = nodes[found - 1] as Text;
    return { node: previous, offset: previous.data.length };
  }
  if (within < node.data.length) return { node, offset: within };
  // At or past this node's end: inside a separator, or exactly at the end.
  if (affinity === 'start' && found + 1 < nodes.length) return { node: nodes[found + 1] as Text, offset: 0 };
  return { node, offset: node.data.length };
}
