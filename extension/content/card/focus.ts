/**
 * Keyboard focus around the card: Tab and Shift+Tab wrap inside an open card that has focus (it is
 * a dialog; Escape leaves it), and when the card closes with nowhere to return to, the caret is put
 * just after the mention, so the next Tab continues from there in the page's reading order.
 */

const FOCUSABLE = 'a[href], button:not([disabled])';

/**
 * Moves focus to the other end of the card when Tab would leave it. Returns true when it did (the
 * caller then prevents the browser's own move).
 */
export function wrapTab(event: KeyboardEvent, card: HTMLElement, root: ShadowRoot): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const focusable = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return false;
  const active = root.activeElement;
  const atEdge = event.shiftKey ? active === first || active === card : active === last;
  if (!atEdge) return false;
  (event.shiftKey ? last : first).focus();
  return true;
}

/**
 * Before a focused card closes with nowhere to return to: moves the card's host (a fixed-position,
 * zero-size element with nothing but its shadow root) to just after the mention and focuses the card
 * there, so when the card hides, the browser's sequential focus navigation starts after the name.
 * The mutation watcher ignores the host's moves.
 */
export function parkFocusAfter(range: Range, host: HTMLElement, card: HTMLElement): void {
  const node = range.endContainer;
  const parent = node.parentNode;
  if (!parent || !node.isConnected || parent.nodeType !== Node.ELEMENT_NODE) return;
  parent.insertBefore(host, node.nextSibling);
  card.focus({ preventScroll: true });
}

/**
 * Puts a collapsed selection (the caret) right after `range`: browsers start sequential focus
 * navigation from the selection, and keyboard stepping starts from the caret too.
 */
export function placeCaretAfter(range: Range): void {
  const selection = document.getSelection();
  if (!selection || !range.endContainer.isConnected) return;
  selection.collapse(range.endContainer, range.endOffset);
}

/**
 * Where the reader is: the focused page element, else the caret (a selection in the page; clicking
 * text puts it there and leaves focus on the body).
 */
export function readingPosition(isOurs: (node: Node) => boolean): { node: Node; offset: number } | undefined {
  const active = document.activeElement;
  if (active && active !== document.body && active !== document.documentElement && !isOurs(active)) {
    return { node: active, offset: 0 };
  }
  const selection = document.getSelection();
  const anchor = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  if (anchor && document.body?.contains(anchor.startContainer) && !isOurs(anchor.startContainer)) {
    return { node: anchor.startContainer, offset: anchor.startOffset };
  }
  return undefined;
}

/**
 * The index of the first mention after (direction 1) or the last before (-1) a position, wrapping
 * around the list; -1 when the list is empty.
 */
export function indexFrom<M extends { range: Range }>(
  list: readonly M[],
  position: { node: Node; offset: number },
  direction: 1 | -1,
): number {
  if (list.length === 0) return -1;
  const point = document.createRange();
  point.setStart(position.node, position.offset);
  const after = list.findIndex((m) => point.compareBoundaryPoints(Range.START_TO_START, m.range) <= 0);
  if (direction === 1) return after === -1 ? 0 : after;
  const before = (after === -1 ? list.length : after) - 1;
  return before < 0 ? list.length - 1 : before;
}
