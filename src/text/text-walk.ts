/**
 * The text walk (createTextReader in extract.ts) from text to text, for Firefox content scripts,
 * where every DOM read goes through an Xray wrapper and every node read back gets one: a native
 * `TreeWalker` (`SHOW_TEXT`) steps over the elements that hold no text, each text's parent is read
 * and the element path kept, and the elements between two texts are read only when no block
 * boundary is known between them yet. The hot reads (`nextNode`, `parentNode`, `nodeName`, `data`)
 * call the accessors found on the prototypes, which skips the wrapper's property lookup. Same text
 * and map as node-walk.ts (text-walk.test.ts), which is cheaper where reads are plain (Chromium).
 */
import { type TextCollector, textCollector } from './text-collector';
import {
  BLOCK_NODE_NAMES,
  type ExtractOptions,
  HASH,
  isSkippedElement,
  outermostHidden,
  SKIPPED_NODE_NAMES,
  skippedByAttributesUnder,
  type TextReader,
} from './text-rules';

const SHOW_TEXT = 4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NON_BLANK = /\S/;

type Skips = (node: Node, name: string) => boolean;
type Read<T> = (node: Node) => T;

/** `node[key]` as a call of the getter on `sample`'s prototype chain (a plain read if there is none). */
function reader<T>(sample: object, key: string): Read<T> {
  for (let proto = Object.getPrototypeOf(sample); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor?.get) {
      const get = descriptor.get;
      return (node) => get.call(node) as T;
    }
    if (descriptor) break;
  }
  return (node) => (node as unknown as Record<string, T>)[key] as T;
}

/** The hot DOM reads of the walk. */
type Reads = { parent: Read<Node | null>; name: Read<string>; data: Read<string> };

/** Whether a subtree that holds no text places a separator: a block in it, outside skipped elements. */
function holdsBlock(node: Node, skips: Skips): boolean {
  const name = node.nodeName;
  if (name.charCodeAt(0) === HASH || skips(node, name)) return false;
  if (BLOCK_NODE_NAMES.has(name)) return true;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (holdsBlock(child, skips)) return true;
  }
  return false;
}

/** Any block from `from` up to (not including) `to`, or to the last sibling when `to` is null. */
function blockAmong(from: Node | null, to: Node | null, skips: Skips): boolean {
  for (let node = from; node !== null && node !== to; node = node.nextSibling) {
    if (holdsBlock(node, skips)) return true;
  }
  return false;
}

function blockBefore(node: Node, skips: Skips): boolean {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (holdsBlock(sibling, skips)) return true;
  }
  return false;
}

/** Where the walk is: the elements from `start` (path[0]) down to the parent of `position`. */
type Walk = {
  path: Node[];
  /** Whether each element on the path is a block. */
  blocks: boolean[];
  top: number;
  /** The last text visited or element stepped over (a child of path[top]); null before the first. */
  position: Node | null;
  /** Path elements down to this depth show their text. */
  shownDepth: number;
  /** The ancestors of the next text not on the path, its parent first, and which are blocks. */
  entered: Node[];
  enteredBlocks: boolean[];
  skips: Skips;
  collected: TextCollector;
  reads: Reads;
};

/**
 * Blocks among the nodes between `position` and the next position (`text`, or `entered[cut]` when
 * that is skipped), none of which holds text; `c` is the depth of their deepest common ancestor.
 */
function blockBetween(walk: Walk, c: number, text: Node, cut: number): boolean {
  const { path, position, top, entered, skips } = walk;
  if (position !== null) {
    if (top > c && blockAmong(position.nextSibling, null, skips)) return true;
    for (let d = top; d > c + 1; d--) {
      if (blockAmong((path[d] as Node).nextSibling, null, skips)) return true;
    }
  }
  const oldChild = position === null ? null : top > c ? (path[c + 1] as Node) : position;
  const newChild = entered.length > 0 ? (entered[entered.length - 1] as Node) : text;
  const from = oldChild === null ? (path[c] as Node).firstChild : oldChild.nextSibling;
  if (blockAmong(from, newChild, skips)) return true;
  for (let i = entered.length - 2; i >= Math.max(cut, 0); i--) {
    if (blockBefore(entered[i] as Node, skips)) return true;
  }
  return cut < 0 && entered.length > 0 && blockBefore(text, skips);
}

/**
 * Moves the path from `position` to `text`: the elements left and entered, the separator they
 * place. Returns the outermost skipped element holding `text` (the walk goes on after it), or null.
 */
