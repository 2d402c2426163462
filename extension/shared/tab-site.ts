/**
 * The site a tab shows, the one way the popup and the background's commands learn it: from the
 * tab's URL when the browser lets us see it (activeTab: the popup is open or a command was
 * pressed), else from the content script's `page-state` answer (it knows its own hostname).
 */
import browser from 'webextension-polyfill';
import type { MessageRef } from '../../src/i18n/messages';
import type { Message, PageStateResponse } from '../../src/messages/protocol';
import { pageAccess } from '../../src/settings';

/** The tab's site and, when asked for, what its content script reports; or why there is none. */
export type TabSite =
  | { ok: true; hostname: string; page: PageStateResponse | undefined }
  | { ok: false; reason: MessageRef };

/** The content script's `page-state` answer, or undefined when none runs there (or it is malformed). */
export async function askPageState(tabId: number): Promise<PageStateResponse | undefined> {
  const request: Message = { type: 'page-state' };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | PageStateResponse
    | undefined;
  return reply &&
    typeof reply.hostname === 'string' &&
    reply.hostname !== '' &&
    typeof reply.counts === 'object'
    ? reply
    : undefined;
}

/** `withPage`: also ask the content script for its state when the URL alone names the site. */
export async function tabSite(tabId: number, withPage: boolean): Promise<TabSite> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url) {
    const access = pageAccess(tab.url);
    if (!access.ok) return access;
    return { ok: true, hostname: access.hostname, page: withPage ? await askPageState(tabId) : undefined };
  }
  const page = await askPageState(tabId);
  return page
    ? { ok: true, hostname: page.hostname, page }
    : { ok: false, reason: { key: 'popupCannotRun' } };
}
