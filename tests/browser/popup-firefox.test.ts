/**
 * Popup, options page and settings storage in Firefox ESR (test-hooks build, WebDriver BiDi).
 * WebDriver BiDi cannot open the toolbar popup, so the popup is opened as a tab through the
 * harness's test bridge with `popup.html?tab=<id>` (accepted only in test-hooks builds) naming the
 * tab it describes. Storage is read and written from inside an extension page.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED } from '../support/qualified-pack';
import { loadInTab } from './card-helpers';
import {
  type FirefoxSession,
  launchFirefox,
  openFirefoxExtensionPage,
  removeTempDir,
  type StaticServer,
  serveStatic,
  TEST_DIST,
  waitForSettled,
} from './harness';
import {
  bundledPack,
  clockBeforeSoonest,
  expectedDeadlines,
  highlightCount,
  MALFORMED_SETTINGS_FILE,
  NEWS_ENTITIES,
  NEWS_PAGE,
  TEST_NOW_KEY,
  waitForLateUpdate,
  waitUntil,
} from './popup-helpers';

/** The extension API inside extension pages (no @types for `browser` as a global here). */
type StorageAreaApi = {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};
declare const browser: {
  storage: { sync: StorageAreaApi; local: StorageAreaApi };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: {
    getBackgroundPage(): Promise<{ backstoryToggleSiteForTest(tabId: number): Promise<boolean | undefined> }>;
  };
  tabs: { query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
};

const pack = bundledPack(TEST_DIST.firefox);
const FIXED_NOW = clockBeforeSoonest(pack);

let server: StaticServer;
let session: FirefoxSession;
let profileDir: string;
let tmpDir: string;
/** An extension page kept open to reach storage and tabs from inside the extension. */
let control: Page;
/**
 * The session's one web tab: every test loads its page in it (`loadInTab`), a new document each
 * time, instead of opening a new tab (each started a Firefox content process of its own).
 */
let tab: Page | undefined;

async function launch(): Promise<void> {
  session = await launchFirefox({ profileDir });
  tab = undefined;
  control = await openFirefoxExtensionPage(session, await newsPage(), 'options.html');
}

/** Loads `path` as a new document in the session's web tab (opened on first use). */
async function load(path: string): Promise<Page> {
  tab ??= await session.newPage();
  await loadInTab(tab, server.url(path));
  return tab;
}

async function newsPage(path = '/news.html'): Promise<Page> {
  const page = await load(path);
  await waitForPaint(page, NEWS_ENTITIES.length);
  return page;
}

/**
 * The news page the test before loaded, instead of loading it again: for a test that follows one
 * which left the page as loaded (it only read the page or the popup, or changed a setting the page
 * does not show). Loaded anew when the tab shows another page (a test run alone, `-t`).
 */
async function reuseNewsPage(): Promise<Page> {
  const path = await tab?.evaluate(() => location.pathname).catch(() => undefined);
  if (!tab || path !== '/news.html') return newsPage();
  await waitForPaint(tab, NEWS_ENTITIES.length);
  return tab;
}

/**
 * Brings the page to the front (the content script paints on animation frames, which background
 * tabs do not get) and waits for at least `min` highlighted ranges; on a timeout, says what the
 * page's content script did.
 */
async function waitForPaint(page: Page, min: number): Promise<void> {
  await page.bringToFront();
  try {
    await waitUntil(
      'highlights on the page',
      () => highlightCount(page),
      (n) => n >= min,
    );
  } catch (error) {
    const diagnosis = await page.evaluate(() => ({
      visibility: document.visibilityState,
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      tasks: performance
        .getEntriesByName('backstory:task')
        .map((m) => String((m as PerformanceMeasure).detail)),
    }));
    throw new Error(
      `${(error as Error).message}; page: ${JSON.stringify(diagnosis)}; errors: ${session.errors}`,
    );
  }
}

function syncSettings(): Promise<Record<string, unknown>> {
  return control.evaluate(() => browser.storage.sync.get(null));
}

async function tabIdOf(url: string): Promise<number> {
  const id = await control.evaluate(
    async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Attempts at opening the popup tab (see `popupFor`). */
const POPUP_OPEN_ATTEMPTS = 2;

/**
 * The popup, opened as a tab about the tab showing `page`. Now and then the page handle the
 * bridge hands back evaluates in a document with an empty body (the tab's initial document, it
 * seems); such a tab is closed and the popup opened once more.
 */
async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page.url());
  let lastBody = '';
  for (let attempt = 1; attempt <= POPUP_OPEN_ATTEMPTS; attempt++) {
    const popup = await openFirefoxExtensionPage(session, page, `popup.html?tab=${tabId}`);
    try {
      await popup.waitForSelector('.deadline', { timeout: 8_000 });
      return popup;
    } catch {
      lastBody = await popup
        .evaluate(() => `${location.href} ${document.readyState} body: ${document.body?.innerHTML}`)
        .catch((e: unknown) => String(e));
      await popup.close().catch(() => undefined);
    }
  }
  throw new Error(`the popup did not render its deadlines: ${lastBody}`);
}

beforeAll(async () => {
  server = await serveStatic({ '/news.html': NEWS_PAGE });
  profileDir = mkdtempSync(join(tmpdir(), 'backstory-popup-firefox-'));
  tmpDir = mkdtempSync(join(tmpdir(), 'backstory-popup-files-'));
  await launch();
  await control.evaluate(([key, now]) => browser.storage.local.set({ [key]: now }), [
    TEST_NOW_KEY,
    FIXED_NOW,
  ] as const);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  for (const dir of [profileDir, tmpDir]) {
    removeTempDir(dir);
  }
});

describe('popup in Firefox', () => {
  it('lists deadlines most urgent first for a fixed clock, and expands one into its sourced timeline', async () => {
    const page = await newsPage();
    const popup = await popupFor(page);
    const { locale, timeZone } = await popup.evaluate(() => ({
      locale: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    expect(locale).toMatch(/^en\b/);
    const expected = expectedDeadlines(pack, FIXED_NOW, timeZone);
    const shown = await popup.$$eval('.deadline', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-deadline'),
        status: item.getAttribute('data-status'),
        relative: item.querySelector('.deadline-relative')?.textContent,
      })),
    );
    expect(shown).toEqual(expected);
    expect(shown[0]?.relative).toBe('in 3 days'); // the clock is three days before the soonest one

    await popup.focus('.deadline-head');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.deadline-details .timeline a');
    const rels = await popup.$$eval('.deadline-details .timeline a', (as) =>
      as.map((a) => a.getAttribute('rel')),
    );
    expect(rels.length).toBe(pack.deadlines.find((d) => d.id === shown[0]?.id)?.timeline.length);
    expect(new Set(rels)).toEqual(new Set(['noopener noreferrer']));
    await popup.close();
  });

  it('turns highlights off in the tab from the popup switch, keeps them off after reload, and back on', async () => {
    const page = await newsPage();
    let popup = await popupFor(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('.hostname', (e) => e.textContent)).toBe('127.0.0.1');
    await popup.click('#site-switch');
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    await popup.close();
    expect((await syncSettings())['sites.0']).toEqual(['127.0.0.1']);

    await page.reload();
    await page.bringToFront();
    await waitForSettled(page); // the content script read its settings and finished its pass
    expect(await highlightCount(page)).toBe(0);

    popup = await popupFor(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(false);
    await popup.click('#site-switch');
    await page.bringToFront();
    await waitUntil(
      'highlights to return',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
    await popup.close();
  });

  it('lists the demo article’s names and opens the chosen one’s card in the page', async () => {
    const page = await load('/demo-article.html');
    await page.bringToFront();
    await waitForPaint(page, 5);
    await waitForLateUpdate(page);
    const popup = await popupFor(page);
    await popup.waitForSelector('.found-entity');
    const found = await popup.$$eval('.found-entity', (bs) =>
      bs.map((b) => ({
        id: b.getAttribute('data-entity'),
        count: Number(b.querySelector('.count')?.firstChild?.textContent),
      })),
    );
    const ids = found.map((f) => f.id);
    for (const id of ['scott-bessent', 'he-lifeng', 'nvidia', 'jensen-huang'])
      expect(ids).toContain(`${BUNDLED}/${id}`);
    // Once in the visible late update; the hidden copy is not "on the page".
    expect(found.find((f) => f.id === `${BUNDLED}/howard-lutnick`)?.count).toBe(1);
    // The real popup floats over a visible page; this tab stand-in would hide the page, so the page
    // is brought to the front first and the popup's button is clicked from script.
    await page.bringToFront();
    await popup.evaluate(() =>
      document
        .querySelector<HTMLButtonElement>('.found-entity[data-entity="us-china-trade-tech/jensen-huang"]')
        ?.click(),
    );
    await waitUntil(
      'the card to open in the page',
      () =>
        page.evaluate(
          () => document.querySelector('[data-backstory-card-host]')?.shadowRoot?.textContent ?? '',
        ),
      (text) => text.includes('Jensen Huang'),
    );
    if (!popup.isClosed()) await popup.close();
  });

  it('lists names the pack does not know under “Also mentioned”', async () => {
    const page = await newsPage();
    const popup = await popupFor(page);
    const names = await waitUntil(
      'also-mentioned names',
      () => popup.$$eval('.also li', (items) => items.map((i) => i.textContent)),
      (list) => list.length > 0,
    );
    expect(names).toContain('Maria Delgado');
    expect(names).not.toContain('Scott Bessent');
    await popup.close();
  });
});

describe('badge and toggle-site command in Firefox', () => {
  it('shows the number of distinct names on the badge, and none when the badge is off', async () => {
    const page = await reuseNewsPage(); // "Also mentioned" only read it
    const tabId = await tabIdOf(page.url());
    const badge = () => control.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    await waitUntil('badge count', badge, (text) => text === String(NEWS_ENTITIES.length));
    await control.evaluate(() => browser.storage.sync.set({ showBadge: false }));
    await waitUntil('badge to clear', badge, (text) => text === '');
    await control.evaluate(() => browser.storage.sync.set({ showBadge: true }));
  });

  it('toggles the site through the toggle-site command handler in the background page', async () => {
    const page = await reuseNewsPage(); // the badge test only turned the badge off and on
    const tabId = await tabIdOf(page.url());
    const toggle = () =>
      control.evaluate(
        async (id) => (await browser.runtime.getBackgroundPage()).backstoryToggleSiteForTest(id),
        tabId,
      );
    expect(await toggle()).toBe(false);
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    expect(await toggle()).toBe(true);
    await waitForPaint(page, NEWS_ENTITIES.length);
  });
});

describe('options page in Firefox', () => {
  it('adding the site to the exception list turns the open tab off at once; removing it turns it back on', async () => {
    const page = await newsPage();
    const options = await openFirefoxExtensionPage(session, page, 'options.html');
    await options.waitForSelector('#add-site-input');
    await options.type('#add-site-input', '127.0.0.1');
    await options.keyboard.press('Enter');
    await options.waitForSelector('li[data-site="127.0.0.1"]');
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    await options.click('button[aria-label="Remove 127.0.0.1"]');
    await page.bringToFront();
    await waitUntil(
      'highlights to return',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
    await options.close();
  });

  it('replaces a corrupt stored value by its default, keeps the others, and reports it', async () => {
    await control.evaluate(() =>
      browser.storage.sync.set({ highlightStyle: 'background', entityTypes: 'everything', showBadge: false }),
    );
    const repaired = await waitUntil('the repair', syncSettings, (s) => Array.isArray(s.entityTypes));
    expect(repaired).toMatchObject({ highlightStyle: 'background', showBadge: false });
    expect((repaired.entityTypes as string[]).length).toBe(5);
    const page = await newsPage();
    const options = await openFirefoxExtensionPage(session, page, 'options.html');
    await options.waitForSelector('#stored-problems');
    expect(await options.$eval('#stored-problems', (e) => e.textContent)).toMatch(/entityTypes/);
    await options.close();
    await control.evaluate(() => browser.storage.sync.set({ highlightStyle: 'underline', showBadge: true }));
  });

  it('importing a malformed settings file changes nothing and says why', async () => {
    const page = await newsPage();
    const options = await openFirefoxExtensionPage(session, page, 'options.html');
    await options.waitForSelector('#import-settings');
    const before = await syncSettings();
    const file = join(tmpDir, 'bad-settings.json');
    writeFileSync(file, MALFORMED_SETTINGS_FILE);
    const input = await options.$('#import-settings');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await options.waitForSelector('#import-error');
    expect(await options.$eval('#import-error', (e) => e.textContent)).toMatch(
      /not imported.*highlightStyle/s,
    );
    expect(await syncSettings()).toEqual(before);
    await options.close();
  });
});

describe('settings across a browser restart (Firefox)', () => {
  it('keeps the site switch and other settings after the browser restarts', async () => {
    const page = await newsPage();
    const popup = await popupFor(page);
    await popup.waitForSelector('#site-switch');
    await popup.click('#site-switch');
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    await control.evaluate(() => browser.storage.sync.set({ hoverDelayMs: 900 }));
    await session.close();

    session = await launchFirefox({ profileDir });
    const again = await session.newPage();
    await again.goto(server.url('/news.html'));
    await again.bringToFront();
    await waitForSettled(again);
    expect(await highlightCount(again)).toBe(0);
    control = await openFirefoxExtensionPage(session, again, 'options.html');
    expect(await syncSettings()).toMatchObject({ hoverDelayMs: 900, 'sites.0': ['127.0.0.1'] });
    expect(session.errors).toEqual([]);
  });
});
