/**
 * Routes `recognize` (content script: text → mentions of every enabled pack's entities, ids
 * `packId/entityId`; a long text comes in `recognize-part` pieces first, text-parts.ts) and
 * `card` (any of our contexts: entity → CardData plus its date wording, `CardLabels`).
 */
import { cardLabels } from '../../src/card/card-labels';
import type { CardResponse, RecognizeResponse, WireMention } from '../../src/messages/protocol';
import { textDigest } from '../../src/text/text-digest';
import { readerLocale, t } from '../shared/i18n';
import { knowledge } from './packs/knowledge';
import { cardOf } from './packs/views';
import type { Routes } from './router';
import { createTextParts } from './text-parts';

const textParts = createTextParts();

export async function recognize(text: string): Promise<RecognizeResponse> {
  const { recognizer: recognizerOf, entities } = await knowledge();
  const recognizer = await recognizerOf();
  const mentions: WireMention[] = [];
  for (const { entity, start, end } of recognizer.recognize(text)) {
    const known = entities.get(entity);
    if (known) mentions.push({ entity, type: known.type, start, end });
  }
  return { mentions };
}

/** The card, with its wording for the reader's language and today (the reader's time zone). */
export async function card(entity: string): Promise<CardResponse> {
  const data = await cardOf(entity);
  if (!data) return { card: null };
  return { card: data, labels: cardLabels(data, readerLocale(), t) };
}

export const recognitionRoutes: Routes = {
  recognize: {
    from: 'content',
    handle: async (message, sender) => {
      const { continues } = message;
      const tab = sender.tab?.id ?? -1;
      const text = continues
        ? textParts.take(tab, continues.id, continues.parts, message.text)
        : message.text;
      return { ...(await recognize(text)), digest: textDigest(text) };
    },
  },
  'recognize-part': {
    from: 'content',
    handle: async (message, sender) => {
      textParts.add(sender.tab?.id ?? -1, message.id, message.index, message.text);
      return true;
    },
  },
  card: { from: 'any-own', handle: (message) => card(message.entity) },
};
