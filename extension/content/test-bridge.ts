/**
 * Test-hooks builds only (the entry calls this inside `if (__TEST_HOOKS__)`, so production
 * bundles drop it): relays a page's request to open an extension page to the background.
 * Firefox's WebDriver BiDi may not navigate to moz-extension:// URLs, so browser tests ask the
 * extension itself to open its popup/options page in a tab.
 */
import browser from 'webextension-polyfill';

export const TEST_BRIDGE_MARKER = 'backstory-test-bridge';

export function installContentTestBridge(): void {
  window.addEventListener('message', (event) => {
    if (event.source !== window) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { bridge, path } = data as { bridge?: unknown; path?: unknown };
    if (bridge !== TEST_BRIDGE_MARKER || typeof path !== 'string') return;
    void openExtensionPage(path);
  });
}

/**
 * Tries for about half a minute: a background that is starting or stopping may miss a request,
 * and on a loaded 2-core machine (load 14) five tries a second apart were once not enough.
 */
const OPEN_ATTEMPTS = 30;
const OPEN_RETRY_MS = 1_000;

async function openExtensionPage(path: string): Promise<void> {
  for (let attempt = 1; attempt <= OPEN_ATTEMPTS; attempt++) {
    const opened: unknown = await browser.runtime
      .sendMessage({ type: 'test:open-extension-page', path })
      .catch(() => undefined);
    if (opened === true) return;
    await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS));
  }
}
