/**
 * The built extension (run `npm run build` and `npm run build -- --test-hooks` first): per-browser
 * manifests, files they reference, bundle shape and size, and test-hook code absent from production.
 * `web-ext lint` of the Firefox build is not here: `npm test` runs it once, first in its unit lane
 * (scripts/test-all.sh), and fails when it reports an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_GZIP_BUDGET_BYTES } from '../../scripts/build';
import { GECKO_ID } from '../../scripts/build/manifest';
import { EAGER_COMPILE_HINT } from '../../vite.config';
import { PROD_DIST, ROOT, TEST_DIST } from './harness';

type Manifest = {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  default_locale?: string;
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: unknown;
  background: { service_worker?: string; scripts?: string[]; type?: string };
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  content_scripts: { matches: string[]; js: string[]; css?: string[] }[];
  action: { default_popup: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  icons: Record<string, string>;
  commands: Record<string, unknown>;
};

const BROWSERS = ['chrome', 'firefox'] as const;
const DISTS = { production: PROD_DIST, test: TEST_DIST } as const;

/**
 * Strings that only test-hook code contains (each owner's marker): absent from production bundles,
 * present in test-hooks bundles — the second check keeps this list honest when hooks are renamed.
 */
const TEST_HOOK_MARKERS = [
  'backstory:task', // content script's measured tasks (instrumentation.ts)
  'backstory:start',
  'backstory:painted',
  'backstory:settled', // content: a pass over the page ended, painted or not (tests)
  'backstory:walk:', // content: which walk read the page (tests)
  'backstory-test-bridge', // content → background bridge for opening extension pages
  'test:open-extension-page',
  'backstory-card-test', // card stepping bridge
  'backstoryTestHooks', // background pack timings
  'backstoryToggleSiteForTest', // toggle-site handler
  'backstoryBadgeForTest', // badge reader
  '__testNow', // popup clock override
];

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function readManifest(dist: string): Manifest {
  const path = join(dist, 'manifest.json');
  if (!existsSync(path))
    throw new Error(`${path} missing: run \`npm run build\` and \`npm run build -- --test-hooks\``);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function scriptsIn(dist: string): { file: string; code: string }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(dist, file), 'utf8') }));
}

function referencedFiles(m: Manifest): string[] {
  return [
    ...(m.background.service_worker ? [m.background.service_worker] : []),
    ...(m.background.scripts ?? []),
    ...m.content_scripts.flatMap((c) => [...c.js, ...(c.css ?? [])]),
    'card.js', // imported by the content script (extension/content/lazy-card.ts)
    m.action.default_popup,
    m.options_ui.page,
    ...Object.values(m.icons),
    ...Object.values(m.action.default_icon),
    'knowledge.json',
    'packs/chip-controls.json',
  ];
}

