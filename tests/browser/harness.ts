/**
 * Real-browser test harness: a 127.0.0.1 page server with a request log, and launchers for
 * Debian's Chromium (playwright-core, `--load-extension`) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi, `browser.installExtension`) with the built extension loaded. Nothing here
 * downloads a browser.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Test-hooks builds (`npm run build -- --test-hooks`); browser tests load these. */
export const TEST_DIST = { chrome: join(ROOT, 'dist/test/chrome'), firefox: join(ROOT, 'dist/test/firefox') };
/** Production builds (`npm run build`). */
export const PROD_DIST = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
export const PAGES_DIR = join(ROOT, 'tests/pages');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The gecko id in the Firefox manifest. */
export const FIREFOX_EXTENSION_ID = 'backstory@backstory.dev';
/** Fixed through `extensions.webextensions.uuids`, so extension page URLs are known to tests. */
export const FIREFOX_EXTENSION_UUID = '5b7c3d1e-0f4a-4e2b-9c8d-b4c4510e0001';
/** Console errors the extension logs start with this prefix (see the content script). */
export const ERROR_PREFIX = '[Backstory]';

export type ColorScheme = 'light' | 'dark';

// ---------------------------------------------------------------------------------------------
// Page server

export type RouteBody =
  | string
  | Buffer
  | { body: string | Buffer; headers?: Record<string, string>; status?: number };
export type StaticServer = {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  /** Every path requested, in order. */
  requests: string[];
  /** Adds or replaces a route. */
  route(path: string, body: RouteBody): void;
  close(): Promise<void>;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `routes` (exact paths) and, failing those, files under `dir` (default `tests/pages`)
 * on 127.0.0.1 at a free port.
 */
export async function serveStatic(
  routes: Record<string, RouteBody> = {},
  options: { dir?: string } = {},
): Promise<StaticServer> {
  const table = new Map<string, RouteBody>(Object.entries(routes));
  const dir = resolve(options.dir ?? PAGES_DIR);
  const requests: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const routed = table.get(path);
    if (routed !== undefined) {
      const {
        body,
        headers = {},
        status = 200,
      } = typeof routed === 'string' || Buffer.isBuffer(routed) ? { body: routed } : routed;
      res.writeHead(status, {
        'content-type': contentType(path.endsWith('/') ? 'x.html' : path),
        ...headers,
      });
      res.end(body);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': contentType(file) });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    requests,
    route: (path, body) => void table.set(path, body),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** True for URLs a test page may load without leaving the machine. */
export function isLocalUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    if (protocol === 'chrome-extension:' || protocol === 'moz-extension:') return true;
    return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') && hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium

export type ChromiumSession = {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-fetch with `serviceWorker()` after a restart). */
  worker: Worker;
  serviceWorker(): Promise<Worker>;
  newPage(): Promise<PlaywrightPage>;
  /** Extension errors: `[Backstory]` console errors and errors from extension URLs, any page. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (they were aborted). */
  externalRequests: string[];
  close(): Promise<void>;
};

/**
 * How long a page load or a Playwright/Puppeteer action may take before it fails. Their default,
 * 30 s, was exceeded loading the 4 KB demo article from 127.0.0.1 at load average 38 (a shared
 * 2-core machine): a starved machine, not a verdict on the extension. Tests measure nothing with it;
 * each test's own deadline (vitest.config.ts) still ends a hang.
 */
export const NAVIGATION_DEADLINE_MS = 120_000;

export async function launchChromium(
  options: {
    dist?: string;
    userDataDir?: string;
    colorScheme?: ColorScheme;
    args?: string[];
    /** Default true; `npm start` shows the browser when a display is available. */
    headless?: boolean;
    /** The browser's UI language, e.g. "zh-CN" (see `chromiumUiLanguage`); default the machine's. */
    uiLanguage?: string;
  } = {},
): Promise<ChromiumSession> {
  const dist = options.dist ?? TEST_DIST.chrome;
  assertBuilt(dist);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(options.args ?? []),
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    ...(options.uiLanguage ? { env: chromiumUiLanguage(options.uiLanguage) } : {}),
  });
  // Deadlines for a starved machine, not speed checks (see NAVIGATION_DEADLINE_MS).
  context.setDefaultNavigationTimeout(NAVIGATION_DEADLINE_MS);
  context.setDefaultTimeout(NAVIGATION_DEADLINE_MS);
  const errors: string[] = [];
  const externalRequests: string[] = [];
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => {
      externalRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('console', (message) => {
    const location = message.location().url ?? '';
    const text = message.text();
    if (
      message.type() === 'error' &&
      (text.startsWith(ERROR_PREFIX) || location.startsWith('chrome-extension://'))
    ) {
      errors.push(`${location}: ${text}`);
    }
  });
  context.on('weberror', (error) => {
    const stack = error.error().stack ?? '';
    if (stack.includes('chrome-extension://')) errors.push(stack);
  });
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: NAVIGATION_DEADLINE_MS }));
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).hostname;
  if (options.uiLanguage) await expectUiLanguage(worker, options.uiLanguage, context);
  // Only our own extension's errors: saved pages may reference other extensions' URLs.
  const ownOrigin = `chrome-extension://${extensionId}/`;
  context.on('console', (message) => {
    const location = message.location().url ?? '';
    const text = message.text();
    if (message.type() === 'error' && (text.startsWith(ERROR_PREFIX) || location.startsWith(ownOrigin))) {
      errors.push(`${location}: ${text}`);
    }
  });
  context.on('weberror', (error) => {
    const stack = error.error().stack ?? '';
    if (stack.includes(ownOrigin)) errors.push(stack);
  });
  return {
    context,
    extensionId,
    worker,
    serviceWorker,
    newPage: () => context.newPage(),
    errors,
    externalRequests,
    close: async () => {
      await context.close();
      if (ownProfile) removeTempDir(userDataDir);
    },
  };
}