function moveTo(walk: Walk, text: Node): Node | null {
  const { path, blocks, entered, enteredBlocks, skips, collected, reads } = walk;
  entered.length = 0;
  let parent = reads.parent(text);
  let c = parent === null ? -1 : path.lastIndexOf(parent, walk.top);
  while (c < 0 && parent !== null) {
    entered.push(parent);
    parent = reads.parent(parent);
    c = parent === null ? -1 : path.lastIndexOf(parent, walk.top);
  }
  if (c < 0) c = 0;
  let breaks = false;
  for (let d = c + 1; d <= walk.top; d++) if (blocks[d]) breaks = true;
  let cut = -1;
  for (let i = entered.length - 1; i >= 0; i--) {
    const element = entered[i] as Node;
    const name = reads.name(element);
    if (skips(element, name)) {
      cut = i;
      break;
    }
    enteredBlocks[i] = BLOCK_NODE_NAMES.has(name);
    if (enteredBlocks[i]) breaks = true;
  }
  if (!breaks && !collected.pendingBreak) breaks = blockBetween(walk, c, text, cut);
  if (breaks) collected.pendingBreak = true;
  walk.top = c;
  if (walk.shownDepth > c) walk.shownDepth = c;
  for (let i = entered.length - 1; i > cut; i--) {
    walk.top++;
    path[walk.top] = entered[i] as Node;
    blocks[walk.top] = enteredBlocks[i] as boolean;
  }
  return cut >= 0 ? (entered[cut] as Node) : null;
}

export function createTextWalk(root: Node, options: ExtractOptions = {}): TextReader {
  const start = options.root ?? root;
  const { isHidden, hidesText, mayHideText } = options;
  // Firefox's walk: the text is read through its chunks, never flattened whole (text-chunks.ts).
  const collected = textCollector(false);
  if (start.nodeType === TEXT_NODE) collected.add(start as Text, (start as Text).data);
  const empty =
    start.nodeType === TEXT_NODE ||
    (start.nodeType === ELEMENT_NODE && isSkippedElement(start as Element, isHidden));
  if (empty) return { read: () => false, result: () => collected.result() };

  const skipped = skippedByAttributesUnder(start);
  const skips: Skips = (node, name) =>
    SKIPPED_NODE_NAMES.has(name) || skipped.has(node) || isHidden?.(node as Element) === true;
  const walker = (start.ownerDocument ?? (start as Document)).createTreeWalker(start, SHOW_TEXT);
  const nextNode = walker.nextNode;
  const nextText = (): Node | null => nextNode.call(walker);
  let next = nextText();
  const reads: Reads = {
    parent: reader(start, 'parentNode'),
    name: reader(start, 'nodeName'),
    data: next === null ? (node) => (node as Text).data : reader(next, 'data'),
  };
  const walk: Walk = {
    path: [start],
    blocks: [false],
    top: 0,
    position: null,
    shownDepth: -1,
    entered: [],
    enteredBlocks: [],
    skips,
    collected,
    reads,
  };

  /**
   * The first text after `node`'s subtree. (Not `walker.nextSibling()`, which does the same in
   * browsers but not in happy-dom, where the walk also runs.)
   */
  const textAfter = (node: Node): Node | null => {
    for (let at: Node | null = node; at !== null && at !== start; at = at.parentNode) {
      const sibling = at.nextSibling;
      if (sibling === null) continue;
      walker.currentNode = sibling;
      return sibling.nodeType === TEXT_NODE ? sibling : walker.nextNode();
    }
    return null;
  };

  /**
   * Whether the text's parent hides it; if so the walk moves past the outermost hidden element.
   * With `mayHideText`, a parent it passes is asked no more, and one it does not pass is asked of
   * `hidesText` with the elements above it, top-down (outermostHidden up to the parent itself).
   */
  const hidden = (data: string): boolean => {
    const { path, top } = walk;
    if (!hidesText || top <= walk.shownDepth || !NON_BLANK.test(data)) return false;
    const parent = path[top] as Element;
    const mayHide = mayHideText ? mayHideText(parent) : hidesText(parent);
    const d = !mayHide
      ? top + 1
      : outermostHidden(path, mayHideText ? top + 1 : top, walk.shownDepth, hidesText);
    if (d > top) {
      walk.shownDepth = top;
      return false;
    }
    walk.shownDepth = d - 1;
    walk.position = path[d] as Node;
    walk.top = d - 1;
    next = d === 0 ? null : textAfter(walk.position);
    return true;
  };

  return {
    read(budget) {
      for (let visited = 0; next !== null && visited < budget; visited++) {
        const text = next;
        const skippedAt = moveTo(walk, text);
        if (skippedAt !== null) {
          walk.position = skippedAt;
          next = textAfter(skippedAt);
          continue;
        }
        const data = reads.data(text);
        if (hidden(data)) continue;
        collected.add(text as Text, data);
        walk.position = text;
        next = nextText();
      }
      return next !== null;
    },
    result: () => collected.result(),
  };
}
