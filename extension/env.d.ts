/**
 * Compile-time constants replaced by the build (see vite.config.ts).
 *
 * `__TEST_HOOKS__` is `true` only in `npm run build -- --test-hooks` (output `dist/test/…`); in the
 * production build it is `false`, so every `if (__TEST_HOOKS__) { … }` block is dead code and removed.
 */
declare const __TEST_HOOKS__: boolean;

/**
 * The browser a content bundle is built for (`npm run build` builds content.js once per browser),
 * `undefined` for the other bundles; not defined at all outside a build (read it with `typeof`).
 */
declare const __TARGET_BROWSER__: 'chrome' | 'firefox' | undefined;

/**
 * What the background answers a new reader about the bundled packs (scripts/build/first-opening.ts):
 * laid out invisibly on an extension page's first opening to learn how much room to hold.
 */
declare const __FIRST_OPENING_PACKS__: import('../src/packs/summary').PackSummary[];
declare const __FIRST_OPENING_KNOWLEDGE__: import('../src/messages/protocol').PopupKnowledgeResponse;

/** A stylesheet imported as its (minified) text, e.g. the card's shadow-root CSS. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
