/**
 * One small interface over a Playwright (Chromium) or Puppeteer (Firefox) tab, so the sweep, the
 * stress tests and the extension bench load and measure pages with the same code. Browsers are
 * launched by the shared test harness (`tests/browser/harness.ts`); this adds per-tab
 * attribution of extension errors and outside requests on top of the session-wide lists.
 */

import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  type ChromiumSession,
  ERROR_PREFIX,
  type FirefoxSession,
  isLocalUrl,
  launchChromium,
  launchFirefox,
  removeTempDir,
  TEST_DIST,
} from '../../tests/browser/harness';

export interface SweepTab {
  /** Runs `source` at document start in every frame of every later navigation. */
  addInitScript(source: string): Promise<void>;
  goto(url: string, timeoutMs: number): Promise<void>;
  /** Evaluates a JavaScript expression in the page's main world. */
  evaluate<R>(expression: string): Promise<R>;
  /** Extension errors seen in this tab since it opened. */
  errors: string[];
  /** Requests from this tab that tried to leave 127.0.0.1 (aborted by the harness). */
  outsideRequests: string[];
  close(): Promise<void>;
}

export interface SweepBrowser {
  name: 'chromium' | 'firefox';
  newTab(): Promise<SweepTab>;
  /** Session-wide extension errors (includes the background context), for a final check. */
  sessionErrors(): string[];
  /** Session-wide outside requests (includes requests no tab can be blamed for). */
  sessionOutsideRequests(): string[];
  close(): Promise<void>;
}

/** Playwright's text for a request aborted with 'blockedbyclient', as the harness does. */
const ROUTER_ABORT = 'ERR_BLOCKED_BY_CLIENT';

/**
 * An error of OUR extension: logged with the `[Backstory]` prefix, or located at our extension's
 * origin. Saved pages can reference other extensions' files (wikipedia-4 links a stylesheet at
 * another extension's chrome-extension:// URL, which fails as chrome-extension://invalid/); those
 * are not ours.
 */
export function isOwnExtensionError(extensionOrigin: string, text: string): boolean {
  return text.startsWith(ERROR_PREFIX) || text.includes(`${extensionOrigin}/`);
}

function consoleError(
  extensionOrigin: string,
  type: string,
  text: string,
  location: string,
): string | undefined {
  if (type !== 'error') return undefined;
  const line = `${location}: ${text}`;
  return text.startsWith(ERROR_PREFIX) || location.startsWith(`${extensionOrigin}/`) ? line : undefined;
}

export function chromiumTab(page: PlaywrightPage, extensionOrigin: string): SweepTab {
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  page.on('console', (message) => {
    const line = consoleError(extensionOrigin, message.type(), message.text(), message.location().url ?? '');
    if (line) errors.push(line);
  });
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes(`${extensionOrigin}/`)) errors.push(error.stack ?? error.message);
  });
  // Only requests the harness's router aborted count: the page's own outside requests are
  // already refused by its CSP (ERR_BLOCKED_BY_CSP) and never reach the network or the router.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (!isLocalUrl(request.url()) && reason.includes(ROUTER_ABORT)) outsideRequests.push(request.url());
  });
  return {
    addInitScript: async (source) => {
      await page.addInitScript(source);
    },
    goto: async (url, timeoutMs) => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    errors,
    outsideRequests,
    close: () => page.close(),
  };
}

function firefoxTab(page: PuppeteerPage, session: FirefoxSession): SweepTab {
  const extensionOrigin = session.extensionBaseUrl;
  const errors: string[] = [];
  page.on('console', (message) => {
    const line = consoleError(extensionOrigin, message.type(), message.text(), message.location().url ?? '');
    if (line) errors.push(line);
  });
  page.on('pageerror', (error) => {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (stack.includes(`${extensionOrigin}/`)) errors.push(stack);
  });
  // The harness intercepts every request of the tab, aborts the outside ones and logs them
  // session-wide; this tab's own are also kept here, so two tabs can be swept at once.
  const outsideRequests: string[] = [];
  page.on('request', (request) => {
    if (!isLocalUrl(request.url())) outsideRequests.push(request.url());
  });
  return {
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    goto: async (url, timeoutMs) => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    errors,
    outsideRequests,
    close: () => page.close(),
  };
}

/**
 * A private copy of a build for one run. Browsers read an unpacked extension from its folder
 * while running (Firefox's temporary add-ons in particular), and `npm run build` empties and
 * rewrites `dist/` — another build during a long sweep would otherwise show up as "Unable to load
 * script … content.js" errors that have nothing to do with the extension.
 */
function snapshotBuild(dist: string): { dir: string; remove(): void } {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension at ${dist}. Run \`npm run build -- --test-hooks\` first.`);
  }
  const root = mkdtempSync(join(tmpdir(), 'backstory-sweep-dist-'));
  const dir = join(root, 'extension');
  cpSync(dist, dir, { recursive: true });
  return { dir, remove: () => removeTempDir(root) };
}

/**
 * Chromium with a private copy of the build (`dist`, default the test-hooks build), or `session`, a
 * browser the caller launched (its `close()` is called on close; tests pass a shared browser).
 */
export async function openChromium(
  options: { dist?: string; session?: ChromiumSession } = {},
): Promise<SweepBrowser> {
  const build = options.session ? undefined : snapshotBuild(options.dist ?? TEST_DIST.chrome);
  const session: ChromiumSession = options.session ?? (await launchChromium({ dist: build?.dir }));
  const origin = `chrome-extension://${session.extensionId}`;
  return {
    name: 'chromium',
    newTab: async () => chromiumTab(await session.newPage(), origin),
    sessionErrors: () => session.errors.filter((e) => isOwnExtensionError(origin, e)),
    sessionOutsideRequests: () => [...session.externalRequests],
    close: async () => {
      await session.close();
      build?.remove();
    },
  };
}

/** Firefox ESR, as `openChromium`. */
export async function openFirefox(
  options: { dist?: string; session?: FirefoxSession } = {},
): Promise<SweepBrowser> {
  const build = options.session ? undefined : snapshotBuild(options.dist ?? TEST_DIST.firefox);
  const session: FirefoxSession = options.session ?? (await launchFirefox({ dist: build?.dir }));
  return {
    name: 'firefox',
    newTab: async () => firefoxTab(await session.newPage(), session),
    sessionErrors: () => session.errors.filter((e) => isOwnExtensionError(session.extensionBaseUrl, e)),
    sessionOutsideRequests: () => [...session.externalRequests],
    close: async () => {
      await session.close();
      build?.remove();
    },
  };
}
