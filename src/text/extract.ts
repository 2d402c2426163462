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
 * - Linear: parts are collected in an array and joined once.
 */

export type TextMap = { text: string; nodes: Text[]; starts: number[] };
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

export const BLOCK_SEPARATOR = '\n';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NON_BLANK = /\S/;

// Looked up by `localName` (lower case for HTML elements, and a plain string the DOM already
// holds): `tagName` is upper-cased on every read, which costs a string per element on large pages.
const SKIPPED_LOCAL_NAMES: ReadonlySet<string> = new Set([...SKIPPED_TAGS].map((t) => t.toLowerCase()));
const BLOCK_LOCAL_NAMES: ReadonlySet<string> = new Set([...BLOCK_TAGS].map((t) => t.toLowerCase()));

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
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden')) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
  }
  return isHidden?.(el) === true;
}

/**
 * An extraction that can stop and resume: `read(budget)` visits up to `budget` more nodes and
 * returns true while some remain; `result()` is the map of what was read. The DOM is read live:
 * nodes changed between two `read` calls are seen as they are then (a caller that reads in slices
 * re-reads after a mutation anyway).
 */
export type TextReader = { read(budget: number): boolean; result(): TextMap };

/** Pieces of text joined into one string at a time while reading. */
const PARTS_PER_CHUNK = 2048;

/** The text read so far and its map, joined in chunks as the walk goes (no single step joins them all). */
function textCollector() {
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
    /** A block starts or ends: the next text is separated from what came before. */
    pendingBreak: false,
    add(node: Text): void {
      const data = node.data;
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
    result(): TextMap {
      if (text === undefined) {
        compact();
        text = chunks.join('');
      }
      return { text, nodes, starts };
    },
  };
}

/**
 * The outermost element that `hidesText` hides from `parent` (at `depth`, hidden) up to its ancestor
 * at `shownDepth + 1`, asked top-down; the elements it passes over on the way show their text.
 */
function outermostHidden(
  parent: Node,
  depth: number,
  shownDepth: number,
  hidesText: (el: Element) => boolean,
): { node: Node; depth: number } {
  const above: Node[] = [];
  for (let n = parent.parentNode, d = depth - 1; n !== null && d > shownDepth; n = n.parentNode, d--) {
    above.push(n);
  }
  for (let at = above.length - 1; at >= 0; at--) {
    if (hidesText(above[at] as Element)) return { node: above[at] as Node, depth: depth - 1 - at };
  }
  return { node: parent, depth };
}

export function createTextReader(root: Node, options: ExtractOptions = {}): TextReader {
  const start = options.root ?? root;
  const { isHidden, hidesText } = options;
  const collected = textCollector();

  // Walked with the nodes' own `firstChild` / `nextSibling` / `parentNode`, not a TreeWalker: each
  // TreeWalker step goes through its filter machinery and costs several times a plain property
  // read (measured ≈3.5× over a 24,000-node page in Chromium). No JS NodeFilter either: browsers
  // call one through their bindings for every node. Skipped elements are stepped over with their
  // subtrees; nodes other than elements and text (comments…) are passed by.
  let current: Node | null = null;
  let done: boolean;
  /** Depth of `current` below `start`; path elements down to `shownDepth` show text. */
  let depth = 1;
  let shownDepth = -1;
  /** Whether each element on the path is a block (read on the way down, used on the way up). */
  const blocks: boolean[] = [];
  /**
   * Whether a text's parent hides it; if so, `current` and `depth` move to the outermost hidden
   * element not yet known to be shown, asked top-down, so a hidden region is left at once.
   */
  const hiddenText = (node: Text): boolean => {
    if (!hidesText || depth - 1 <= shownDepth || !NON_BLANK.test(node.data)) return false;
    const parent = node.parentNode as Element;
    if (!hidesText(parent)) {
      shownDepth = depth - 1;
      return false;
    }
    const hidden = outermostHidden(parent, depth - 1, shownDepth, hidesText);
    current = hidden.node;
    depth = hidden.depth;
    shownDepth = depth - 1;
    return true;
  };
  if (start.nodeType === TEXT_NODE) {
    collected.add(start as Text);
    done = true;
  } else if (start.nodeType === ELEMENT_NODE && isSkippedElement(start as Element, isHidden)) done = true;
  else {
    current = start.firstChild;
    done = current === null;
  }

  /** Moves past the current node's subtree; false at the end of the root's subtree. */
  const advance = (): boolean => {
    let node = current as Node;
    let next = node.nextSibling;
    while (next === null) {
      const parent = node.parentNode;
      if (parent === null || parent === start) return false;
      depth--;
      // A block's end also places a separator.
      if (blocks[depth]) collected.pendingBreak = true;
      node = parent;
      next = node.nextSibling;
    }
    current = next;
    if (shownDepth >= depth) shownDepth = depth - 1;
    return true;
  };

  return {
    read(budget) {
      // Depth-first with explicit enter/leave, so a block's end also places a separator.
      for (let visited = 0; !done && visited < budget; visited++) {
        const node = current as Node;
        const type = node.nodeType;
        if (type === TEXT_NODE && hiddenText(node as Text)) {
          // Go on after the hidden element (all it holds is hidden as well).
          done = current === start || !advance();
          continue;
        }
        if (type === TEXT_NODE) collected.add(node as Text);
        else if (type === ELEMENT_NODE) {
          // Each DOM read is a call into the browser (through Xray wrappers in Firefox): one per need.
          const name = (node as Element).localName;
          if (!isSkippedElement(node as Element, isHidden, name)) {
            const block = BLOCK_LOCAL_NAMES.has(name);
            if (block) collected.pendingBreak = true;
            const child = node.firstChild;
            if (child !== null) {
              blocks[depth] = block;
              current = child;
              depth++;
              continue;
            }
          }
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
