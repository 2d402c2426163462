/**
 * The browser's own WebExtension namespace, standing in for `webextension-polyfill` in the content
 * script bundle (vite.config.ts aliases the import there; ~3 KB gzip saved on every page).
 *
 * Safe because content-side code uses only what both browsers provide natively in MV3: promise-
 * returning `runtime.sendMessage` and `storage.*`, `runtime.id`/`getURL`, event `addListener`. The one
 * thing the polyfill adds — a `runtime.onMessage` listener answering by returning a promise — is not
 * relied on: content listeners answer with `sendResponse` and `return true`, which works everywhere.
 */
import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };

const native = (globalThis as Namespaces).browser ?? (globalThis as Namespaces).chrome;
if (!native?.runtime) throw new Error('no WebExtension API in this context');

export default native;
