/**
 * Which mention is under a viewport point. The caret APIs snap to the nearest character even
 * in margins and blank space, so the point is also checked against the mention's own client
 * rects.
 */

export type CaretPoint = { node: Node; offset: number };

/** Slack around a mention's rects, in CSS px, so its exact edge still counts. */
export const RECT_SLOP_PX = 1;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under the point: `caretPositionFromPoint`, else `caretRangeFromPoint`. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/** Index of the client rect of `range` that contains the point, or -1. */
export function rectIndexAt(range: Range, x: number, y: number, slop = RECT_SLOP_PX): number {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r && x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return i;
  }
  return -1;
}

export type Located<M> = { mention: M; rectIndex: number };

/**
 * The mention under the point, trying the caret offset and the one before it (a caret on the
 * right half of a mention's last character sits just after the mention).
 */
export function mentionAtPoint<M extends { range: Range }>(
  doc: Document,
  x: number,
  y: number,
  mentionAt: (node: Node, offset: number) => M | undefined,
): Located<M> | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const offsets = caret.offset > 0 ? [caret.offset, caret.offset - 1] : [caret.offset];
  for (const offset of offsets) {
    const mention = mentionAt(caret.node, offset);
    if (!mention) continue;
    const rectIndex = rectIndexAt(mention.range, x, y);
    if (rectIndex >= 0) return { mention, rectIndex };
  }
  return undefined;
}
