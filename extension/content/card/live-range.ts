/**
 * Mentions carry static ranges (cheap, never updated by the DOM); geometry needs a live Range.
 * One live Range per static range, made on first use.
 */
const live = new WeakMap<AbstractRange, Range>();

export function toLiveRange(range: AbstractRange): Range {
  if (range instanceof Range) return range;
  let made = live.get(range);
  if (!made) {
    made = document.createRange();
    made.setStart(range.startContainer, range.startOffset);
    made.setEnd(range.endContainer, range.endOffset);
    live.set(range, made);
  }
  return made;
}

/** True when two ranges start and end at the same DOM positions. */
export function sameBoundaries(a: AbstractRange, b: AbstractRange): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
