/**
 * Whether Backstory can run on a tab's page, and if not, why — in words for the popup.
 * The content script is declared for http and https pages only; browsers also keep extensions
 * out of their own pages and their add-on stores.
 */
import type { MessageRef } from '../i18n/messages';

/** Add-on stores where browsers never run extension content scripts. */
const STORE_PAGES: readonly { host: string; pathPrefix: string; name: string }[] = [
  { host: 'chrome.google.com', pathPrefix: '/webstore', name: 'Chrome Web Store' },
  { host: 'chromewebstore.google.com', pathPrefix: '/', name: 'Chrome Web Store' },
  { host: 'addons.mozilla.org', pathPrefix: '/', name: 'Firefox Add-ons' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons', name: 'Edge Add-ons' },
];

const BROWSER_PAGE_SCHEMES = new Set([
  'chrome:',
  'about:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'chrome-extension:',
  'moz-extension:',
  'resource:',
  'devtools:',
  'chrome-search:',
  'chrome-untrusted:',
]);

/** `reason`: why Backstory cannot run there, as a message for the reader (see src/i18n). */
export type PageAccess = { ok: true; hostname: string } | { ok: false; reason: MessageRef };

/** Decides from the tab's URL; an unknown URL (no permission to see it) is left to the caller. */
export function pageAccess(url: string): PageAccess {
  if (url.startsWith('view-source:')) {
    return { ok: false, reason: { key: 'pageViewSource' } };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: { key: 'pageNoWebPage' } };
  }
  if (BROWSER_PAGE_SCHEMES.has(parsed.protocol)) {
    return { ok: false, reason: { key: 'pageBrowserPage' } };
  }
  if (parsed.protocol === 'file:') {
    return { ok: false, reason: { key: 'pageFile' } };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: { key: 'pageOtherScheme', values: [parsed.protocol] } };
  }
  const store = STORE_PAGES.find(
    (s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.pathPrefix),
  );
  if (store) return { ok: false, reason: { key: 'pageStore', values: [store.name] } };
  return { ok: true, hostname: parsed.hostname.toLowerCase().replace(/\.+$/, '') };
}
