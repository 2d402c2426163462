/**
 * The page's visible text, mapped back to its text nodes (B's extractor + a visibility test), read
 * in time slices: one resumable walk over the body (`createTextReader`), so the text equals a
 * whole-body extraction exactly and nothing is walked twice.
 */
import { createTextReader, extractText, type TextMap } from '../../src/text/extract';
import { task } from './instrumentation';
import { inSlices, yieldToPage } from './time-slices';

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

export type SlicedText = { map: TextMap; busyMs: number };

/** Nodes visited between two looks at the clock. */
const NODES_PER_STEP = 128;

/**
 * The page text, read in time slices (see time-slices.ts): one walk, paused between slices, then
 * the text joined in a task of its own (on a large page the join is milliseconds; after a full
 * slice it would make that task run long). `busyMs` is the main-thread time used.
 */
export async function readPageTextInSlices(root: Element, isHidden = isHiddenByStyle): Promise<SlicedText> {
  const reader = createTextReader(root, { isHidden });
  let busyMs = await inSlices('extract', () => reader.read(NODES_PER_STEP));
  await yieldToPage();
  const started = performance.now();
  const map = task('join', () => reader.result()) ?? { text: '', nodes: [], starts: [] };
  busyMs += performance.now() - started;
  return { map, busyMs };
}
