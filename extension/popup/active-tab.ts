/**
 * The tab the popup is about: the active tab of the popup's window. In test-hooks builds only,
 * `popup.html?tab=<id>` names the tab instead (Firefox tests cannot open the real popup).
 */
import browser from 'webextension-polyfill';
import type { MessageRef } from '../../src/i18n/messages';
import type { Message, PageStateResponse } from '../../src/messages/protocol';
import type { PageKey } from '../../src/popup/page-view';
import { tabSite } from '../shared/tab-site';

export type TabState =
  | { kind: 'page'; tabId: number; hostname: string; page: PageStateResponse | undefined }
  | { kind: 'unavailable'; reason: MessageRef };

async function targetTabId(): Promise<number | undefined> {
  if (__TEST_HOOKS__) {
    const param = new URLSearchParams(location.search).get('tab');
    if (param !== null && /^\d+$/.test(param)) return Number(param);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab the popup is about, and its address when the browser shows it (activeTab). */
export type TabTarget = Omit<PageKey, 'visit'>;

export async function readTabTarget(): Promise<TabTarget> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { tabId: null, url: '' };
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return { tabId, url: tab?.url ?? '' };
}

export async function readTabState(target: TabTarget): Promise<TabState> {
  const { tabId } = target;
  if (tabId === null) return { kind: 'unavailable', reason: { key: 'popupNoTab' } };
  const site = await tabSite(tabId, true);
  return site.ok
    ? { kind: 'page', tabId, hostname: site.hostname, page: site.page }
    : { kind: 'unavailable', reason: site.reason };
}

/** Asks the tab to scroll to the entity's first mention and open its card. */
export async function revealInTab(tabId: number, entity: string): Promise<boolean> {
  const request: Message = { type: 'reveal-entity', entity };
  const reply = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as
    | { revealed?: unknown }
    | undefined;
  return reply?.revealed === true;
}
