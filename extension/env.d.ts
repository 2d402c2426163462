/**
 * Compile-time constants replaced by the build (see vite.config.ts).
 *
 * `__TEST_HOOKS__` is `true` only in `npm run build -- --test-hooks` (output `dist/test/…`); in the
 * production build it is `false`, so every `if (__TEST_HOOKS__) { … }` block is dead code and removed.
 */
declare const __TEST_HOOKS__: boolean;

/** A stylesheet imported as its (minified) text, e.g. the card's shadow-root CSS. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
