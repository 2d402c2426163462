/**
 * The options page's side of the pack messages: every change goes to the background (the one
 * owner of stored packs), which answers with the list as it now is, or why nothing changed.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message, PacksResponse } from '../../../src/messages/protocol';
import { t } from '../../shared/i18n';
import { heldForTest } from '../../shared/test-hold';

export type PacksReply = PacksResponse;

export async function sendPacks(message: Message): Promise<PacksReply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as PacksReply | undefined;
    return reply ?? { error: t('packsNoAnswer'), problems: [] };
  } catch (error) {
    return { error: (error as Error).message, problems: [] };
  }
}

/** The list, asked for at once and again whenever the background says the packs changed. */
export function usePackList(): [PacksReply | undefined, (reply: PacksReply) => void] {
  const [reply, setReply] = useState<PacksReply | undefined>();
  useEffect(() => {
    const refresh = () =>
      void sendPacks({ type: 'list-packs' }).then(async (reply) => {
        await heldForTest();
        setReply(reply);
      });
    refresh();
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && (message as Message | null)?.type === 'knowledge-changed')
        refresh();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return [reply, setReply];
}