/**
 * Opens `path` of the extension (e.g. `popup.html?tab=3`) in a new tab created at its URL, and
 * returns the page once loaded. `newPage()` then `goto` would first start the tab on about:blank
 * in a renderer process of its own, which Chromium drops on the move to the extension's process:
 * one renderer start-up wasted per extension page (15 options pages: 19 renderers and 26.2–26.6
 * CPU-s that way, 4 renderers and 20.7–22.3 CPU-s this way; docs/testing.md). The page gets the same
 * context, viewport and listeners either way (Playwright holds a new tab until it has set them).
 * With no tab open to ask DevTools through, it falls back to `newPage()` and `goto`.
 */
export async function openChromiumExtensionPage(
  session: ChromiumSession,
  path: string,
): Promise<PlaywrightPage> {
  const url = `chrome-extension://${session.extensionId}/${path}`;
  const { context } = session;
  const asker = context.pages()[0];
  if (!asker) {
    const page = await session.newPage();
    await page.goto(url);
    return page;
  }
  const before = new Set(context.pages());
  const opened = context.waitForEvent('page', { predicate: (page) => !before.has(page) });
  const cdp = await context.newCDPSession(asker);
  try {
    await cdp.send('Target.createTarget', { url });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const page = await opened;
  const wanted = new URL(url).href;
  await page.waitForURL((at) => at.href === wanted, { waitUntil: 'load' });
  return page;
}

/**
 * Stops the extension's service worker through DevTools (a CDP session on `page`, any page of the
 * session) and waits until DevTools reports it stopped, at most `timeoutMs`.
 */
export async function stopServiceWorker(
  session: ChromiumSession,
  page: PlaywrightPage,
  timeoutMs = NAVIGATION_DEADLINE_MS,
): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + timeoutMs;
  while (!statuses.includes('stopped')) {
    if (Date.now() > deadline)
      throw new Error(`the service worker did not stop; statuses: ${statuses.join(', ')}`);
    await sleep(100);
  }
  await cdp.detach();
}

/**
 * The environment that sets Chromium's UI language on Linux, where `--lang` alone is ignored: the
 * `LANGUAGE` variable (glibc's form, "zh_CN"). Chromium uses it only when it ships that locale's
 * resources (Debian: the `chromium-l10n` package), else it stays in English.
 */
export function chromiumUiLanguage(tag: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, LANGUAGE: tag.replace('-', '_') };
}

