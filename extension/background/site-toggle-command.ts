/**
 * Keyboard command `toggle-site`: turns highlighting on/off for the active tab's site by adding
 * or removing its site exception. The content script reacts to the settings change at once.
 */
import browser from 'webextension-polyfill';
import { isHighlightingEnabled, withSiteHighlighting } from '../../src/settings/schema';
import { readSettings, writeSettings } from '../shared/settings-store';
import { activeTabId, tabHostname } from './active-tab';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

/** Toggles the site of `tabId`; resolves to the new state, or undefined where Backstory cannot run. */
export async function toggleSiteInTab(tabId: number): Promise<boolean | undefined> {
  const hostname = await tabHostname(tabId);
  if (hostname === undefined) return undefined;
  const settings = await readSettings();
  const enabled = !isHighlightingEnabled(settings, hostname);
  await writeSettings({ siteExceptions: withSiteHighlighting(settings, hostname, enabled) });
  return enabled;
}

async function toggleActiveSite(): Promise<void> {
  const tabId = await activeTabId();
  if (tabId !== undefined) await toggleSiteInTab(tabId);
}

export function registerSiteToggleCommand(): void {
  browser.commands.onCommand.addListener((command: string) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    toggleActiveSite().catch((error: unknown) => console.warn('[Backstory] toggle-site failed:', error));
  });
  if (__TEST_HOOKS__) {
    // Tests call the command's handler from the service worker (commands cannot be pressed headless).
    Object.assign(globalThis, { backstoryToggleSiteForTest: toggleSiteInTab });
  }
}
