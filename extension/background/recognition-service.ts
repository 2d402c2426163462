/**
 * Routes `recognize` (content script: text → mentions) and `card` (any of our contexts: entity →
 * CardData plus its date wording, `CardLabels`).
 */
import { cardDataFor } from '../../src/card/card-data';
import type { CardResponse, RecognizeResponse, WireMention } from '../../src/messages/protocol';
import { cardLabels } from '../shared/card-labels';
import { bundledPack } from './bundled-pack';
import type { Routes } from './router';

export async function recognize(text: string): Promise<RecognizeResponse> {
  const { recognizer, entityTypes } = await bundledPack();
  const mentions: WireMention[] = [];
  for (const { entity, start, end } of recognizer.recognize(text)) {
    const type = entityTypes.get(entity);
    if (type) mentions.push({ entity, type, start, end });
  }
  return { mentions };
}

/** The card, with its wording for the browser's locale and today (the reader's time zone). */
export async function card(entity: string): Promise<CardResponse> {
  const { pack } = await bundledPack();
  const data = cardDataFor(pack, entity);
  if (!data) return { card: null };
  return { card: data, labels: cardLabels(data, navigator.language || 'en-US') };
}

export const recognitionRoutes: Routes = {
  recognize: { from: 'content', handle: (message) => recognize(message.text) },
  card: { from: 'any-own', handle: (message) => card(message.entity) },
};