async function expectUiLanguage(worker: Worker, wanted: string, context: BrowserContext): Promise<void> {
  type I18n = { i18n: { getUILanguage(): string } };
  const actual = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: I18n }).chrome.i18n.getUILanguage(),
  );
  if (actual === wanted) return;
  await context.close();
  throw new Error(
    `Chromium's UI language is ${actual}, not ${wanted}: its ${wanted} resources are missing ` +
      `(Debian: apt-get install chromium-l10n; scripts/ensure-browsers.sh does it)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR

export type FirefoxSession = {
  browser: PuppeteerBrowser;
  /** `moz-extension://<uuid>` — extension pages are `${extensionBaseUrl}/popup.html` etc. */
  extensionBaseUrl: string;
  newPage(): Promise<PuppeteerPage>;
  /** `[Backstory]` console errors and page errors from extension URLs, on pages from `newPage()`. */
  errors: string[];
  /** Requests from pages opened with `newPage()` that tried to leave 127.0.0.1 (aborted). */
  externalRequests: string[];
  close(): Promise<void>;
};

/**
 * How long Firefox may take to start and print its WebDriver BiDi endpoint. Puppeteer's default,
 * 30 s, was exceeded once on a 2-core machine under load (a fresh-clone npm test); Playwright gives
 * Chromium 180 s.
 */
const FIREFOX_LAUNCH_TIMEOUT_MS = 90_000;

export async function launchFirefox(
  options: {
    dist?: string;
    profileDir?: string;
    colorScheme?: ColorScheme;
    headless?: boolean;
    /** More Firefox preferences for this launch. */
    prefs?: Record<string, unknown>;
    /** The browser's UI language, e.g. "zh-CN" (needs Firefox's language pack); default English. */
    uiLanguage?: string;
  } = {},
): Promise<FirefoxSession> {
  const dist = options.dist ?? TEST_DIST.firefox;
  assertBuilt(dist);
  if (options.uiLanguage) assertFirefoxLanguagePack(options.uiLanguage);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    timeout: FIREFOX_LAUNCH_TIMEOUT_MS,
    headless: options.headless ?? true,
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      // Keep storage across the reinstall a restart needs (installExtension installs temporarily).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // 0 = dark, 1 = light: what `prefers-color-scheme` reports to pages.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {}),
      ...options.prefs,
    },
  });
  await browser.installExtension(dist);
  const errors: string[] = [];
  const externalRequests: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultNavigationTimeout(NAVIGATION_DEADLINE_MS);
    page.setDefaultTimeout(NAVIGATION_DEADLINE_MS);
    page.on('console', (message) => {
      const text = message.text();
      const location = message.location().url ?? '';
      if (
        message.type() === 'error' &&
        (text.startsWith(ERROR_PREFIX) || location.startsWith('moz-extension://'))
      ) {
        errors.push(`${location}: ${text}`);
      }
    });
    page.on('pageerror', (error) => {
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (stack.includes(`moz-extension://${FIREFOX_EXTENSION_UUID}/`)) errors.push(stack);
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      // A tab closed mid-request rejects with "no such request"; that is not a test failure.
      if (isLocalUrl(request.url())) request.continue().catch(() => {});
      else {
        externalRequests.push(request.url());
        request.abort().catch(() => {});
      }
    });
    return page;
  };
  return {
    browser,
    extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    newPage,
    errors,
    externalRequests,
    close: () => browser.close(),
  };
}