describe.each(Object.entries(DISTS))('%s build', (_flavour, dists) => {
  describe.each(BROWSERS)('%s', (browser) => {
    const dist = dists[browser];
    const manifest = readManifest(dist);

    it('is MV3 with the package version and minimal permissions', () => {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.version).toBe(version);
      // `alarms` serves scheduled pack updates; reminders' `notifications` is optional, asked for
      // when the reader turns reminders on.
      expect(manifest.permissions).toEqual(['storage', 'activeTab', 'alarms']);
      expect(manifest.optional_permissions).toEqual(['notifications']);
      expect(manifest.default_locale).toBe('en');
      expect(existsSync(join(dist, '_locales/en/messages.json'))).toBe(true);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: ['card.js'],
          matches: ['http://*/*', 'https://*/*'],
          ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
        },
      ]);
      expect(manifest.content_security_policy).toBeUndefined(); // the default MV3 CSP
      expect(manifest.content_scripts).toEqual([
        expect.objectContaining({
          matches: ['http://*/*', 'https://*/*'],
          js: ['content.js'],
          css: ['content.css'],
        }),
      ]);
      expect(Object.keys(manifest.commands).sort()).toEqual([
        '_execute_action',
        'step-next-mention',
        'step-previous-mention',
        'toggle-site',
      ]);
    });

    it('declares the background the browser runs', () => {
      if (browser === 'chrome') {
        expect(manifest.background).toEqual({ service_worker: 'background.js' });
        expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(105); // Highlight API
        expect(manifest.browser_specific_settings).toBeUndefined();
      } else {
        expect(manifest.background).toEqual({ scripts: ['background.js'] });
        expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
        expect(
          Number.parseFloat(manifest.browser_specific_settings?.gecko?.strict_min_version ?? '0'),
        ).toBeGreaterThanOrEqual(
          140, // Highlight API
        );
      }
    });

    it('contains every file the manifest names', () => {
      const missing = referencedFiles(manifest).filter((file) => !existsSync(join(dist, file)));
      expect(missing).toEqual([]);
    });

    it('ships content.js, background.js and compromise.js as classic scripts (no import/export)', () => {
      for (const file of ['content.js', 'background.js', 'compromise.js']) {
        const code = readFileSync(join(dist, file), 'utf8');
        expect(() => new Script(code, { filename: file })).not.toThrow();
      }
    });

    it("starts content.js with V8's compile hint, which the minifier would drop", () => {
      const first = readFileSync(join(dist, 'content.js'), 'utf8').split('\n', 1)[0];
      expect(first).toBe(EAGER_COMPILE_HINT);
    });

    it('keeps the card out of content.js: Preact, the card input and styles are only in card.js', () => {
      const content = readFileSync(join(dist, 'content.js'), 'utf8');
      const card = readFileSync(join(dist, 'card.js'), 'utf8');
      for (const marker of ['__html', 'card:hit-test', ':host{all:initial']) {
        expect(card, marker).toContain(marker);
        expect(content, marker).not.toContain(marker);
      }
      expect(content).toContain('card.js');
      expect(card).toMatch(/\bexport\s*\{[^}]*\binstallCard\b/);
    });

    it('keeps the pack and compromise out of content.js', () => {
      const content = readFileSync(join(dist, 'content.js'), 'utf8');
      const pack = JSON.parse(readFileSync(join(dist, 'knowledge.json'), 'utf8')) as {
        entities: { name: string; description: string }[];
      };
      const leaked = pack.entities.filter((e) => content.includes(e.description) || content.includes(e.name));
      expect(leaked.map((e) => e.name)).toEqual([]);
      expect(content).not.toMatch(/compromise/i);
    });

    it('keeps compromise in its own script, out of background.js (loaded on first use)', () => {
      // A tag name of compromise's model: in its code wherever the minifier puts it.
      expect(readFileSync(join(dist, 'compromise.js'), 'utf8')).toContain('Possessive');
      expect(readFileSync(join(dist, 'background.js'), 'utf8')).not.toContain('Possessive');
    });
  });
});

describe('test hooks', () => {
  it.each(BROWSERS)('are absent from every production %s script', (browser) => {
    const found = scriptsIn(PROD_DIST[browser]).flatMap(({ file, code }) =>
      TEST_HOOK_MARKERS.filter((marker) => code.includes(marker)).map((marker) => `${file}: ${marker}`),
    );
    expect(found).toEqual([]);
  });

  it.each(BROWSERS)('are present in the test-hooks %s build', (browser) => {
    const all = scriptsIn(TEST_DIST[browser])
      .map((s) => s.code)
      .join('\n');
    expect(TEST_HOOK_MARKERS.filter((marker) => !all.includes(marker))).toEqual([]);
  });
});

/**
 * Each browser's content.js holds only the walk that browser runs (extension/content/target-browser.ts):
 * V8 parses, and under a compile hint compiles, every function of the file on every page. The walk's
 * name (`markWalk`) is in test-hooks bundles only; the text walk's `createTreeWalker` in both.
 */
describe("each browser's content.js", () => {
  const WALKS = { chrome: 'node-by-node', firefox: 'text-to-text' } as const;
  it.each(BROWSERS)('holds only the %s walk', (browser) => {
    const content = readFileSync(join(TEST_DIST[browser], 'content.js'), 'utf8');
    const other = browser === 'chrome' ? 'firefox' : 'chrome';
    expect(content).toContain(WALKS[browser]);
    expect(content).not.toContain(WALKS[other]);
  });

  it("leaves Firefox's text walk out of Chrome's production bundle", () => {
    const read = (browser: 'chrome' | 'firefox') =>
      readFileSync(join(PROD_DIST[browser], 'content.js'), 'utf8');
    expect(read('firefox')).toContain('createTreeWalker');
    expect(read('chrome')).not.toContain('createTreeWalker');
  });
});

describe('content.js size', () => {
  it(`is at most ${CONTENT_GZIP_BUDGET_BYTES} bytes gzip in production`, () => {
    const gzipBytes = gzipSync(readFileSync(join(PROD_DIST.chrome, 'content.js')), { level: 9 }).length;
    console.log(`content.js: ${gzipBytes} B gzip (budget ${CONTENT_GZIP_BUDGET_BYTES} B)`);
    expect(gzipBytes).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET_BYTES);
  });
});
