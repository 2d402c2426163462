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
 * - Few DOM calls per node (each is a call into the browser, through an Xray wrapper in a Firefox
 *   content script): `nodeName` tells text from elements and names them, the element path is kept
 *   on the way down instead of read back with `parentNode`, and the attribute rules are asked of the
 *   whole subtree in one `querySelectorAll` when the walk starts.
 */
import { BLOCK_SEPARATOR, type TextCollector, type TextMap, textCollector } from './text-collector';

export { BLOCK_SEPARATOR, type TextMap };
export type ExtractOptions = {
  isHidden?: (el: Element) => boolean;
  hidesText?: (parent: Element) => boolean;
  root?: Node;
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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NON_BLANK = /\S/;

// Looked up by `localName` (lower case for HTML elements, and a plain string the DOM already
// holds): `tagName` is upper-cased on every read, which costs a string per element on large pages.
const SKIPPED_LOCAL_NAMES: ReadonlySet<string> = new Set([...SKIPPED_TAGS].map((t) => t.toLowerCase()));
const BLOCK_LOCAL_NAMES: ReadonlySet<string> = new Set([...BLOCK_TAGS].map((t) => t.toLowerCase()));

// The walk reads `nodeName`: upper case for HTML elements in HTML documents, as written in XML
// documents and for SVG or MathML elements; "#text" for text.
const withLowerCase = (tags: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...tags, ...[...tags].map((t) => t.toLowerCase())]);
const SKIPPED_NODE_NAMES = withLowerCase(SKIPPED_TAGS);
const BLOCK_NODE_NAMES = withLowerCase(BLOCK_TAGS);
const TEXT_NODE_NAME = '#text';
/** `nodeName` of other non-element nodes (comments, CDATA…) starts with '#'. */
const HASH = 35;

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
function skippedByAttributesUnder(root: Node): ReadonlySet<Node> {
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
 * An extraction that can stop and resume: `read(budget)` visits up to `budget` more nodes and
 * returns true while some remain; `result()` is the map of what was read. The DOM is read live:
 * nodes changed between two `read` calls are seen as they are then (a caller that reads in slices
 * re-reads after a mutation anyway).
 */
export type TextReader = { read(budget: number): boolean; result(): TextMap };

/**
 * The depth of the outermost element that `hidesText` hides, from the parent of a text (on `path`
 * at `parentDepth`, hidden) up to the element at `shownDepth + 1`, asked top-down; the elements it
 * passes over on the way show their text.
 */
function outermostHidden(
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

/** Where a walk of `start` begins (null: nothing to walk); a text root is collected at once. */
function firstNode(start: Node, isHidden: ExtractOptions['isHidden'], collected: TextCollector): Node | null {
  if (start.nodeType === TEXT_NODE) {
    collected.add(start as Text, (start as Text).data);
    return null;
  }
  if (start.nodeType === ELEMENT_NODE && isSkippedElement(start as Element, isHidden)) return null;
  return start.firstChild;
}

export function createTextReader(root: Node, options: ExtractOptions = {}): TextReader {
  const start = options.root ?? root;
  const { isHidden, hidesText } = options;
  const collected = textCollector();

  // Walked with the nodes' own `firstChild` / `nextSibling`, not a TreeWalker: each TreeWalker
  // step goes through its filter machinery and costs several times a plain property read
  // (measured ≈3.5× over a 24,000-node page in Chromium). No JS NodeFilter either: browsers call
  // one through their bindings for every node. Skipped elements are stepped over with their
  // subtrees; nodes other than elements and text (comments…) are passed by.
  let current = firstNode(start, isHidden, collected);
  let done = current === null;
  const skipped = done ? new Set<Node>() : skippedByAttributesUnder(start);
  /** Depth of `current` below `start`; path elements down to `shownDepth` show text. */
  let depth = 1;
  let shownDepth = -1;
  /** The elements on the path (`path[0]` is `start`) and whether each is a block, kept on the way down. */
  const path: Node[] = [start];
  const blocks: boolean[] = [];
  /**
   * Whether a text's parent hides it; if so, `current` and `depth` move to the outermost hidden
   * element not yet known to be shown, asked top-down, so a hidden region is left at once.
   */
  const hiddenText = (data: string): boolean => {
    if (!hidesText || depth - 1 <= shownDepth || !NON_BLANK.test(data)) return false;
    if (!hidesText(path[depth - 1] as Element)) {
      shownDepth = depth - 1;
      return false;
    }
    depth = outermostHidden(path, depth - 1, shownDepth, hidesText);
    current = path[depth] as Node;
    shownDepth = depth - 1;
    return true;
  };

  /** Moves past the current node's subtree; false at the end of the root's subtree. */
  const advance = (): boolean => {
    let next = (current as Node).nextSibling;
    while (next === null) {
      if (depth <= 1) return false;
      depth--;
      // A block's end also places a separator.
      if (blocks[depth]) collected.pendingBreak = true;
      next = (path[depth] as Node).nextSibling;
    }
    current = next;
    if (shownDepth >= depth) shownDepth = depth - 1;
    return true;
  };

  /** Enters an element that is not skipped, or steps over it; false at the end of the root's subtree. */
  const visitElement = (element: Element, name: string): boolean => {
    if (SKIPPED_NODE_NAMES.has(name) || skipped.has(element) || isHidden?.(element) === true)
      return advance();
    const block = BLOCK_NODE_NAMES.has(name);
    if (block) collected.pendingBreak = true;
    const child = element.firstChild;
    if (child === null) return advance();
    blocks[depth] = block;
    path[depth] = element;
    current = child;
    depth++;
    return true;
  };

  return {
    read(budget) {
      // Depth-first with explicit enter/leave, so a block's end also places a separator.
      for (let visited = 0; !done && visited < budget; visited++) {
        const node = current as Node;
        // One DOM read tells text from elements and names the element.
        const name = node.nodeName;
        if (name === TEXT_NODE_NAME) {
          const data = (node as Text).data;
          if (hiddenText(data)) {
            // Go on after the hidden element (all it holds is hidden as well).
            done = depth === 0 || !advance();
            continue;
          }
          collected.add(node as Text, data);
        } else if (name.charCodeAt(0) !== HASH) {
          done = !visitElement(node as Element, name);
          continue;
        }
        done = !advance();
      }
      return !done;
    },
    result: () => collected.result(),
  };
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
