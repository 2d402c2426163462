/**
 * Asks the background for an entity's card (`card` message) and caches the answer for the
 * page's life. A failed request is not cached, so the next hover retries.
 */
import browser from 'webextension-polyfill';
import { type CardData, cardFromResponse } from '../../../src/card/card-data';
import type { Message } from '../../../src/messages/protocol';

export type CardRequester = (entity: string) => Promise<unknown>;

const sendCardMessage: CardRequester = (entity) => {
  const message: Message = { type: 'card', entity };
  return browser.runtime.sendMessage(message);
};

export function createCardClient(request: CardRequester = sendCardMessage) {
  const cache = new Map<string, Promise<CardData | undefined>>();
  return {
    get(entity: string): Promise<CardData | undefined> {
      const cached = cache.get(entity);
      if (cached) return cached;
      const pending = request(entity).then((response) => cardFromResponse(entity, response));
      cache.set(entity, pending);
      pending.catch(() => cache.delete(entity));
      return pending;
    },
  };
}

export type CardClient = ReturnType<typeof createCardClient>;
