/**
 * Vite configurations for the extension's bundles. `scripts/build.ts` runs one build per entry:
 * - the content script and the background script as classic IIFE files (a classic script works as a
 *   Chrome MV3 service worker and as a Firefox MV3 `background.scripts` page script, and content
 *   scripts cannot be ES modules);
 * - the popup and options pages as one multi-page build, renamed to `popup.html` / `options.html`.
 *
 * The default export (used by a bare `vite build`) is the production page build into `dist/chrome`.
 */
import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { deferredModules } from './scripts/build/deferred-module';
import { type FirstOpening, firstOpening } from './scripts/build/first-opening';
import type { Browser } from './scripts/build/manifest';

const ROOT = import.meta.dirname;

/**
 * Where one build of the extension goes and whether test hooks are compiled in; `browser` for a
 * bundle built once per browser (content.js: extension/content/target-browser.ts).
 */
export type BuildFlavour = { outDir: string; testHooks: boolean; browser?: Browser };

/** The bundled packs as a new reader has them, read once per build run. */
let first: FirstOpening | undefined;

/** Compile-time constants; `__TEST_HOOKS__` gates every test-only code path (see extension/env.d.ts). */
function defines(flavour: BuildFlavour): Record<string, string> {
  first ??= firstOpening(resolve(ROOT, 'public'), new Date());
  return {
    __TEST_HOOKS__: JSON.stringify(flavour.testHooks),
    __TARGET_BROWSER__: flavour.browser ? JSON.stringify(flavour.browser) : 'undefined',
    __FIRST_OPENING_PACKS__: JSON.stringify(first.packs),
    __FIRST_OPENING_KNOWLEDGE__: JSON.stringify(first.knowledge),
    // Library builds leave `process.env.NODE_ENV` alone; Preact and others read it.
    'process.env.NODE_ENV': JSON.stringify('production'),
  };
}

/** Browsers the bundles must run in (MV3 minimums in manifest.json's per-browser settings). */
const BUNDLE_TARGET = ['chrome120', 'firefox128'];

/** Module specifier → replacement file, for one bundle. */
export type Aliases = Record<string, string>;

/**
 * The content script and the background go without `webextension-polyfill`: MV3 gives both
 * browsers promise-returning APIs (see extension/shared/native-browser.ts for why that is safe).
 */
export const NATIVE_BROWSER_ALIASES: Aliases = {
  'webextension-polyfill': resolve(ROOT, 'extension/shared/native-browser.ts'),
};

/** The same for the content script, looked up on first use (extension/content/lazy-browser.ts). */
export const CONTENT_BROWSER_ALIASES: Aliases = {
  'webextension-polyfill': resolve(ROOT, 'extension/content/lazy-browser.ts'),
};

/** What every bundle of a flavour shares: no config file, no public dir, the flavour's defines. */
function commonConfig(flavour: BuildFlavour): InlineConfig {
  return { root: ROOT, configFile: false, logLevel: 'warn', publicDir: false, define: defines(flavour) };
}

/** Build options every bundle shares: into the flavour's folder, minified, no maps. */
function commonBuild(flavour: BuildFlavour): NonNullable<InlineConfig['build']> {
  return {
    outDir: flavour.outDir,
    emptyOutDir: false,
    copyPublicDir: false,
    target: BUNDLE_TARGET,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  };
}

/**
 * A self-contained classic script (`content.js`, `background.js`) from one entry module, or with
 * `format: 'es'` a self-contained ES module (`card.js`, which the content script imports on first
 * need: extension/content/lazy-card.ts).
 */
export function scriptConfig(
  flavour: BuildFlavour,
  entry: string,
  fileName: string,
  aliases: Aliases = {},
  deferred: readonly string[] = [],
  format: 'iife' | 'es' = 'iife',
): InlineConfig {
  return {
    ...commonConfig(flavour),
    resolve: { alias: aliases },
    plugins: deferred.length > 0 ? [deferredModules(deferred)] : [],
    build: {
      ...commonBuild(flavour),
      // The deferred package's own bundling is most of the plugin time; that is expected.
      rolldownOptions: {
        ...(deferred.length > 0 ? { checks: { bundlerTimings: false } } : {}),
        // Vite leaves an ES library's whitespace and names for a later bundler; this one ships as is.
        ...(format === 'es' ? { output: { minify: true } } : {}),
      },
      lib: {
        entry: resolve(ROOT, entry),
        formats: [format],
        name: `backstory_${fileName.replace(/\W/g, '_')}`,
        fileName: () => fileName,
      },
    },
  };
}

/**
 * V8's per-file explicit compile hint (Chromium 136 and later; a comment to other engines): every
 * function in the file is compiled when the file is, instead of being pre-parsed then and parsed
 * again, one by one, on its first call. content.js is compiled afresh on every page (no code cache
 * for content scripts) and calls most of its functions on every first pass, so each such function
 * was parsed twice, in separate lazy compiles spread over the pass's tasks (docs/performance.md,
 * "Chromium's start-up: the content script compiled whole").
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The content script (`content.js`), with the compile hint as its first line. */
export function contentScriptConfig(flavour: BuildFlavour): InlineConfig {
  const config = scriptConfig(flavour, 'extension/content/index.ts', 'content.js', CONTENT_BROWSER_ALIASES);
  const build = config.build ?? {};
  return {
    ...config,
    build: {
      ...build,
      // After minification, which drops comments.
      rolldownOptions: { ...build.rolldownOptions, output: { postBanner: EAGER_COMPILE_HINT } },
    },
  };
}

/** The HTML pages: source path → built file name at the extension root. */
export type PageEntries = Record<string, string>;

/**
 * Vite names a built page after its source path (`extension/popup/index.html`); the extension wants
 * `popup.html` at its root. Asset URLs are absolute (`base: '/'`), which resolve to the extension's
 * root on `chrome-extension://` and `moz-extension://`, so moving the file breaks nothing.
 */
function renamePages(pages: PageEntries): Plugin {
  return {
    name: 'backstory-rename-pages',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [source, target] of Object.entries(pages)) {
        const output = bundle[source];
        if (!output) continue;
        output.fileName = target;
      }
    },
  };
}

/** The popup and options pages (Preact), built together so they share chunks. */
export function pagesConfig(flavour: BuildFlavour, pages: PageEntries): InlineConfig {
  const input = Object.fromEntries(
    Object.entries(pages).map(([source, target]) => [target.replace(/\.html$/, ''), resolve(ROOT, source)]),
  );
  return {
    ...commonConfig(flavour),
    base: '/',
    plugins: [renamePages(pages)],
    build: {
      ...commonBuild(flavour),
      modulePreload: false,
      rolldownOptions: {
        input,
        output: {
          entryFileNames: 'assets/[name].js',
          chunkFileNames: 'assets/[name].js',
          assetFileNames: 'assets/[name][extname]',
        },
      },
    },
  };
}

export const POPUP_AND_OPTIONS: PageEntries = {
  'extension/popup/index.html': 'popup.html',
  'extension/options/index.html': 'options.html',
};

export default defineConfig(pagesConfig({ outDir: 'dist/chrome', testHooks: false }, POPUP_AND_OPTIONS));
