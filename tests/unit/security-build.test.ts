/**
 * Security review, build side (see docs/security.md): the production bundles as shipped.
 * Builds `dist/chrome` and `dist/firefox` first (`npm run build`, ~5 s) so the checks never read
 * a stale or missing build, unless `BACKSTORY_FRESH_BUILD=1` says the caller has just built them
 * (`scripts/test-all.sh` does, before any lane starts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectLockedDownManifest } from './locked-down-manifest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
const BUILD_TIMEOUT_MS = 280_000;

/** Network APIs no bundle may contain at all. */
const NETWORK_APIS = [
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bsendBeacon\b/,
  /\bEventSource\b/,
  /\bRTCPeerConnection\b/,
];
/**
 * `importScripts` only of a packaged script named by a literal (the deferred compromise,
 * scripts/build/deferred-module.ts), or in a `typeof` test.
 */
const ALLOWED_IMPORT_SCRIPTS = /^importScripts\((["'`])([\w-]+\.js)\1\)/;
/** Dynamic code, and the Node-only DOM (its modules are exempt from the source scan, so they must not ship). */
const CODE_SINKS = [
  /happy-?dom/i,
  /\bnew Function\s*\(/,
  /(^|[^.\w$])eval\s*\(/,
  /\bdocument\.write\b/,
  /\binsertAdjacentHTML\b/,
];
/** `fetch(` of a packaged file, through runtime.getURL. */
const ALLOWED_FETCH = /^fetch\(\s*[\w$.]*runtime\.getURL\(/;
/**
 * The one other `fetch(`: a subscribed pack (extension/background/packs/network.ts, which checks
 * the reader granted the URL's host on every call), in the background bundle only.
 */
const SUBSCRIPTION_FETCH = /^fetch\([\w$]+,[\w$]+\)/;
/**
 * URL literals the bundles may contain: XML namespaces (Preact creates SVG/MathML elements), the
 * Wikidata link base (an https link the user clicks), and bare scheme strings used in URL checks.
 * None is fetched.
 */
const ALLOWED_URL_LITERALS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'https://www.wikidata.org/wiki/',
  'http://',
  'https://',
]);
/** A URL literal right after this only feeds the URL parser. */
const URL_PARSE_PREFIX = 'new URL(`';
/** How far back from an `innerHTML` the Preact `__html` branch must start. */
const PREACT_HTML_WINDOW = 120;
/** Test-hook markers that must be compiled out of production bundles. */
const TEST_HOOK_MARKERS = [
  'backstory-test-bridge',
  'backstory:start',
  'backstory:painted',
  'backstory:task',
  'ForTest',
];

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(entry)) out.push(path);
  }
  return out;
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

beforeAll(() => {
  // `npm test` builds both bundles just before its lanes start and says so: no second build.
  if (process.env.BACKSTORY_FRESH_BUILD === '1') return;
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS });
}, BUILD_TIMEOUT_MS);

for (const [browser, dist] of Object.entries(BUILDS)) {
  describe(`${browser} production build`, () => {
    it('manifest: only the card module web-accessible, no CSP loosening, only justified permissions', () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(manifest.manifest_version).toBe(3);
      expectLockedDownManifest(manifest);
    });

    it('extension pages: only same-package script files, no inline script, handler or CSP meta', () => {
      for (const page of ['popup.html', 'options.html']) {
        const html = readFileSync(join(dist, page), 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        expect(scripts.length, page).toBeGreaterThan(0);
        for (const [, attributes, body] of scripts) {
          const src = /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '';
          expect(src, page).toMatch(/^\.?\/[\w./-]+\.js$/);
          expect((body ?? '').trim(), page).toBe('');
        }
        expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
        expect(html, page).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
        expect(html, page).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
      }
    });

    it('bundles: no network API, no dynamic code, fetch only of packaged files', () => {
      const bundles = filesUnder(dist, /\.js$/);
      expect(bundles.map((f) => relative(dist, f))).toEqual(
        expect.arrayContaining(['background.js', 'content.js']),
      );
      for (const file of bundles) {
        const code = readFileSync(file, 'utf8');
        const name = relative(dist, file);
        for (const api of NETWORK_APIS) expect(api.test(code), `${name}: ${api}`).toBe(false);
        for (const sink of CODE_SINKS) expect(sink.test(code), `${name}: ${sink}`).toBe(false);
        // A script element (Firefox's event page adding the deferred compromise) loads a packaged
        // file named by a literal.
        for (const at of occurrences(code, 'createElement(')) {
          const call = code.slice(at, at + 120);
          if (!/^createElement\(\s*["'`]script/i.test(call)) continue;
          const src = /^createElement\((["'`])script\1\);?\s*[\w$]+\.src\s*=\s*(["'`])([\w-]+\.js)\2/.exec(
            call,
          );
          expect(src?.[3] && existsSync(join(dist, src[3])), `${name}: ${call}`).toBe(true);
        }
        for (const at of occurrences(code, 'importScripts')) {
          if (code.slice(at - 'typeof '.length, at) === 'typeof ') continue;
          const call = ALLOWED_IMPORT_SCRIPTS.exec(code.slice(at, at + 80));
          expect(call?.[2] && existsSync(join(dist, call[2])), `${name}: ${code.slice(at, at + 80)}`).toBe(
            true,
          );
        }
        const subscriptionFetches: string[] = [];
        for (const at of occurrences(code, 'fetch(')) {
          if (/[\w$.]/.test(code[at - 1] ?? '')) continue; // e.g. `prefetch(` or `x.fetch(` is not the global
          const call = code.slice(at, at + 80);
          if (name === 'background.js' && SUBSCRIPTION_FETCH.test(call)) subscriptionFetches.push(call);
          else expect(call, name).toMatch(ALLOWED_FETCH);
        }
        expect(subscriptionFetches.length, name).toBeLessThanOrEqual(1);
        for (const match of code.matchAll(/https?:\/\/[^\s"'`)\\]*/g)) {
          // `new URL(\`http://${host}\`)` only parses a hostname the user typed.
          if (
            code.slice(Math.max(0, match.index - URL_PARSE_PREFIX.length), match.index) === URL_PARSE_PREFIX
          )
            continue;
          expect(ALLOWED_URL_LITERALS, `${name}: ${match[0]}`).toContain(match[0]);
        }
      }
    });

    it('bundles: innerHTML appears only in Preact’s own dangerouslySetInnerHTML branch', () => {
      // The source test forbids dangerouslySetInnerHTML, so this library branch is never taken.
      for (const file of filesUnder(dist, /\.js$/)) {
        const code = readFileSync(file, 'utf8');
        for (const at of occurrences(code, 'innerHTML')) {
          expect(code.slice(Math.max(0, at - PREACT_HTML_WINDOW), at), relative(dist, file)).toContain(
            '__html',
          );
        }
      }
    });

    it('bundles: no test-hook code', () => {
      for (const file of filesUnder(dist, /\.js$/)) {
        const code = readFileSync(file, 'utf8');
        for (const marker of TEST_HOOK_MARKERS)
          expect(code.includes(marker), `${relative(dist, file)}: ${marker}`).toBe(false);
      }
    });
  });
}
