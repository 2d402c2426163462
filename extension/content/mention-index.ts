/**
 * The mentions painted on the page, in document order, with the DOM range of each. Answers
 * "which mention is at this text position?" (the card's hover hit-testing). Pure DOM
 * bookkeeping: no extension APIs, no painting. One index per page session (page-session.ts).
 */
import type { EntityType } from '../../src/knowledge/schema';
import type { WireMention } from '../../src/messages/protocol';
import { locate, type TextMap } from '../../src/text/extract';
import { chunkSlice, type TextChunks, textChunks } from '../../src/text/text-chunks';
import { guard } from './instrumentation';
import { CHROMIUM_BUNDLE } from './target-browser';

export type PageMention = {
  entity: string;
  type: EntityType;
  /** Offsets into the page text the mention was found in. */
  start: number;
  end: number;
  text: string;
  /**
   * The mention's extent in the DOM, rebuilt whenever the page text is re-read. A live Range (not a
   * StaticRange): the card needs its client rects and tests read it back with `toString()`.
   */
  range: Range;
};

type Listener = (mentions: readonly PageMention[]) => void;

function domRange(startContainer: Text, startOffset: number, endContainer: Text, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

/** Index of the text node containing `offset` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((map.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A slice of the page text that does not keep the text alive: engines make a long slice a view into
 * its parent string (V8 from 13 code units), so one mention would hold the whole page text.
 */
function detached(slice: string): string {
  return ` ${slice}`.slice(1);
}

/** Whether the node at `index` of `map`, or one starting at the same offset before it, is `node`. */
function nodeStartsAt(map: TextMap, node: Text, start: number): boolean {
  for (let i = nodeIndexAt(map, start); i >= 0 && map.starts[i] === start; i--)
    if (map.nodes[i] === node) return true;
  return false;
}

/** An index being built, one mention at a time (so the work can be sliced); installed by `setMentions`. */
export type MentionIndexDraft = {
  readonly map: TextMap;
  /** Firefox's text kept as the chunks it was joined from, read once per draft (text-chunks.ts). */
  readonly chunks: TextChunks | undefined;
  readonly mentions: PageMention[];
  /** Page-text offset of each text node holding at least one mention. */
  readonly nodeStarts: Map<Text, number>;
};

export function draftIndex(map: TextMap): MentionIndexDraft {
  const chunks = !CHROMIUM_BUNDLE && map.chunks ? textChunks(map.chunks) : undefined;
  return { map, chunks, mentions: [], nodeStarts: new Map() };
}

/** Locates one recognized mention in the DOM and adds it; one that cannot be located is dropped. */
export function addToDraft(draft: MentionIndexDraft, m: WireMention): void {
  const { map, chunks } = draft;
  if (!(m.start < m.end && m.end <= map.text.length)) return;
  const from = locate(map, m.start, 'start');
  const to = locate(map, m.end, 'end');
  if (!from || !to) return;
  const range = domRange(from.node, from.offset, to.node, to.offset);
  const text =
    !CHROMIUM_BUNDLE && chunks ? chunkSlice(chunks, m.start, m.end) : map.text.slice(m.start, m.end);
  draft.mentions.push({ ...m, text: detached(text), range });
  const last = nodeIndexAt(map, m.end - 1);
  for (let i = nodeIndexAt(map, m.start); i <= last; i++) {
    const node = map.nodes[i];
    if (node) draft.nodeStarts.set(node, map.starts[i] ?? 0);
  }
}

export type MentionIndex = {
  /** Makes a finished draft the current index and tells the listeners. */
  setMentions(draft: MentionIndexDraft): void;
  clearMentions(): void;
  /**
   * Whether every text node holding a mention is in `map` at the same text offset (true when there
   * are none): with the same text, the mentions and their ranges are then still right.
   */
  placedIn(map: TextMap): boolean;
  /** All mentions in document order. */
  mentions(): readonly PageMention[];
  /**
   * The mention at a caret position (a text node and an offset in it, as from
   * `caretPositionFromPoint`). Both ends count: a caret snapped to the right edge of a mention's
   * last character is still on it; where two mentions touch, the one starting there wins.
   */
  mentionAt(node: Node, offset: number): PageMention | undefined;
  /** Entity id → number of mentions. */
  mentionCounts(): Record<string, number>;
  /** The first mention of an entity in document order. */
  firstMentionOf(entity: string): PageMention | undefined;
  /** Calls `listener` with the new list whenever mentions change; returns an unsubscribe function. */
  onMentionsChanged(listener: Listener): () => void;
};

export function createMentionIndex(): MentionIndex {
  let current: readonly PageMention[] = [];
  /** Page-text offset of each text node holding at least one mention. */
  let nodeStarts = new Map<Text, number>();
  const listeners = new Set<Listener>();
  const notify = () => {
    for (const listener of listeners) guard('mentions listener', () => listener(current));
  };
  return {
    setMentions(draft) {
      current = draft.mentions;
      nodeStarts = draft.nodeStarts;
      notify();
    },
    clearMentions() {
      if (current.length === 0) return;
      current = [];
      nodeStarts = new Map();
      notify();
    },
    placedIn(map) {
      for (const [node, start] of nodeStarts) if (!nodeStartsAt(map, node, start)) return false;
      return true;
    },
    mentions: () => current,
    mentionAt(node, offset) {
      const nodeStart = nodeStarts.get(node as Text);
      return nodeStart === undefined ? undefined : mentionAtPosition(current, nodeStart + offset);
    },
    mentionCounts() {
      const counts: Record<string, number> = {};
      for (const m of current) counts[m.entity] = (counts[m.entity] ?? 0) + 1;
      return counts;
    },
    firstMentionOf: (entity) => current.find((m) => m.entity === entity),
    onMentionsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The last mention starting at or before `position` that reaches it, by binary search. */
function mentionAtPosition(mentions: readonly PageMention[], position: number): PageMention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  let found: PageMention | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const m = mentions[mid] as PageMention;
    if (m.start > position) high = mid - 1;
    else {
      if (position <= m.end) found = m;
      low = mid + 1;
    }
  }
  return found;
}
