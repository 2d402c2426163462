/**
 * Asks the background for an entity's card (`card` message) and caches the answer for the
 * page's life. A failed request is not cached, so the next hover retries.
 */
import browser from 'webextension-polyfill';
import type { CardData } from '../../../src/card/card-data';
import type { Message } from '../../../src/messages/protocol';

export type CardRequester = (entity: string) => Promise<unknown>;

const sendCardMessage: CardRequester = (entity) => {
  const message: Message = { type: 'card', entity };
  return browser.runtime.sendMessage(message);
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Narrow check of the background's `{ card: CardData | null }` answer for `entity`. */
export function cardFromResponse(entity: string, response: unknown): CardData | undefined {
  if (!isRecord(response) || !isRecord(response.card)) return undefined;
  const card = response.card;
  if (!isRecord(card.entity) || card.entity.id !== entity || typeof card.entity.name !== 'string')
    return undefined;
  if (!Array.isArray(card.facts) || !Array.isArray(card.deadlines) || !Array.isArray(card.related))
    return undefined;
  if (typeof card.packAsOf !== 'string') return undefined;
  return card as unknown as CardData;
}

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
