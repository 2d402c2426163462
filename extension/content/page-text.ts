/** The page's visible text, mapped back to its text nodes (B's extractor + a visibility test). */
import { extractText, type TextMap } from '../../src/text/extract';

/**
 * Hidden by CSS (`display: none`, `visibility: hidden`, closed `<details>` content…), using
 * `checkVisibility()` where the browser has it. `checkVisibility()` is also false for
 * `display: contents` boxes, whose children can be visible — those are not treated as hidden.
 */
export function isHiddenByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  if (element.checkVisibility({ visibilityProperty: true })) return false;
  return getComputedStyle(element).display !== 'contents';
}

/** The element whose text is annotated: the body, or the root element of a body-less document. */
export function pageRoot(doc: Document = document): Element | undefined {
  return doc.body ?? doc.documentElement ?? undefined;
}

export function readPageText(root: Element): TextMap {
  return extractText(root, { isHidden: isHiddenByStyle });
}
