/**
 * The browser's own WebExtension namespace, standing in for `webextension-polyfill` in the content
 * script and background bundles (vite.config.ts aliases the import there; ~3 KB gzip each).
 *
 * Safe because that code uses only what both browsers provide natively in MV3: promise-returning
 * `runtime.sendMessage`, `tabs.*`, `storage.*` and `action.*`, `runtime.id`/`getURL`, event
 * `addListener`. The one thing the polyfill adds — a `runtime.onMessage` listener answering by
 * returning a promise — is not relied on: the background's router and the content script's
 * listener answer with `sendResponse` and `return true`, which works everywhere.
 */
import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };

const native = (globalThis as Namespaces).browser ?? (globalThis as Namespaces).chrome;
if (!native?.runtime) throw new Error('no WebExtension API in this context');

export default native;
