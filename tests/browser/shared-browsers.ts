/**
 * One Chromium and one Firefox ESR per Vitest worker, shared by the browser files that run in it
 * (the browser project runs its files one after another in one worker: `isolate: false`,
 * `fileParallelism: false` in vitest.config.ts). A launch with the extension costs 5–6 CPU-s in
 * Chromium and 11–13 in Firefox (docs/testing.md); most files only need "a browser with the
 * freshly installed extension", so they take one of these instead of launching their own.
 *
 * A file gets the browser with `sharedChromium()` / `sharedFirefox()` and gives it back with the
 * session's `close()`, which resets the browser to what the launch left and fails the file when
 * anything is left over:
 * - every tab but one is closed, the one left shows a blank page; Chromium also forgets cookies
 *   and granted page permissions;
 * - the extension's storage (local, sync, session), alarms, optional permissions and IndexedDB
 *   databases (the packs) are cleared, and the extension is reloaded (`runtime.reload()`), which
 *   ends its background and everything it held in memory;
 * - then the extension's state is read again and compared with the one recorded right after the
 *   launch (`ExtensionState`): it must be the same, and the background must be a new one
 *   (`performance.timeOrigin` of the background changed). Otherwise `close()` throws with the
 *   difference, the browser is closed, and the next file launches a new one.
 *
 * Files that need a fresh profile, another build, other launch flags or a browser restart keep
 * their own launch (`launchChromium` / `launchFirefox`).
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  type ExtensionState,
  READ_STATE,
  RESET_EXTENSION,
  sameState,
  stateDifference,
} from './extension-state';
import {
  type ChromiumSession,
  type FirefoxSession,
  launchChromium,
  launchFirefox,
  NAVIGATION_DEADLINE_MS,
  openFirefoxExtensionPage,
  removeTempDir,
  type StaticServer,
  serveStatic,
  sleep,
  stopServiceWorker,
  TEST_DIST,
  waitForSettled,
} from './harness';
import { SHARED_DIR_ENV } from './shared-browsers-setup';

/** Firefox preferences of the shared launch: what the files that use it need. */
const SHARED_FIREFOX_PREFS = {
  // Optional permission requests are granted without a prompt (reader-pages asks for reminders).
  'extensions.webextOptionalPermissionPrompts': false,
};

type Shared<S> = { session: S; fresh: ExtensionState; inUse: boolean };

/**
 * `BACKSTORY_SHARED_BROWSERS=0`: every file launches its own browser (the same launch, build copy
 * and preferences) and closes it at the end, without the reset and its check: the other side of
 * the A/B that decides whether sharing pays (docs/testing.md).
 */
const SHARING = process.env.BACKSTORY_SHARED_BROWSERS !== '0';

/** A browser in a run folder of its own: launched now, closed (and its folder removed) by `close()`. */
async function ownBrowser<S extends { close(): Promise<void> }>(
  launch: (dir: string) => Promise<S>,
): Promise<S> {
  const dir = runDir();
  const session = await launch(dir);
  const close = session.close;
  session.close = async () => {
    await close();
    removeTempDir(dir);
  };
  return session;
}

/** The launches, shared or not: the test-hooks build copied into the run folder, a profile there. */
const launchOwnChromium = (dir: string) =>
  launchChromium({ dist: snapshot(dir, 'chrome'), userDataDir: join(dir, 'profile') });
const launchOwnFirefox = (dir: string) =>
  launchFirefox({
    dist: snapshot(dir, 'firefox'),
    profileDir: join(dir, 'profile'),
    prefs: SHARED_FIREFOX_PREFS,
  });

/** Where a worker keeps one shared browser: its launch, pending or done, until a reset fails. */
type Slot<S> = { shared?: Promise<Shared<S>> };
type SessionLogs = { close(): Promise<void>; errors: string[]; externalRequests: string[] };
const chromiumSlot: Slot<ChromiumSession> = {};
const firefoxSlot: Slot<FirefoxSession> = {};

/** Takes the slot's browser (launching it on first use) for one file, with its logs emptied. */
async function borrow<S extends SessionLogs>(
  slot: Slot<S>,
  launchShared: () => Promise<Shared<S>>,
  name: string,
): Promise<Shared<S>> {
  slot.shared ??= launchShared();
  let shared: Shared<S>;
  try {
    shared = await slot.shared;
  } catch (error) {
    slot.shared = undefined;
    throw error;
  }
  if (shared.inUse) throw new Error(`the shared ${name} is already in use by this file`);
  shared.inUse = true;
  shared.session.errors.length = 0;
  shared.session.externalRequests.length = 0;
  return shared;
}

/**
 * The borrowed session's `close()`: resets the browser for the next file; when the reset fails
 * (or finds something left over), closes it and empties the slot, so the next file launches anew.
 */
