/**
 * Test-hooks builds only (the entry calls this inside `if (__TEST_HOOKS__)`): opens an
 * extension page in a tab on request of the content-script test bridge. Its message is not part
 * of the protocol, so it has a listener of its own beside the router, absent from production.
 */
import browser, { type Runtime } from 'webextension-polyfill';

const EXTENSION_PAGE = /^[a-z-]+\.html(\?[^#]*)?$/;

export function installBackgroundTestBridge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    const { type, path } = (message ?? {}) as { type?: unknown; path?: unknown };
    if (type !== 'test:open-extension-page' || typeof path !== 'string' || !EXTENSION_PAGE.test(path))
      return undefined;
    return browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => true);
  });
}
