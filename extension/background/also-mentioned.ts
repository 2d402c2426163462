/**
 * "Also mentioned" for the popup: asks the tab's content script for its page text, then finds
 * the names the pack does not know (compromise, in the background — never on the page's main
 * thread). Answers only this extension's pages (the popup), never content scripts or other senders.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { AlsoMentionedResponse, Message, PageTextResponse } from '../../src/messages/protocol';
import { MAX_RECOGNIZE_CHARS, parseMessage } from '../../src/messages/protocol';
import { unknownNames } from '../../src/recognition/unknown-names';
import { bundledPack } from './bundled-pack';

/** Most names listed (a long page can name hundreds of people). */
export const MAX_ALSO_MENTIONED = 30;

/** The popup or another page of this extension (content scripts' senders have web-page URLs). */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

async function alsoMentioned(tabId: number): Promise<AlsoMentionedResponse> {
  const request: Message = { type: 'page-text' };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | PageTextResponse
    | undefined;
  if (typeof reply?.text !== 'string') return { error: 'the page did not share its text' };
  const text = reply.text.slice(0, MAX_RECOGNIZE_CHARS);
  const { recognizer } = await bundledPack();
  const names = unknownNames(text, recognizer.recognize(text));
  return { names: names.slice(0, MAX_ALSO_MENTIONED) };
}

export function registerAlsoMentioned(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!fromExtensionPage(sender)) return undefined;
    const parsed = parseMessage(message);
    if (parsed?.type !== 'also-mentioned') return undefined;
    return alsoMentioned(parsed.tabId).catch(
      (error: unknown): AlsoMentionedResponse => ({ error: (error as Error).message }),
    );
  });
}
