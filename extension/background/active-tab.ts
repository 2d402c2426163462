/**
 * The active tab and its site, for the background's commands. The tab's URL is visible after a
 * keyboard command (activeTab); otherwise the content script is asked for the page's hostname.
 */
import browser from 'webextension-polyfill';
import type { Message, PageStateResponse } from '../../src/messages/protocol';
import { pageAccess } from '../../src/settings';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The hostname of the page in `tabId`, or undefined where Backstory cannot run. */
export async function tabHostname(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url) {
    const access = pageAccess(tab.url);
    return access.ok ? access.hostname : undefined;
  }
  const request: Message = { type: 'page-state' };
  const state = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | PageStateResponse
    | undefined;
  return typeof state?.hostname === 'string' && state.hostname !== '' ? state.hostname : undefined;
}
