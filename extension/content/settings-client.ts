/**
 * The content script's view of the reader's settings, asked of the background (`get-settings`) so
 * that settings validation (valibot) stays out of the content bundle, which loads on every page.
 * The background answers with `readSettings()`: already validated, defaults for anything corrupt.
 */
import browser from 'webextension-polyfill';
import type { GetSettingsResponse, Message } from '../../src/messages/protocol';
import type { Settings } from '../../src/settings/site-rules';

/** The settings plus whether highlighting is on for this page's site (decided by the background). */
export type PageSettings = Settings & { enabledHere: boolean };

/** settings-store's `SETTINGS_PROBLEMS_KEY` (not imported: that module brings valibot along). */
export const PROBLEMS_KEY = 'settingsProblems';
const RETRIES = 3;
const RETRY_MS = 250;

/**
 * The current settings. Retries briefly (a background that is still starting may not answer
 * yet); rejects when the background never answers.
 */
export async function readSettings(attempt = 0): Promise<PageSettings> {
  try {
    const message: Message = { type: 'get-settings' };
    const reply = (await browser.runtime.sendMessage(message)) as GetSettingsResponse | undefined;
    // The background (this extension's own) sends validated settings.
    if (reply?.settings) return { ...reply.settings, enabledHere: reply.enabled === true };
    throw new Error('no settings from the background');
  } catch (error) {
    if (attempt >= RETRIES) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * (attempt + 1)));
    return readSettings(attempt + 1);
  }
}

/**
 * Calls `callback` with the new settings whenever stored settings may have changed (any storage
 * change but the background's problem record); only the latest of a burst is delivered. Returns a
 * function that stops listening.
 */
export function onSettingsChanged(callback: (settings: PageSettings) => void): () => void {
  let generation = 0;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (Object.keys(changes).every((key) => key === PROBLEMS_KEY)) return;
    const mine = ++generation;
    readSettings(RETRIES).then(
      (settings) => {
        if (mine === generation) callback(settings);
      },
      () => {}, // the background is gone (extension reloaded): nothing to apply
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
