/**
 * The page's visible text, mapped back to its text nodes (B's extractor + a visibility test), read
 * in slices: the body is cut into segments at block boundaries — never inside a run of inline
 * content, so a name split over inline tags stays whole — each segment is extracted on its own, and
 * the segments' maps are joined with a block separator between them. (B's extractor puts the same
 * separator at block boundaries, so the joined text equals a whole-body extraction up to repeated
 * separators, which recognition treats alike.)
 */
import {
  BLOCK_SEPARATOR,
  BLOCK_TAGS,
  extractText,
  isSkippedElement,
  SKIPPED_TAGS,
  type TextMap,
} from '../../src/text/extract';
import { task } from './instrumentation';
import { inSlices } from './time-slices';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NOT_BLANK = /\S/;

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

/** True when every child is a block or skipped element or blank text: a cut between them splits no text run. */
function onlyBlockChildren(element: Element): boolean {
  if (element.firstElementChild === null) return false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      if (NOT_BLANK.test((node as Text).data)) return false;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (!BLOCK_TAGS.has(tag) && !SKIPPED_TAGS.has(tag)) return false;
    }
  }
  return true;
}

/** One map from consecutive segment maps, a block separator between non-empty ones. */
export function joinTextMaps(maps: readonly TextMap[]): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const map of maps) {
    if (map.text.length === 0) continue;
    if (length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    for (let i = 0; i < map.nodes.length; i++) {
      nodes.push(map.nodes[i] as Text);
      starts.push((map.starts[i] as number) + length);
    }
    parts.push(map.text);
    length += map.text.length;
  }
  return { text: parts.join(''), nodes, starts };
}

export type SlicedText = { map: TextMap; busyMs: number };

/**
 * The page text, read in time slices (see time-slices.ts). Walks down from `root` while an
 * element's children are all blocks (a cut there splits no text run); every other element is one
 * segment, extracted whole. `busyMs` is the main-thread time used.
 */
export async function readPageTextInSlices(root: Element, isHidden = isHiddenByStyle): Promise<SlicedText> {
  const pending: Element[] = [root];
  const maps: TextMap[] = [];
  let busyMs = await inSlices('extract', () => {
    const element = pending.pop();
    if (element && !isSkippedElement(element, isHidden)) {
      if (onlyBlockChildren(element)) {
        for (let child = element.lastElementChild; child; child = child.previousElementSibling)
          pending.push(child);
      } else {
        maps.push(extractText(element, { isHidden }));
      }
    }
    return pending.length > 0;
  });
  const started = performance.now();
  const map = task('join', () => joinTextMaps(maps)) ?? { text: '', nodes: [], starts: [] };
  busyMs += performance.now() - started;
  return { map, busyMs };
}
