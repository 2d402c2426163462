/**
 * The rules of the text walk (text-walk.ts, documented in extract.ts): which elements are skipped
 * with their subtrees, which separate the text around them, and how a hidden text's outermost
 * hidden ancestor is found.
 */
import type { TextMap } from './text-collector';

export type ExtractOptions = {
  isHidden?: (el: Element) => boolean;
  hidesText?: (parent: Element) => boolean;
  /**
   * A cheaper test that is true of every element `hidesText` is true of (and may be true of
   * others). Where given, the text walk (text-walk.ts) asks it of a text's parent first, and asks
   * `hidesText` only when it is true, top-down from the first element not yet known to show, so a
   * hidden region costs one `hidesText` that says yes instead of two. Ignored by node-walk.ts.
   */
  mayHideText?: (parent: Element) => boolean;
  root?: Node;
  /**
   * Walk from text to text with a native TreeWalker (text-walk.ts) instead of node by node
   * (node-walk.ts). Same text and map; cheaper where each DOM call crosses a wrapper (a Firefox
   * content script), not in Chromium. The caller, which knows its platform, decides.
   */
  textToText?: boolean;
};

/** Elements whose content is never article text. Upper-case tag names (HTML documents). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION CODE PRE ' +
    'KBD SAMP SVG MATH IFRAME OBJECT CANVAS HEAD TITLE'
  ).split(' '),
);

/** Elements rendered as blocks (or line breaks) by default: they separate the text around them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT ' +
    'FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML IMG LEGEND ' +
    'LI MAIN MENU NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL VIDEO AUDIO ' +
    'BUTTON'
  ).split(' '),
);

// Looked up by `localName` (lower case for HTML elements, and a plain string the DOM already
// holds): `tagName` is upper-cased on every read, which costs a string per element on large pages.
const SKIPPED_LOCAL_NAMES: ReadonlySet<string> = new Set([...SKIPPED_TAGS].map((t) => t.toLowerCase()));
const BLOCK_LOCAL_NAMES: ReadonlySet<string> = new Set([...BLOCK_TAGS].map((t) => t.toLowerCase()));

// The walk reads `nodeName`: upper case for HTML elements in HTML documents, as written in XML
// documents and for SVG or MathML elements; "#text" for text.
const withLowerCase = (tags: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...tags, ...[...tags].map((t) => t.toLowerCase())]);
export const SKIPPED_NODE_NAMES = withLowerCase(SKIPPED_TAGS);
export const BLOCK_NODE_NAMES = withLowerCase(BLOCK_TAGS);
/** `nodeName` of non-element nodes (text, comments, CDATA…) starts with '#'. */
export const HASH = 35;

/**
 * The elements the `hidden` and `aria-hidden` rules skip, as one selector (attribute values match
 * case-sensitively), and the elements that may be skipped by `contenteditable` (its value is read).
 */
const ATTRIBUTE_SKIP_SELECTOR = '[hidden],[aria-hidden="true"]';
const EDITABLE_SELECTOR = '[contenteditable]';

/** True for elements that separate the text around them (BLOCK_TAGS). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_LOCAL_NAMES.has(el.localName);
}

/** True when the element and its subtree never contribute text. */
export function isSkippedElement(
  el: Element,
  isHidden?: (el: Element) => boolean,
  localName = el.localName,
): boolean {
  if (SKIPPED_LOCAL_NAMES.has(localName)) return true;
  // Most elements carry attributes (class, href…); those without any skip three lookups.
  if (el.hasAttributes() && skippedByAttributes(el)) return true;
  return isHidden?.(el) === true;
}

/** The attribute rules: `hidden`, `aria-hidden="true"`, `contenteditable` other than "false". */
function skippedByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * The elements under `root` that the attribute rules skip, found in two calls. Attributes changed
 * after the walk starts are not seen (nor were they when each element was asked as the walk
 * reached it: the mutation watcher does not follow attributes).
 */
export function skippedByAttributesUnder(root: Node): ReadonlySet<Node> {
  const query = (root as Partial<ParentNode>).querySelectorAll;
  if (typeof query !== 'function') return new Set();
  const found = new Set<Node>();
  // Indexed, not iterated: in a Firefox content script each step of a NodeList's iterator is
  // several calls through its Xray wrapper. The first selector alone decides (no attribute reads).
  const hidden = query.call(root, ATTRIBUTE_SKIP_SELECTOR);
  for (let i = 0, n = hidden.length; i < n; i++) found.add(hidden[i] as Element);
  const editable = query.call(root, EDITABLE_SELECTOR);
  for (let i = 0, n = editable.length; i < n; i++) {
    const el = editable[i] as Element;
    if (skippedByAttributes(el)) found.add(el);
  }
  return found;
}

/**
 * An extraction that can stop and resume: `read(budget)` visits up to `budget` more nodes (texts,
 * in text-walk.ts) and returns true while some remain; `result()` is the map of what was read. The
 * DOM is read live: nodes changed between two `read` calls are seen as they are then (a caller
 * that reads in slices re-reads after a mutation anyway).
 */
export type TextReader = { read(budget: number): boolean; result(): TextMap };

/**
 * The depth of the outermost element that `hidesText` hides, from the parent of a text (on `path`
 * at `parentDepth`, hidden) up to the element at `shownDepth + 1`, asked top-down; the elements it
 * passes over on the way show their text.
 */
export function outermostHidden(
  path: readonly Node[],
  parentDepth: number,
  shownDepth: number,
  hidesText: (el: Element) => boolean,
): number {
  for (let d = Math.max(0, shownDepth + 1); d < parentDepth; d++) {
    if (hidesText(path[d] as Element)) return d;
  }
  return parentDepth;
}
