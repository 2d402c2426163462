/**
 * What the content script knows about this page, in one object: the mentions found (with their
 * DOM ranges) and the annotator that finds and paints them with the current settings. Made once
 * in index.ts and passed to the parts that need it; no other module keeps page state of its own
 * (the card keeps its own view state, card/display.tsx).
 */
import { type Annotator, createAnnotator } from './annotator';
import { createMentionIndex, type MentionIndex } from './mention-index';

export type PageSession = {
  readonly mentions: MentionIndex;
  readonly annotator: Annotator;
};

export function createPageSession(): PageSession {
  const mentions = createMentionIndex();
  return { mentions, annotator: createAnnotator(mentions) };
}
