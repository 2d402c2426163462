/**
 * The page's visible text, mapped back to its text nodes (B's extractor + a visibility test), read
 * in time slices: one resumable walk over the body (`createTextReader`), so the text equals a
 * whole-body extraction exactly and nothing is walked twice.
 */
import type { TextMap } from '../../src/text/extract';
import { createNodeReader } from '../../src/text/node-walk';
import { createTextWalk } from '../../src/text/text-walk';
import { markWalk, task } from './instrumentation';
import { CHROMIUM_BUNDLE, FIREFOX_BUNDLE } from './target-browser';
// Through Xrays (Firefox) the walk from text to text is cheaper (docs/performance.md, "Firefox: a
// walk from text to text").
import { afterRendering, inSlices, now, SLICE_MS, THROUGH_XRAYS, yieldToPage } from './time-slices';

/**
 * Whether CSS hides the text `element` holds: no box (`display: none` on it or an ancestor) or
 * inside `content-visibility: hidden` (closed `<details>` content), by `checkVisibility()` where the
 * browser has it. True for the element's whole subtree, as `hidesText` needs (src/text/extract.ts):
 * the walk asks it only of elements that hold text, about 3× fewer than all elements on the corpus
 * pages (≈1.5–2 µs a call in Chromium). `visibility: hidden` is deliberately not tested: it costs
 * ~5× more per element and a child may be `visibility: visible` again. A `display: contents`
 * element has no box of its own but shows its children: its text is hidden only if its parent's is.
 */
export function hidesTextByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return false;
  if (getComputedStyle(element).display !== 'contents') return true;
  const parent = element.parentElement;
  return parent !== null && hidesTextByStyle(parent);
}

/**
 * True of every element `hidesTextByStyle` is true of: it has no box (`checkVisibility()` says no).
 * The text walk asks this of a text's parent and `hidesTextByStyle` (which then reads the computed
 * style, 0.5–6 ms a page in Firefox's profile) only of the elements it does not pass.
 */
export function mayHideTextByStyle(element: Element): boolean {
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

/** The element whose text is annotated: the body, or the root element of a body-less document. */
export function pageRoot(doc: Document = document): Element | undefined {
  return doc.body ?? doc.documentElement ?? undefined;
}

export type SlicedText = { map: TextMap; busyMs: number };

/** Nodes visited between two looks at the clock (texts, in a Firefox content script: text-walk.ts). */
const NODES_PER_STEP = 128;

/**
 * The page text, read in time slices (see time-slices.ts): one walk, paused between slices, then
 * the text joined in a task of its own (on a large page the join is milliseconds; after a full
 * slice it would make that task run long). The walk starts in a task of its own too: the first
 * pass is requested in the task that sets the content script up, and in a visible tab after a
 * frame, so the visibility tests read the style the browser computed for it (`afterRendering`).
 * `busyMs` is the main-thread time used.
 */
export async function readPageTextInSlices(root: Element, hidesText = hidesTextByStyle): Promise<SlicedText> {
  await afterRendering();
  const begun = now();
  const mayHideText = hidesText === hidesTextByStyle ? mayHideTextByStyle : undefined;
  // The same choice as createTextReader (src/text/extract.ts), made here so that each browser's
  // bundle leaves the other's walk out (target-browser.ts: the build folds only these constants).
  const textToText = FIREFOX_BUNDLE || (!CHROMIUM_BUNDLE && THROUGH_XRAYS);
  const options = { hidesText, mayHideText };
  const reader = textToText ? createTextWalk(root, options) : createNodeReader(root, options);
  markWalk(textToText ? 'text-to-text' : 'node-by-node');
  // The reader's set-up (the attribute rules' queries over the whole subtree, 1–3 ms on the largest
  // corpus pages in Firefox) is part of the first slice, not work before it.
  let busyMs = await inSlices('extract', () => reader.read(NODES_PER_STEP), SLICE_MS, begun);
  await yieldToPage();
  const started = performance.now();
  const map = task('join', () => reader.result()) ?? { text: '', nodes: [], starts: [] };
  busyMs += performance.now() - started;
  return { map, busyMs };
}
