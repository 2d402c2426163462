/**
 * The active tab and its site, for the background's commands. The tab's URL is visible after a
 * keyboard command (activeTab); otherwise the content script is asked (shared/tab-site.ts).
 */
import browser from 'webextension-polyfill';
import { tabSite } from '../shared/tab-site';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The hostname of the page in `tabId`, or undefined where Backstory cannot run. */
export async function tabHostname(tabId: number): Promise<string | undefined> {
  const site = await tabSite(tabId, false);
  return site.ok ? site.hostname : undefined;
}
