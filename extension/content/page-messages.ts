/**
 * The content script's one message listener (popup/background → `tabs.sendMessage`):
 * `page-state` (hostname, on/off, counts), `reveal-entity` (scroll to the entity's first mention
 * and open its card), `step-mention` (keyboard command: open the next/previous mention's card),
 * `page-text` (for "Also mentioned"), `settings-changed` (ask the background again). Only this
 * extension's own contexts are answered; unknown or malformed messages are left alone.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseContentMessage } from '../../src/messages/content-messages';
import { MAX_RECOGNIZE_CHARS } from '../../src/messages/limits';
import type { PageStateResponse, PageTextResponse, RevealEntityResponse } from '../../src/messages/protocol';
import { guard } from './instrumentation';
import type { PageMention } from './mention-index';
import type { PageSession } from './page-session';
import { pageRoot, readPageTextInSlices } from './page-text';

/** What the page does on request (the card, and applying settings), wired in index.ts. */
export type PageActions = {
  reveal(mention: PageMention): void;
  step(direction: 1 | -1): void;
  /** The background announced a settings change. */
  settingsChanged(): void;
};

export function pageState(session: PageSession): PageStateResponse {
  const enabled = session.annotator.highlightingEnabled();
  return {
    hostname: location.hostname,
    enabled,
    counts: enabled ? session.mentions.mentionCounts() : {},
    current: !enabled || session.annotator.pageRead(),
  };
}

/** The page's text now, read in time slices, cut to what recognition takes. */
async function currentPageText(): Promise<PageTextResponse> {
  const root = pageRoot();
  const text = root ? (await readPageTextInSlices(root)).map.text : '';
  return { text: text.slice(0, MAX_RECOGNIZE_CHARS) };
}

export function handlePageMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  session: PageSession,
  actions: PageActions,
): Promise<PageStateResponse | RevealEntityResponse | PageTextResponse | boolean> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseContentMessage(message);
  switch (parsed?.type) {
    case 'page-state':
      return Promise.resolve(pageState(session));
    case 'reveal-entity': {
      const mention = session.mentions.firstMentionOf(parsed.entity);
      if (mention) guard('reveal-entity', () => actions.reveal(mention));
      return Promise.resolve({ revealed: mention !== undefined });
    }
    case 'page-text':
      // For the popup's "Also mentioned" (names found in the background); nothing when the site is off.
      // Read afresh on each request (a reader's action): no copy of the text is kept between passes.
      return session.annotator.highlightingEnabled() ? currentPageText() : Promise.resolve({ text: '' });
    case 'step-mention':
      guard('step-mention', () => actions.step(parsed.direction));
      return Promise.resolve(true);
    case 'settings-changed':
      actions.settingsChanged();
      return Promise.resolve(true);
    default:
      return undefined;
  }
}

/**
 * Answers through `sendResponse` + `return true` rather than by returning a promise: the content
 * bundle uses the browser's native API (no polyfill), and Chrome's native listeners cannot answer
 * with a promise.
 */
export function listenForPageMessages(session: PageSession, actions: PageActions): void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    const reply = handlePageMessage(message, sender, session, actions);
    if (!reply) return false;
    void reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(
    listener as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
}
