/** One message to every context of the extension: its pages (popup, options) and every tab's content script. */
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';

export async function broadcast(message: Message): Promise<void> {
  // Pages hear runtime messages; content scripts hear only tab messages. Nobody listening is fine.
  await browser.runtime.sendMessage(message).catch(() => undefined);
  // Tab ids need no `tabs` permission; tabs without our content script do not answer.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
