/**
 * "Also mentioned" for the popup: asks the tab's content script for its page text, then finds
 * the names the pack does not know (compromise, in the background — never on the page's main
 * thread). Answers only this extension's pages (the popup), never content scripts or other senders.
 */
import browser from 'webextension-polyfill';
import type { AlsoMentionedResponse, Message, PageTextResponse } from '../../src/messages/protocol';
import { MAX_RECOGNIZE_CHARS } from '../../src/messages/protocol';
import { unknownNames } from '../../src/recognition/unknown-names';
import { bundledPack } from './bundled-pack';
import type { Routes } from './router';

/** Most names listed (a long page can name hundreds of people). */
export const MAX_ALSO_MENTIONED = 30;

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

export const alsoMentionedRoutes: Routes = {
  'also-mentioned': {
    from: 'extension-page',
    handle: (message) =>
      alsoMentioned(message.tabId).catch(
        (error: unknown): AlsoMentionedResponse => ({ error: (error as Error).message }),
      ),
  },
};
