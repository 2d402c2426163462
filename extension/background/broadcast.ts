/** One message to every context of the extension: its pages (popup, options) and every tab's content script. */
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';

/** `tabMessage` is what content scripts get instead, when they learn of the change another way. */
export async function broadcast(message: Message, tabMessage: Message = message): Promise<void> {
  // Pages hear runtime messages; content scripts hear only tab messages. Nobody listening is fine.
  await browser.runtime.sendMessage(message).catch(() => undefined);
  // Tab ids need no `tabs` permission; tabs without our content script do not answer.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, tabMessage).catch(() => undefined),
    ),
  );
}
