/**
 * The toolbar badge: how many distinct known names the content script found in each tab
 * (from its `page-report`), or nothing when `showBadge` is off.
 */
import browser from 'webextension-polyfill';
import type { Routes } from './router';
import { onSettingsChanged } from './settings-service';
import { readSettings } from './user-storage';

/** Most distinct names shown; beyond this the badge says "99+". */
const MAX_BADGE_COUNT = 99;
const BADGE_COLOR = '#3b4a6b';

/** Distinct entities per tab, as last reported (lost when the worker sleeps; reports come again on navigation). */
const distinctByTab = new Map<number, number>();

export function badgeText(distinct: number, showBadge: boolean): string {
  if (!showBadge || distinct <= 0) return '';
  return distinct > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(distinct);
}

async function paintBadge(tabId: number, distinct: number, showBadge: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(distinct, showBadge) }).catch(() => undefined);
}

async function onPageReport(tabId: number, counts: Record<string, number>): Promise<void> {
  const distinct = Object.values(counts).filter((n) => n > 0).length;
  distinctByTab.set(tabId, distinct);
  const { showBadge } = await readSettings();
  await paintBadge(tabId, distinct, showBadge);
}

export const badgeRoutes: Routes = {
  'page-report': {
    from: 'content',
    handle: (message, sender) => {
      if (sender.tab?.id !== undefined) void onPageReport(sender.tab.id, message.counts);
      return undefined;
    },
  },
};

export function registerBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
  browser.tabs.onRemoved.addListener((tabId: number) => void distinctByTab.delete(tabId));
  onSettingsChanged((settings) => {
    for (const [tabId, distinct] of distinctByTab) void paintBadge(tabId, distinct, settings.showBadge);
  });
  if (__TEST_HOOKS__) {
    Object.assign(globalThis, {
      backstoryBadgeForTest: async (tabId: number) => browser.action.getBadgeText({ tabId }),
    });
  }
}
