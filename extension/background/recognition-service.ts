/**
 * Answers the content script's `recognize` (text → mentions) and `card` (entity → CardData plus
 * its date wording, `CardLabels`)
 * messages. Only messages from this extension's own content scripts (a `sender.tab`) and pages are
 * answered, and only when their shape is valid; anything else is left to other listeners.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { cardDataFor } from '../../src/card/card-data';
import {
  type CardResponse,
  parseMessage,
  type RecognizeResponse,
  type WireMention,
} from '../../src/messages/protocol';
import { cardLabels } from '../shared/card-labels';
import { bundledPack } from './bundled-pack';

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

function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The listener; returns a promise only for messages it answers (the polyfill's contract). */
export function handleRecognitionMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<RecognizeResponse | CardResponse> | undefined {
  if (!fromThisExtension(sender)) return undefined;
  const parsed = parseMessage(message);
  if (parsed?.type === 'recognize' && sender.tab) return recognize(parsed.text);
  if (parsed?.type === 'card') return card(parsed.entity);
  return undefined;
}

export function registerRecognitionService(): void {
  browser.runtime.onMessage.addListener(handleRecognitionMessage);
}
