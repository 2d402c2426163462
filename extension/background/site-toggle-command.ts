/**
 * Keyboard command `toggle-site`: turns highlighting on/off for the active tab's site by adding
 * or removing its site exception. The content script hears of the settings change at once.
 */
import browser from 'webextension-polyfill';
import { isHighlightingEnabled } from '../../src/settings';
import { activeTabId, tabHostname } from './active-tab';
import { setSiteHighlighting } from './settings-service';
import { readSettings } from './user-storage';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

/** Toggles the site of `tabId`; resolves to the new state, or undefined where Backstory cannot run. */
export async function toggleSiteInTab(tabId: number): Promise<boolean | undefined> {
  const hostname = await tabHostname(tabId);
  if (hostname === undefined) return undefined;
  const enabled = !isHighlightingEnabled(await readSettings(), hostname);
  await setSiteHighlighting(hostname, enabled);
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
