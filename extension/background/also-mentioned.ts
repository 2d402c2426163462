/**
 * "Also mentioned" for the popup: asks the tab's content script for its page text, then finds
 * the names the pack does not know (compromise, in the background — never on the page's main
 * thread). Answers only this extension's pages (the router's `extension-page` rule).
 *
 * The popup asks over a port (`ALSO_MENTIONED_PORT`), not a one-off message: when it closes, the
 * port disconnects and the run stops at its next slice. The work runs in the background's own
 * thread in slices of one text piece each (`src/recognition/also-mentioned.ts`), with a macrotask
 * yield between slices, so every other message (a card for another tab, a page's recognition) is
 * answered in between. A Chrome MV3 service worker cannot start a Worker, and an offscreen document
 * would need the `offscreen` permission (Chrome only); slices work the same in Chrome's service
 * worker and Firefox's event page, with no new permission.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { AlsoMentionedResponse, Message, PageTextResponse } from '../../src/messages/protocol';
import { parseMessage } from '../../src/messages/protocol';
import { alsoMentionedNames } from '../../src/recognition/also-mentioned';
import { deferredPackagesReady } from './deferred-packages';
import { knowledge } from './packs/knowledge';
import { senderPasses } from './router';
import { alsoMentionedProbe } from './test-hooks';

/** Name of the port the popup opens to ask for also-mentioned names. */
export const ALSO_MENTIONED_PORT = 'also-mentioned';

/** A macrotask boundary: messages queued meanwhile are handled before the next slice. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function alsoMentioned(tabId: number, signal: AbortSignal): Promise<AlsoMentionedResponse> {
  const request: Message = { type: 'page-text' };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | PageTextResponse
    | undefined;
  if (typeof reply?.text !== 'string') return { error: 'the page did not share its text' };
  const recognizer = await (await knowledge()).recognizer();
  await deferredPackagesReady(); // compromise's script, in Firefox's event page
  const probe = __TEST_HOOKS__ ? alsoMentionedProbe(signal, yieldToEventLoop) : undefined;
  const pause = probe?.pause ?? yieldToEventLoop;
  try {
    const names = await alsoMentionedNames(reply.text, (text) => recognizer.recognize(text), {
      pause,
      signal,
    });
    probe?.finished('done');
    return { names };
  } catch (error) {
    probe?.finished(signal.aborted ? 'canceled' : 'failed');
    throw error;
  }
}

function serve(port: Runtime.Port): void {
  const controller = new AbortController();
  port.onDisconnect.addListener(() => controller.abort());
  port.onMessage.addListener((message: unknown) => {
    const parsed = parseMessage(message);
    if (parsed?.type !== 'also-mentioned') return;
    void alsoMentioned(parsed.tabId, controller.signal)
      .catch((error: unknown): AlsoMentionedResponse => ({ error: (error as Error).message }))
      .then((response) => {
        if (!controller.signal.aborted) port.postMessage(response);
      });
  });
}

/** Registers the port listener. Call once, synchronously at start. */
export function registerAlsoMentioned(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== ALSO_MENTIONED_PORT) return;
    if (!port.sender || !senderPasses('extension-page', port.sender)) {
      port.disconnect();
      return;
    }
    serve(port);
  });
}
