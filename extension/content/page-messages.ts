/**
 * Messages to this tab's content script (popup/background → `tabs.sendMessage`): `page-state`
 * (hostname, on/off, counts), `reveal-entity` (scroll to the entity's first mention and open its
 * card), `step-mention` (keyboard command: open the next/previous mention's card). Only this
 * extension's own contexts are answered; unknown or malformed messages are left alone.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageStateResponse, RevealEntityResponse } from '../../src/messages/protocol';
import { parseMessage } from '../../src/messages/protocol';
import { highlightingEnabled } from './annotator';
import { guard } from './errors';
import { firstMentionOf, mentionCounts, type PageMention } from './mention-index';

export type CardActions = {
  reveal(mention: PageMention): void;
  step(direction: 1 | -1): void;
};

export function pageState(): PageStateResponse {
  const enabled = highlightingEnabled();
  return { hostname: location.hostname, enabled, counts: enabled ? mentionCounts() : {} };
}

export function handlePageMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  card: CardActions,
): Promise<PageStateResponse | RevealEntityResponse | boolean> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(message);
  switch (parsed?.type) {
    case 'page-state':
      return Promise.resolve(pageState());
    case 'reveal-entity': {
      const mention = firstMentionOf(parsed.entity);
      if (mention) guard('reveal-entity', () => card.reveal(mention));
      return Promise.resolve({ revealed: mention !== undefined });
    }
    case 'step-mention':
      guard('step-mention', () => card.step(parsed.direction));
      return Promise.resolve(true);
    default:
      return undefined;
  }
}

export function listenForPageMessages(card: CardActions): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handlePageMessage(message, sender, card),
  );
}