function giveBack<S extends SessionLogs>(
  slot: Slot<S>,
  shared: Shared<S>,
  reset: (shared: Shared<S>) => Promise<void>,
): () => Promise<void> {
  return async () => {
    try {
      await reset(shared);
      shared.inUse = false;
    } catch (error) {
      slot.shared = undefined;
      await shared.session.close().catch(() => undefined);
      throw error;
    }
  };
}
/** A page server for Firefox's reset: the test bridge needs an http page with the content script. */
let blankServer: Promise<StaticServer> | undefined;

function runDir(): string {
  const root = process.env[SHARED_DIR_ENV];
  if (root) {
    mkdirSync(root, { recursive: true });
    return mkdtempSync(join(root, 'run-'));
  }
  return mkdtempSync(join(tmpdir(), 'backstory-shared-'));
}

/** A private copy of the test-hooks build: a rebuild of dist/test during the run cannot touch it. */
function snapshot(dir: string, browser: 'chrome' | 'firefox'): string {
  const dist = join(dir, browser);
  cpSync(TEST_DIST[browser], dist, { recursive: true });
  return dist;
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** The extension's service worker whose `performance.timeOrigin` differs from `notFrom`. */
async function currentWorker(session: ChromiumSession, notFrom?: number): Promise<Worker> {
  const deadline = Date.now() + NAVIGATION_DEADLINE_MS;
  for (;;) {
    for (const worker of session.context.serviceWorkers()) {
      if (!worker.url().startsWith(`chrome-extension://${session.extensionId}/`)) continue;
      const origin = await worker.evaluate(() => performance.timeOrigin).catch(() => undefined);
      if (origin !== undefined && origin !== notFrom) return worker;
    }
    if (Date.now() > deadline)
      throw new Error('the extension service worker did not come back after a reload');
    await sleep(200);
  }
}

async function chromiumState(worker: Worker): Promise<ExtensionState> {
  return worker.evaluate(READ_STATE);
}

/** Waits until the extension's state stops changing (the background's start-up writes) and returns it. */
async function settledState(read: () => Promise<ExtensionState>): Promise<ExtensionState> {
  const deadline = Date.now() + NAVIGATION_DEADLINE_MS;
  let last = await read();
  for (;;) {
    await sleep(500);
    const next = await read();
    if (sameState(last, next)) return next;
    if (Date.now() > deadline) throw new Error('the extension state kept changing after a launch');
    last = next;
  }
}

/** Polls until `read()` equals `fresh`; throws with the difference at the deadline. */
async function expectFresh(
  read: () => Promise<ExtensionState>,
  fresh: ExtensionState,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (;;) {
    const now = await read();
    if (sameState(now, fresh)) return;
    if (Date.now() > deadline) {
      throw new Error(`the shared browser was left changed by this file: ${stateDifference(fresh, now)}`);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 1_000);
  }
}

async function launchSharedChromium(): Promise<Shared<ChromiumSession>> {
  const session = await ownBrowser(launchOwnChromium);
  const worker = await currentWorker(session);
  await worker.evaluate(() => (globalThis as unknown as Hooks).backstoryTestHooks.packTimings());
  const fresh = await settledState(() => chromiumState(worker));
  return { session, fresh, inUse: false };
}

type Hooks = { backstoryTestHooks: { packTimings(): Promise<{ workerStartedAt: number }> } };

/** Ends the extension's service worker (and all it held in memory) and starts a new one. */
async function restartServiceWorker(session: ChromiumSession, page: PlaywrightPage): Promise<void> {
  await stopServiceWorker(session, page);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });
  await cdp.detach();
}

async function resetChromium(shared: Shared<ChromiumSession>): Promise<void> {
  const { context } = shared.session;
  const pages = context.pages();
  const keep: PlaywrightPage = pages[0] ?? (await context.newPage());
  for (const page of pages) if (page !== keep) await page.close();
  await keep.goto('about:blank');
  await context.clearCookies();
  await context.clearPermissions();
  const before = await currentWorker(shared.session);
  const startedAt = await before.evaluate(() => performance.timeOrigin);
  await before.evaluate(RESET_EXTENSION, { reload: false, keep: shared.fresh.permissions });
  await restartServiceWorker(shared.session, keep);
  const worker = await currentWorker(shared.session, startedAt);
  await worker.evaluate(() => (globalThis as unknown as Hooks).backstoryTestHooks.packTimings());
  await expectFresh(() => chromiumState(worker), shared.fresh);
  if (context.pages().length !== 1) throw new Error(`${context.pages().length} tabs open after the reset`);
  if ((await context.cookies()).length > 0) throw new Error('cookies left after the reset');
}

/**
 * The worker's shared Chromium with the test-hooks build's extension, freshly installed or reset to
 * that. `close()` resets it (and throws when the file left anything the reset could not clear).
 */
export async function sharedChromium(): Promise<ChromiumSession> {
  if (!SHARING) return ownBrowser(launchOwnChromium);
  const shared = await borrow(chromiumSlot, launchSharedChromium, 'Chromium');
  const worker = await currentWorker(shared.session);
  return { ...shared.session, worker, close: giveBack(chromiumSlot, shared, resetChromium) };
}

