/**
 * "Now" for the popup. In test-hooks builds only, `storage.local` key `__testNow` (an ISO time)
 * fixes the clock so browser tests see stable countdowns; production builds drop this branch.
 */
import browser from 'webextension-polyfill';

/** Test-hooks builds only: the `storage.local` key that overrides the popup's clock. */
export const TEST_NOW_KEY = '__testNow';

export async function popupNow(): Promise<Date> {
  if (__TEST_HOOKS__) {
    const stored = (await browser.storage.local.get(TEST_NOW_KEY))[TEST_NOW_KEY];
    if (typeof stored === 'string' && !Number.isNaN(Date.parse(stored))) return new Date(stored);
  }
  return new Date();
}
