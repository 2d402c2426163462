/**
 * The page's visible text, mapped back to its text nodes (B's extractor + a visibility test), read
 * in slices: the body is cut into pieces at block boundaries; pieces of one inline run are joined
 * without a separator (a name split over inline tags stays whole), others with the block separator
 * B's extractor also puts there — so the text equals a whole-body extraction up to repeated
 * separators, which recognition treats alike.
 */
import {
  BLOCK_SEPARATOR,
  BLOCK_TAGS,
  extractText,
  isSkippedElement,
  type TextMap,
} from '../../src/text/extract';
import { task } from './instrumentation';
import { inSlices } from './time-slices';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Hidden by CSS: no box (`display: none` on it or an ancestor) or inside `content-visibility:
 * hidden` (closed `<details>` content), using `checkVisibility()` where the browser has it.
 * `visibility: hidden` is deliberately not tested: it costs ~5× more per element in Chromium and a
 * child may be `visibility: visible` again. `checkVisibility()` is also false for
 * `display: contents` boxes, whose children can be visible — those are not treated as hidden.
 */
export function isHiddenByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  if (element.checkVisibility()) return false;
  return getComputedStyle(element).display !== 'contents';
}

/** The element whose text is annotated: the body, or the root element of a body-less document. */
export function pageRoot(doc: Document = document): Element | undefined {
  return doc.body ?? doc.documentElement ?? undefined;
}

/** The whole page text in one synchronous call (for one-off requests). */
export function readPageText(root: Element): TextMap {
  return extractText(root, { isHidden: isHiddenByStyle });
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlock(child)) return true;
  }
  return false;
}

/**
 * A piece of the page to extract on its own: an element or text node, and whether it continues
 * the run of inline content before it (`glue`: joined without a separator, so a name split over
 * inline siblings stays whole).
 */
type Piece = { node: Node; glue: boolean };

/** The child pieces of an element that has block children, in document order. */
function childPieces(element: Element, glue: boolean): Piece[] {
  const pieces: Piece[] = [];
  let inlineBefore = glue;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && isBlock(node as Element)) {
      pieces.push({ node, glue: false });
      inlineBefore = false;
    } else if (node.nodeType === ELEMENT_NODE || node.nodeType === TEXT_NODE) {
      pieces.push({ node, glue: inlineBefore });
      inlineBefore = true;
    }
  }
  return pieces;
}

/**
 * One map from consecutive piece maps: a block separator between non-empty ones, except where a
 * piece continues an inline run (`glue[i]`).
 */
export function joinTextMaps(maps: readonly TextMap[], glue: readonly boolean[] = []): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  maps.forEach((map, index) => {
    if (map.text.length === 0) return;
    if (length > 0 && !glue[index]) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    for (let i = 0; i < map.nodes.length; i++) {
      nodes.push(map.nodes[i] as Text);
      starts.push((map.starts[i] as number) + length);
    }
    parts.push(map.text);
    length += map.text.length;
  });
  return { text: parts.join(''), nodes, starts };
}

export type SlicedText = { map: TextMap; busyMs: number };

/**
 * The page text, read in time slices (see time-slices.ts). Walks down from `root` through elements
 * that have block children; their block children are read separately and their inline children and
 * text as pieces glued to their neighbors; an element without block children is one piece.
 * `busyMs` is the main-thread time used.
 */
export async function readPageTextInSlices(root: Element, isHidden = isHiddenByStyle): Promise<SlicedText> {
  const pending: Piece[] = [{ node: root, glue: false }];
  const maps: TextMap[] = [];
  const glue: boolean[] = [];
  let busyMs = await inSlices('extract', () => {
    const piece = pending.pop();
    if (!piece) return false;
    const { node } = piece;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedElement(element, isHidden)) return pending.length > 0;
      if (hasBlockChild(element)) {
        pending.push(...childPieces(element, piece.glue).reverse());
        return pending.length > 0;
      }
    }
    maps.push(extractText(node, { isHidden }));
    glue.push(piece.glue);
    return pending.length > 0;
  });
  const started = performance.now();
  const map = task('join', () => joinTextMaps(maps, glue)) ?? { text: '', nodes: [], starts: [] };
  busyMs += performance.now() - started;
  return { map, busyMs };
}
