/**
 * What the card is shown for: a target names the entity, the mention's range it is anchored to,
 * which line box of that range, and whether focus moves into the card. Two targets are the same
 * card (for the hover-intent machine) when their keys are equal: one key per mention, kept when the
 * page is re-read and the same text position is held by a new mention object.
 */

/** What the card needs to know about one highlighted mention. */
export type CardMention = { readonly entity: string; readonly range: Range };

export type Target = {
  key: string;
  entity: string;
  /** The mention's range as the content script keeps it (identity = the mention). */
  source: Range;
  /** The range the card is placed next to. */
  range: Range;
  rectIndex: number;
  focus: boolean;
};

/** True when two ranges start and end at the same DOM positions. */
export function sameBoundaries(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * One key per mention range. The keys only need to differ between mentions, so one counter serves
 * the page (a WeakMap: a range the page no longer holds takes its key with it).
 */
const keys = new WeakMap<Range, number>();
let nextKey = 1;

function keyFor(range: Range): string {
  let key = keys.get(range);
  if (key === undefined) {
    key = nextKey++;
    keys.set(range, key);
  }
  return `mention:${key}`;
}

/** The target for a mention (the same key every time for the same mention). */
export function targetFor(mention: CardMention, rectIndex: number, focus = false): Target {
  return {
    key: keyFor(mention.range),
    entity: mention.entity,
    source: mention.range,
    range: mention.range,
    rectIndex,
    focus,
  };
}

/** A related entity's card, shown where `from` is, with focus (a new key: a new card). */
export function relatedTarget(entity: string, from: Target): Target {
  return { ...from, key: `related:${nextKey++}`, entity, focus: true };
}

/** `successor` now holds the text position `source` held: it keeps its key. */
export function carryKey(source: Range, successor: Range): void {
  const key = keys.get(source);
  if (key !== undefined) keys.set(successor, key);
}
