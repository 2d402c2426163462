/**
 * Per-browser manifests from the one top-level `manifest.json` template.
 *
 * Chrome MV3 runs the background as a service worker; Firefox MV3 runs `background.scripts` in an
 * event page and needs a fixed add-on id. The same classic `background.js` serves both, with the
 * packages it loads on first use beside it (scripts/build/deferred-module.ts), which neither
 * browser's manifest lists: the background loads them itself.
 */

export const BROWSERS = ['chrome', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];

export const GECKO_ID = 'backstory@backstory.dev';
/** Firefox 140 (an ESR) is the first with the CSS Custom Highlight API, which the content script paints with. */
export const FIREFOX_MIN_VERSION = '140.0';
/**
 * Chrome 105 shipped the CSS Custom Highlight API and `checkVisibility()`; 137 is the first with
 * Ed25519 in WebCrypto, which checks signed knowledge packs.
 */
export const CHROME_MIN_VERSION = '137';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
export const BACKGROUND_FILE = 'background.js';
/**
 * The hover card's ES module, imported by the content script on first need
 * (`CARD_MODULE_FILE` in extension/content/lazy-card.ts): web-accessible on the pages the content
 * script runs on, as a content script's `import()` needs. Chromium serves it only under the
 * per-session dynamic URL (`use_dynamic_url`); Firefox's extension URLs carry a random per-install
 * UUID already (see docs/security.md).
 */
export const CARD_FILE = 'card.js';
/**
 * Packages the background bundle leaves out and loads on first use (scripts/build/deferred-module.ts):
 * compromise, used only by "also mentioned", would otherwise be loaded and compiled on every start
 * of the background.
 */
export const DEFERRED_BACKGROUND_PACKAGES: readonly string[] = ['compromise'];

/** The script a deferred package is written to, beside `background.js`. */
export function deferredScriptFile(packageName: string): string {
  return `${packageName.replace(/[^\w-]/g, '_')}.js`;
}

export type Manifest = Record<string, unknown>;

/** The match patterns of the template's content scripts (where the card module may be loaded). */
function contentScriptMatches(template: Manifest): string[] {
  const scripts = (template.content_scripts ?? []) as { matches?: string[] }[];
  return [...new Set(scripts.flatMap((script) => script.matches ?? []))];
}

/** The template plus the browser-specific keys, with `version` from package.json. */
export function manifestFor(template: Manifest, browser: Browser, version: string): Manifest {
  if (
    'background' in template ||
    'browser_specific_settings' in template ||
    'web_accessible_resources' in template
  ) {
    throw new Error(
      'manifest.json template must not set background, browser_specific_settings or web_accessible_resources (the build adds them)',
    );
  }
  const manifest: Manifest = { ...template, version };
  manifest.web_accessible_resources = [
    {
      resources: [CARD_FILE],
      matches: contentScriptMatches(template),
      ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
    },
  ];
  if (browser === 'chrome') {
    manifest.background = { service_worker: BACKGROUND_FILE };
    manifest.minimum_chrome_version = CHROME_MIN_VERSION;
  } else {
    manifest.background = { scripts: [BACKGROUND_FILE] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing about the reader is collected or sent (a subscribed pack is only downloaded).
        data_collection_permissions: { required: ['none'] },
      },
      // Android's first release with `data_collection_permissions`.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}
