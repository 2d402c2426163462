/**
 * What the popup shows from the packs, asked of the background (the one owner of stored packs):
 * every enabled pack's deadlines, and the names of the entities the page mentions.
 */
import browser from 'webextension-polyfill';
import type { Message, PacksResponse, PopupKnowledgeResponse } from '../../src/messages/protocol';
import { t } from '../shared/i18n';

export async function loadKnowledge(entities: readonly string[]): Promise<PopupKnowledgeResponse> {
  const message: Message = { type: 'popup-knowledge', entities: [...entities] };
  const reply = (await browser.runtime.sendMessage(message)) as PopupKnowledgeResponse | undefined;
  if (!reply || !Array.isArray(reply.deadlines)) throw new Error('the packs could not be read');
  return reply;
}

/** "Check for pack updates" for one subscribed pack: what to tell the reader afterwards. */
export async function checkPackUpdates(packId: string): Promise<string> {
  const message: Message = { type: 'check-pack-updates', id: packId };
  const reply = (await browser.runtime.sendMessage(message).catch((e: Error) => ({
    error: e.message,
    problems: [],
  }))) as PacksResponse | undefined;
  if (!reply) return t('popupCheckNotMade');
  if ('error' in reply) return t('popupCheckFailed', [reply.error]);
  const pack = reply.packs.find((p) => p.id === packId);
  if (pack?.lastError) return t('popupCheckFailedKept', [pack.lastError.message]);
  return pack?.lastCheckedAt !== undefined && pack.lastUpdatedAt === pack.lastCheckedAt
    ? t('popupCheckStored')
    : t('popupCheckNoNewer');
}

/** Calls `callback` whenever the background says the packs changed; returns a function that stops. */
export function onKnowledgeChanged(callback: () => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && (message as Message | null)?.type === 'knowledge-changed')
      callback();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