/** Firefox shows a UI language only with its language pack installed beside the browser. */
function assertFirefoxLanguagePack(tag: string): void {
  if (tag.startsWith('en')) return;
  const dir = join(dirname(realpathSync(FIREFOX_PATH)), 'browser/extensions');
  const packs = existsSync(dir) ? readdirSync(dir) : [];
  if (!packs.some((file) => file.startsWith(`langpack-${tag}@`))) {
    throw new Error(
      `Firefox has no ${tag} language pack in ${dir} ` +
        `(Debian: apt-get install firefox-esr-l10n-${tag.toLowerCase()}; scripts/ensure-browsers.sh does it)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the extension's effect back from a page (works with Playwright and Puppeteer pages)

type EvaluatingPage = { evaluate<R>(fn: () => R | Promise<R>): Promise<R> };

export type PaintedHighlight = { name: string; text: string };

/** Every range in every `backstory-*` highlight, in registry then range order. */
export function readHighlights(page: EvaluatingPage): Promise<PaintedHighlight[]> {
  return page.evaluate(() => {
    const found: { name: string; text: string }[] = [];
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return found;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight) found.push({ name, text: (range as Range).toString() });
    }
    return found;
  });
}

/** Waits until `readHighlights` returns at least `min` ranges (default 1); returns them. */
export async function waitForHighlights(
  page: EvaluatingPage,
  options: { min?: number; timeoutMs?: number } = {},
): Promise<PaintedHighlight[]> {
  const min = options.min ?? 1;
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? 60_000);
  for (;;) {
    const found = await readHighlights(page);
    if (found.length >= min) return found;
    if (Date.now() > deadline) throw new Error(`expected ≥ ${min} highlighted ranges, found ${found.length}`);
    await sleep(pollDelay(started));
  }
}

/**
 * How many passes over the page the content script has finished (its `backstory:settled` mark,
 * test-hooks builds): painted, found nothing new, or found itself switched off.
 */
export function settledCount(page: EvaluatingPage): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('backstory:settled').length);
}

/**
 * Waits until the content script has finished more than `since` passes over the page (default 0:
 * at least one). The positive signal before asserting that nothing was painted.
 */
export async function waitForSettled(
  page: EvaluatingPage,
  options: { since?: number; timeoutMs?: number } = {},
): Promise<number> {
  const since = options.since ?? 0;
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? 60_000);
  for (;;) {
    const count = await settledCount(page).catch(() => since);
    if (count > since) return count;
    if (Date.now() > deadline)
      throw new Error(`the content script finished no pass over the page (${count} ≤ ${since})`);
    await sleep(pollDelay(started));
  }
}

/**
 * Removes a temporary directory (a browser profile, a copied build) after a test. A browser that has
 * just closed can still be writing its profile (seen: ENOTEMPTY from Firefox under load), so the
 * removal retries, and a directory that still cannot be removed is reported, not thrown: a leftover
 * folder in the system's temp directory is no verdict on the extension, and an `afterAll` that
 * throws fails every test of its file.
 */
export function removeTempDir(dir: string | undefined): void {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  } catch (error) {
    console.warn(`left a temporary directory behind: ${dir} (${(error as Error).message})`);
  }
}

/** How often a wait polls once its first second has passed (see `pollDelay`). */
export const SLOW_POLL_MS = 250;

/**
 * How long a wait sleeps before it polls again: `first` ms during the wait's first second, then
 * `SLOW_POLL_MS`. Each poll is a round trip into the browser (4–6 ms of CPU in Node, more in the
 * browser, and on a loaded 2-core machine every poll takes CPU from the other lanes); most waits
 * end within their first second, and a longer one gains nothing from ten polls a second.
 */
export function pollDelay(startedAt: number, first = 100): number {
  return Date.now() - startedAt < 1_000 ? first : SLOW_POLL_MS;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function assertBuilt(dist: string): void {
  try {
    statSync(join(dist, 'manifest.json'));
  } catch {
    throw new Error(
      `No built extension at ${dist}. Run \`npm run build -- --test-hooks\` (or \`npm run build\`) first.`,
    );
  }
}

/**
 * Firefox: opens an extension page (e.g. `popup.html?x=1`) in a new tab and returns it. WebDriver
 * BiDi may not navigate to moz-extension:// URLs, so `fromPage` (an http page where the content
 * script runs) asks the extension through the test bridge (test-hooks builds only; see
 * `extension/content/test-bridge.ts`). The new tab's target URL can lag, so pages are polled by
 * their `location.href`.
 */
/** How long `openFirefoxExtensionPage` waits before it asks again: past the content script's own tries. */
const BRIDGE_ASK_AGAIN_MS = 40_000;

export async function openFirefoxExtensionPage(
  session: FirefoxSession,
  fromPage: PuppeteerPage,
  path: string,
  timeoutMs = 90_000,
): Promise<PuppeteerPage> {
  const wanted = `${session.extensionBaseUrl}/${path}`;
  const before = new Set(await session.browser.pages());
  const ask = () =>
    fromPage.evaluate((p) => window.postMessage({ bridge: 'backstory-test-bridge', path: p }, '*'), path);
  await ask();
  const started = Date.now();
  const deadline = started + timeoutMs;
  // Asks again now and then: one request (five tries by the content script) was once lost at load
  // 14. A second tab that opens late is harmless; the first one found is returned.
  let askAgainAt = Date.now() + BRIDGE_ASK_AGAIN_MS;
  while (Date.now() < deadline) {
    if (Date.now() >= askAgainAt) {
      askAgainAt = Date.now() + BRIDGE_ASK_AGAIN_MS;
      await ask().catch(() => undefined);
    }
    for (const page of await session.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === wanted) return page;
    }
    await sleep(pollDelay(started));
  }
  throw new Error(`extension page ${path} did not open (is this a test-hooks build with the test bridge?)`);
}
