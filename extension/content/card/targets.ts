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

export type Targets = {
  /** The target for a mention (the same key every time for the same mention). */
  forMention(mention: CardMention, rectIndex: number, focus?: boolean): Target;
  /** A related entity's card, shown where `from` is, with focus (a new key: a new card). */
  related(entity: string, from: Target): Target;
  /** `successor` now holds the text position `source` held: it keeps its key. */
  carryKey(source: Range, successor: Range): void;
};

export function createTargets(): Targets {
  const keys = new WeakMap<Range, number>();
  let nextKey = 1;
  const keyFor = (range: Range): string => {
    let key = keys.get(range);
    if (key === undefined) {
      key = nextKey++;
      keys.set(range, key);
    }
    return `mention:${key}`;
  };
  return {
    forMention: (mention, rectIndex, focus = false) => ({
      key: keyFor(mention.range),
      entity: mention.entity,
      source: mention.range,
      range: mention.range,
      rectIndex,
      focus,
    }),
    related: (entity, from) => ({ ...from, key: `related:${nextKey++}`, entity, focus: true }),
    carryKey(source, successor) {
      const key = keys.get(source);
      if (key !== undefined) keys.set(successor, key);
    },
  };
}
