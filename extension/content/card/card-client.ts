/**
 * Asks the background for an entity's card (`card` message): the card data plus its date wording
 * (`CardLabels`, made by the background for today). Answers are cached until the local day
 * changes, so a deadline's "in 3 days" never goes stale on a long-open page. A failed request (no
 * answer, or the background's `{ error }`) is not cached, so the next hover retries.
 */
import browser from 'webextension-polyfill';
import { type CardData, cardFromResponse } from '../../../src/card/card-data';
import type { CardLabels, Message } from '../../../src/messages/protocol';
import { replyError } from '../../../src/messages/replies';

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

export function createCardClient(request: CardRequester = sendCardMessage) {
  const cache = new Map<string, Promise<ReadyCard | undefined>>();
  let day = today();
  return {
    get(entity: string): Promise<ReadyCard | undefined> {
      if (day !== today()) {
        cache.clear();
        day = today();
      }
      const cached = cache.get(entity);
      if (cached) return cached;
      const pending = request(entity).then((response) => {
        const error = replyError(response);
        if (error) throw error;
        return readyCardFrom(entity, response);
      });
      cache.set(entity, pending);
      pending.catch(() => cache.delete(entity));
      return pending;
    },
  };
}

export type CardClient = ReturnType<typeof createCardClient>;
