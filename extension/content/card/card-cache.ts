/**
 * The card's one cache: for each entity, what the background answered to the `card` message (the
 * card data plus its date wording, `CardLabels`, made by the background for today), as one of four
 * states — loading, ready, missing (the pack has no such entity) or failed (no answer, or the
 * background's `{ error }`; the next load asks again). Everything is dropped when the local day
 * changes, so a deadline's "in 3 days" never goes stale on a long-open page.
 */
import browser from 'webextension-polyfill';
import { type CardData, cardFromResponse } from '../../../src/card/card-data';
import type { CardLabels, Message } from '../../../src/messages/protocol';
import { replyError } from '../../../src/messages/replies';
import { reportError } from '../instrumentation';
import type { CardContent } from './card-view';

export type CardRequester = (entity: string) => Promise<unknown>;
/** A card ready to show: the pack's data and the background's wording for it. */
export type ReadyCard = { data: CardData; labels: CardLabels };

const sendCardMessage: CardRequester = (entity) => {
  const message: Message = { type: 'card', entity };
  return browser.runtime.sendMessage(message);
};

/** The local calendar day: cached cards are dropped when it changes. */
export function today(): string {
  return new Date().toDateString();
}

/** The card and its labels, or undefined when the pack has no such entity or the reply is malformed. */
export function readyCardFrom(entity: string, response: unknown): ReadyCard | undefined {
  // The background is this extension's own (sender checked by the browser); the shape is checked
  // as far as rendering relies on it: lists are rendered, missing strings would show as blanks.
  const data = cardFromResponse(entity, response);
  const labels = (response as { labels?: CardLabels }).labels;
  return data &&
    Array.isArray(labels?.facts) &&
    Array.isArray(labels.sources) &&
    Array.isArray(labels.deadlines)
    ? { data, labels }
    : undefined;
}

export type CardCache = {
  /** The entity's card as it stands: loading until an answer is in. */
  get(entity: string): CardContent;
  /**
   * Asks the background unless the entity is loading, ready or missing today; `onAnswer` hears of
   * the answer. Never throws.
   */
  load(entity: string): void;
};

/** `onAnswer(entity)` is called when an entity's answer (or failure) is in. */
export function createCardCache(
  onAnswer: (entity: string) => void,
  request: CardRequester = sendCardMessage,
): CardCache {
  const entries = new Map<string, CardContent>();
  let day = today();
  const sameDay = () => {
    if (day === today()) return;
    entries.clear();
    day = today();
  };
  const ask = async (entity: string): Promise<CardContent> => {
    try {
      const response = await request(entity);
      const error = replyError(response);
      if (error) throw error;
      const ready = readyCardFrom(entity, response);
      return ready ? { kind: 'ready', ...ready } : { kind: 'missing', entity };
    } catch (error) {
      reportError(error, 'card');
      return { kind: 'failed', entity };
    }
  };
  return {
    get(entity) {
      sameDay();
      return entries.get(entity) ?? { kind: 'loading', entity };
    },
    load(entity) {
      sameDay();
      if (entries.has(entity) && entries.get(entity)?.kind !== 'failed') return;
      const asked = day;
      entries.set(entity, { kind: 'loading', entity });
      void ask(entity).then((content) => {
        if (day !== asked) return; // a new day began meanwhile: this answer's wording is stale
        entries.set(entity, content);
        onAnswer(entity);
      });
    },
  };
}