// ---------------------------------------------------------------------------------------------
// Firefox

/** Opens the options page through the test bridge from `from` (an http page), reads, closes it. */
async function withExtensionPage<R>(
  session: FirefoxSession,
  from: PuppeteerPage,
  work: (page: PuppeteerPage) => Promise<R>,
): Promise<R> {
  const page = await openFirefoxExtensionPage(session, from, 'options.html');
  try {
    return await work(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Loads a blank http page in `keep` (or a new tab) and waits for the content script's pass over it:
 * the test bridge needs a live content script. Right after a reload the extension may not be back
 * yet, so the page is loaded again until the content script shows.
 */
async function firefoxBlankPage(session: FirefoxSession, keep?: PuppeteerPage): Promise<PuppeteerPage> {
  blankServer ??= serveStatic({ '/blank.html': '<!doctype html><title>blank</title><p>blank</p>' });
  const server = await blankServer;
  const page = keep ?? (await session.newPage());
  for (let attempt = 1; ; attempt++) {
    await page.goto(server.url('/blank.html'));
    try {
      await waitForSettled(page, { timeoutMs: 10_000 });
      return page;
    } catch (error) {
      if (attempt >= 6) throw error;
    }
  }
}

/** Closes every tab but `keep`. */
async function closeOtherPages(session: FirefoxSession, keep: PuppeteerPage): Promise<void> {
  for (const page of await session.browser.pages())
    if (page !== keep) await page.close().catch(() => undefined);
}

const FIREFOX_BACKGROUND_STARTED = async () => {
  const background = (await (
    globalThis as unknown as { browser: BackgroundApi }
  ).browser.runtime.getBackgroundPage()) as unknown as Hooks;
  return (await background.backstoryTestHooks.packTimings()).workerStartedAt;
};
type BackgroundApi = { runtime: { getBackgroundPage(): Promise<unknown> } };

async function launchSharedFirefox(): Promise<Shared<FirefoxSession>> {
  const session = await ownBrowser(launchOwnFirefox);
  const [first] = await session.browser.pages();
  const blank = await firefoxBlankPage(session, first);
  await closeOtherPages(session, blank);
  const fresh = await withExtensionPage(session, blank, async (page) => {
    await page.evaluate(FIREFOX_BACKGROUND_STARTED);
    return settledState(() => page.evaluate(READ_STATE));
  });
  return { session, fresh, inUse: false };
}

/** How long each check of a reset Firefox waits for the fresh state, and how many checks it makes. */
const FIREFOX_FRESH_ATTEMPT_MS = 15_000;
const FIREFOX_FRESH_ATTEMPTS = 3;

async function resetFirefox(shared: Shared<FirefoxSession>): Promise<void> {
  const { session } = shared;
  const [first] = await session.browser.pages();
  const blank = await firefoxBlankPage(session, first);
  await closeOtherPages(session, blank);
  const startedAt = await withExtensionPage(session, blank, async (page) => {
    const started = await page.evaluate(FIREFOX_BACKGROUND_STARTED);
    await page.evaluate(RESET_EXTENSION, { reload: true, keep: shared.fresh.permissions });
    // The reload ends the page's extension context: wait for that before closing the page.
    const deadline = Date.now() + 30_000;
    while (
      Date.now() < deadline &&
      (await page
        .evaluate(() => typeof (globalThis as { browser?: unknown }).browser)
        .catch(() => 'gone')) === 'object'
    )
      await sleep(100);
    return started;
  });
  await closeOtherPages(session, blank);
  await firefoxBlankPage(session, blank);
  // A tab that Puppeteer listed only after closeOtherPages ran (one a test's page opened as the
  // file ended) is closed on the next attempt; any other difference stays through every attempt.
  for (let attempt = 1; ; attempt++) {
    try {
      await withExtensionPage(session, blank, async (page) => {
        const started = await page.evaluate(FIREFOX_BACKGROUND_STARTED);
        if (started === startedAt) throw new Error('the extension was not reloaded (same background)');
        await expectFresh(() => page.evaluate(READ_STATE), shared.fresh, FIREFOX_FRESH_ATTEMPT_MS);
      });
      break;
    } catch (error) {
      if (attempt >= FIREFOX_FRESH_ATTEMPTS) throw error;
      await closeOtherPages(session, blank);
    }
  }
  // The tab count is part of the state compared above (`tabs.query`, the options page included):
  // Puppeteer's own page list keeps an about:blank entry for each extension page opened through the
  // bridge, which is no tab.
  await closeOtherPages(session, blank);
}

/**
 * The worker's shared Firefox ESR with the test-hooks build's extension, freshly installed or
 * reset to that. `close()` resets it (and throws when the file left anything behind).
 */
export async function sharedFirefox(): Promise<FirefoxSession> {
  if (!SHARING) return ownBrowser(launchOwnFirefox);
  const shared = await borrow(firefoxSlot, launchSharedFirefox, 'Firefox');
  return { ...shared.session, close: giveBack(firefoxSlot, shared, resetFirefox) };
}
