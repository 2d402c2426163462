/**
 * The browser this content bundle is built for (`__TARGET_BROWSER__`, vite.config.ts), so that each
 * browser's content.js holds only what that browser runs: a Chromium bundle leaves out Firefox's
 * walk from text to text and its text kept as chunks, a Firefox bundle the walk node by node. V8
 * parses every function of the file on every page, and compiles it all at once under a compile hint
 * (docs/performance.md, "Chromium's start-up"). Outside a build (unit tests) both are false.
 */
export const CHROMIUM_BUNDLE = typeof __TARGET_BROWSER__ !== 'undefined' && __TARGET_BROWSER__ === 'chrome';
/** A Firefox content script always runs in a sandbox seen through Xrays (time-slices.ts). */
export const FIREFOX_BUNDLE = typeof __TARGET_BROWSER__ !== 'undefined' && __TARGET_BROWSER__ === 'firefox';
