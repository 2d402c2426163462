/**
 * The WebExtension namespace for the content script (vite.config.ts aliases
 * `webextension-polyfill` to this file in the content bundle): the browser's own namespace, as in
 * extension/shared/native-browser.ts, but looked up on first use rather than while the bundle is
 * evaluated. The first touch of `chrome` makes Chromium build the extension API's bindings
 * (≈1.5–3 ms); the content script's first use is after it yields once (index.ts), so that cost
 * falls in a task of its own instead of lengthening the bundle's compile-and-evaluate task.
 */
import type Browser from 'webextension-polyfill';

type Namespaces = { browser?: typeof Browser; chrome?: typeof Browser };

let native: typeof Browser | undefined;

function namespace(): typeof Browser {
  native ??= (globalThis as Namespaces).browser ?? (globalThis as Namespaces).chrome;
  if (!native?.runtime) throw new Error('no WebExtension API in this context');
  return native;
}

const browser = new Proxy({} as typeof Browser, {
  get: (_target, key) => Reflect.get(namespace(), key),
});

export default browser;
