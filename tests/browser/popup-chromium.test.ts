/**
 * Popup, options page, toggle command, badge and settings storage in Chromium (test-hooks build).
 * The real toolbar popup is opened with `chrome.action.openPopup()` from the service worker and
 * driven through a puppeteer-core connection to the same browser (Playwright does not list popups).
 */

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED } from '../support/qualified-pack';
import { loadInTab } from './card-helpers';
import {
  type ChromiumSession,
  launchChromium,
  openChromiumExtensionPage,
  ROOT,
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
  NOT_JSON_FILE,
  TEST_NOW_KEY,
  waitForLateUpdate,
  waitUntil,
} from './popup-helpers';

/** The few extension APIs these tests call inside the service worker (no @types/chrome here). */
type StorageAreaApi = {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
};
declare const chrome: {
  storage: { sync: StorageAreaApi; local: StorageAreaApi };
  tabs: { query(query: Record<string, unknown>): Promise<{ id?: number }[]> };
  action: { openPopup(): Promise<void> };
};
/** Test-hooks globals of the background (extension/background/site-toggle-command.ts, badge.ts). */
type BackgroundTestGlobals = {
  backstoryToggleSiteForTest(tabId: number): Promise<boolean | undefined>;
  backstoryBadgeForTest(tabId: number): Promise<string>;
};

/** Screenshots go into `docs/screenshots/` only when asked (`BACKSTORY_SCREENSHOTS=1`), else into a temp folder. */
const SAVE_TO_DOCS = process.env.BACKSTORY_SCREENSHOTS === '1';
const pack = bundledPack(TEST_DIST.chrome);
const FIXED_NOW = clockBeforeSoonest(pack);

/** The pack's deadlines in the order the popup should list them at FIXED_NOW (UTC). */
function shownOrder() {
  return expectedDeadlines(pack, FIXED_NOW, 'UTC').map((d) => ({
    ...d,
    due: pack.deadlines.find((p) => p.id === d.id)?.due,
  }));
}

let server: StaticServer;
let session: ChromiumSession;
let cdp: PuppeteerBrowser;
let profileDir: string;
/**
 * The session's one web tab: every test loads its page in it (`loadInTab`), a new document each
 * time, instead of opening a new tab (each started a renderer of its own).
 */
let tab: PlaywrightPage | undefined;

async function launch(): Promise<void> {
  tab = undefined;
  session = await launchChromium({ userDataDir: profileDir, args: ['--remote-debugging-port=0'] });
  const port = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  cdp = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
}

async function shutdown(): Promise<void> {
  await cdp?.disconnect();
  await session?.close();
}

function storage<T>(fn: () => Promise<T>): Promise<T> {
  return session.worker.evaluate(fn);
}

async function syncSettings(): Promise<Record<string, unknown>> {
  return storage(() => chrome.storage.sync.get(null));
}

/** Fixes the popup's clock (test-hooks builds read `storage.local` `__testNow`). */
async function setClock(iso: string): Promise<void> {
  await session.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [
    TEST_NOW_KEY,
    iso,
  ] as const);
}

/** Loads `path` as a new document in the session's web tab (opened on first use). */
async function load(path: string): Promise<PlaywrightPage> {
  tab ??= await session.newPage();
  await loadInTab(tab, server.url(path));
  return tab;
}

async function newsPage(path = '/news.html'): Promise<PlaywrightPage> {
  return newsHighlighted(await load(path));
}

function newsHighlighted(page: PlaywrightPage): Promise<PlaywrightPage> {
  return waitUntil(
    'highlights on the news page',
    () => highlightCount(page),
    (n) => n >= NEWS_ENTITIES.length,
  ).then(() => page);
}

/**
 * The news page the test before loaded, instead of loading it again: for a test that follows one
 * which left the page as loaded (it only read the page or the popup, or changed a setting the page
 * does not show). Loaded anew when the tab shows another page (a test run alone, `-t`).
 */
async function reuseNewsPage(): Promise<PlaywrightPage> {
  const path = await tab?.evaluate(() => location.pathname).catch(() => undefined);
  if (!tab || path !== '/news.html') return newsPage();
  return newsHighlighted(tab);
}

/** Chromium's id for the tab showing `page` (URLs are hidden from the extension without activeTab). */
async function tabIdOf(page: PlaywrightPage): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Opens the real toolbar popup over `page` and returns it once rendered. */
async function openRealPopup(page: PlaywrightPage): Promise<PuppeteerPage> {
  await page.bringToFront();
  const before = new Set((await cdp.targets()).filter((t) => t.url().includes('popup.html')));
  await session.worker.evaluate(() => chrome.action.openPopup());
  const target = await cdp.waitForTarget((t) => t.url().includes('popup.html') && !before.has(t), {
    timeout: 10_000,
  });
  const popup = await target.asPage();
  await popup.waitForSelector('.deadline', { timeout: 10_000 });
  return popup;
}

async function closePopup(popup: PuppeteerPage): Promise<void> {
  await popup.evaluate(() => window.close()).catch(() => undefined);
}

/** Runs the `toggle-site` command's handler in the service worker for `tabId`. */
function toggleSiteViaCommand(tabId: number): Promise<boolean | undefined> {
  return session.worker.evaluate(
    (id) => (globalThis as unknown as BackgroundTestGlobals).backstoryToggleSiteForTest(id),
    tabId,
  );
}

function badgeTextOf(tabId: number): Promise<string> {
  return session.worker.evaluate(
    (id) => (globalThis as unknown as BackgroundTestGlobals).backstoryBadgeForTest(id),
    tabId,
  );
}

async function extensionPage(path: string): Promise<PlaywrightPage> {
  return openChromiumExtensionPage(session, path);
}

beforeAll(async () => {
  server = await serveStatic({ '/news.html': NEWS_PAGE, '/news-2.html': NEWS_PAGE });
  profileDir = mkdtempSync(join(tmpdir(), 'backstory-popup-chromium-'));
  await launch();
  await setClock(FIXED_NOW);
});

afterAll(async () => {
  await shutdown();
  await server?.close();
  removeTempDir(profileDir);
});

describe('popup in Chromium', () => {
  it('lists deadlines most urgent first for a fixed clock, with status, countdown and a timeline with sources', async () => {
    const page = await extensionPage('popup.html');
    await page.waitForSelector('.deadline');
    const { locale, timeZone } = await page.evaluate(() => ({
      locale: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    expect(locale).toMatch(/^en\b/);
    const expected = expectedDeadlines(pack, FIXED_NOW, timeZone);
    const shown = await page.$$eval('.deadline', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-deadline'),
        status: item.getAttribute('data-status'),
        chip: item.querySelector('.chip')?.textContent,
        due: item.querySelector('.deadline-due')?.textContent,
        relative: item.querySelector('.deadline-relative')?.textContent,
      })),
    );
    expect(shown.map((d) => d.id)).toEqual(expected.map((d) => d.id));
    expect(shown.map((d) => d.status)).toEqual(expected.map((d) => d.status));
    expect(shown.map((d) => d.relative)).toEqual(expected.map((d) => d.relative));
    // The due day with its weekday, e.g. "Due Tue, Nov 10, 2026" for 2026-11-10.
    for (const d of shown) {
      const due = pack.deadlines.find((p) => p.id === d.id)?.due ?? '';
      expect(d.due).toMatch(
        new RegExp(`^(Due|Was due|Settled) \\w{3}, \\w{3} ${Number(due.slice(8, 10))}, ${due.slice(0, 4)}$`),
      );
    }
    // The clock is three days before the soonest unresolved deadline: it comes first.
    expect(shown[0]?.relative).toBe('in 3 days');
    expect(['upcoming', 'extended']).toContain(shown[0]?.status);
    if (pack.deadlines.some((d) => d.status === 'resolved')) expect(shown.at(-1)?.chip).toBe('Resolved');
    expect(await page.textContent('.knowledge-date')).toContain('2026');

    const first = page.locator('.deadline').first();
    await expect(first.locator('.deadline-head').getAttribute('aria-expanded')).resolves.toBe('false');
    await first.locator('.deadline-head').press('Enter'); // keyboard operable
    await expect(first.locator('.deadline-head').getAttribute('aria-expanded')).resolves.toBe('true');
    const links = await first
      .locator('.timeline a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
    const firstDeadline = pack.deadlines.find((d) => d.id === shown[0]?.id);
    expect(links).toHaveLength(firstDeadline?.timeline.length ?? -1);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.close();
  });

  it('shows a passed deadline as passed, with its age, once the clock moves past it', async () => {
    const soonest = shownOrder()[0];
    const tenDaysAfter = new Date(Date.parse(`${soonest?.due}T12:00:00Z`) + 10 * 86_400_000).toISOString();
    await setClock(tenDaysAfter);
    const page = await extensionPage('popup.html');
    await page.waitForSelector('.deadline');
    const passed = await page.$eval(`.deadline[data-deadline="${soonest?.id}"]`, (item) => ({
      status: item.getAttribute('data-status'),
      chip: item.querySelector('.chip')?.textContent,
      relative: item.querySelector('.deadline-relative')?.textContent,
    }));
    expect(passed).toEqual({ status: 'passed', chip: 'Date passed', relative: '10 days ago' });
    await setClock(FIXED_NOW);
    await page.close();
  });

  it('says so when the active tab is a page where Backstory cannot run', async () => {
    const page = await extensionPage('popup.html');
    await expect(page.textContent('.unavailable')).resolves.toMatch(/cannot run|own pages/);
    await page.close();
  });

  it('turns highlights off in the open tab from the popup switch, keeps them off after reload, and back on', async () => {
    const page = await newsPage();
    let popup = await openRealPopup(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('.hostname', (e) => e.textContent)).toBe('127.0.0.1');
    expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await popup.click('#site-switch');
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    await closePopup(popup);
    expect((await syncSettings())['sites.0']).toEqual(['127.0.0.1']);

    await page.reload();
    await page.waitForLoadState('load');
    await waitForSettled(page); // the content script read its settings and finished its pass
    expect(await highlightCount(page)).toBe(0);
    // A switched-off site is not read at all: no text walk ran on this page.
    const walks = await page.evaluate(
      () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:walk:')).length,
    );
    expect(walks).toBe(0);

    popup = await openRealPopup(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(await popup.$eval('section[aria-labelledby="on-page-heading"]', (e) => e.textContent)).toMatch(
      /Highlights are off on this site/,
    );
    await popup.keyboard.press('Tab'); // the switch is reachable by keyboard
    await popup.focus('#site-switch');
    await popup.keyboard.press('Space');
    await waitUntil(
      'highlights to return',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
    // The open popup follows: its list of names comes back without reopening it.
    await popup.waitForSelector('.found-entity', { timeout: 5_000 });
    await closePopup(popup);
  });

  it('lists the names found on the page and opens the chosen one’s card in the page', async () => {
    const page = await load('/demo-article.html');
    await waitUntil(
      'demo article highlights',
      () => highlightCount(page),
      (n) => n >= 5,
    );
    await waitForLateUpdate(page);
    const popup = await openRealPopup(page);
    await popup.waitForSelector('.found-entity');
    const found = await popup.$$eval('.found-entity', (buttons) =>
      buttons.map((b) => ({
        id: b.getAttribute('data-entity'),
        count: Number(b.querySelector('.count')?.firstChild?.textContent),
      })),
    );
    const ids = found.map((f) => f.id);
    for (const id of ['scott-bessent', 'he-lifeng', 'nvidia', 'jensen-huang', 'bytedance'].map(
      (e) => `${BUNDLED}/${e}`,
    ))
      expect(ids).toContain(id);
    expect(found.find((f) => f.id === `${BUNDLED}/scott-bessent`)?.count).toBeGreaterThanOrEqual(2);
    // Once in the visible late update; the hidden copy is not "on the page".
    expect(found.find((f) => f.id === `${BUNDLED}/howard-lutnick`)?.count).toBe(1);
    const closed = new Promise<void>((done) => popup.once('close', () => done()));
    await popup.click(`.found-entity[data-entity="${BUNDLED}/nvidia"]`);
    await closed;
    const cardText = await waitUntil(
      'the card to open in the page',
      () =>
        page.evaluate(
          () => document.querySelector('[data-backstory-card-host]')?.shadowRoot?.textContent ?? '',
        ),
      (text) => text.includes('Nvidia'),
    );
    expect(cardText).toContain('Nvidia');
  });

  it('lists names the pack does not know under “Also mentioned”', async () => {
    const page = await newsPage();
    const popup = await openRealPopup(page);
    const names = await waitUntil(
      'also-mentioned names',
      () => popup.$$eval('.also li', (items) => items.map((i) => i.textContent)),
      (list) => list.length > 0,
    );
    expect(names).toContain('Maria Delgado');
    expect(names).toContain('Harborview Partners');
    expect(names).not.toContain('Scott Bessent'); // known to the pack
    await closePopup(popup);
  });

  it('toggles the site through the toggle-site command handler', async () => {
    const page = await reuseNewsPage(); // "Also mentioned" only read it
    const tabId = await tabIdOf(page);
    const off = await toggleSiteViaCommand(tabId);
    expect(off).toBe(false);
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    const on = await toggleSiteViaCommand(tabId);
    expect(on).toBe(true);
    await waitUntil(
      'highlights to return',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
  });

  it('shows the number of distinct names on the toolbar badge, and none when the badge is off', async () => {
    const page = await newsPage();
    const tabId = await tabIdOf(page);
    const badge = () => badgeTextOf(tabId);
    await waitUntil('badge count', badge, (text) => text === String(NEWS_ENTITIES.length));
    const options = await extensionPage('options.html');
    await options.uncheck('#show-badge');
    await waitUntil('badge to clear', badge, (text) => text === '');
    await options.check('#show-badge');
    await options.close();
  });
});

describe('options page in Chromium', () => {
  it('adding the site to the exception list turns the open tab off at once; removing it turns it back on', async () => {
    const page = await reuseNewsPage(); // the badge test only turned the badge off and on
    const options = await extensionPage('options.html');
    await options.fill('#add-site-input', 'not a site');
    await options.press('#add-site-input', 'Enter');
    await expect(options.textContent('#add-site-error')).resolves.toMatch(/spaces/);
    await options.fill('#add-site-input', 'HTTP://127.0.0.1:9/whatever');
    await options.press('#add-site-input', 'Enter');
    await options.waitForSelector('li[data-site="127.0.0.1"]');
    await waitUntil(
      'highlights to go',
      () => highlightCount(page),
      (n) => n === 0,
    );
    await options.click('button[aria-label="Remove 127.0.0.1"]');
    await waitUntil(
      'highlights to return',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
    await options.close();
  });

  it('replaces a corrupt stored value by its default, keeps the others, and reports it on the options page', async () => {
    await storage(() =>
      chrome.storage.sync.set({ highlightStyle: 'background', hoverDelayMs: 'very slow', showBadge: false }),
    );
    const repaired = await waitUntil('the repair', syncSettings, (s) => s.hoverDelayMs === 300);
    expect(repaired).toMatchObject({ highlightStyle: 'background', showBadge: false, hoverDelayMs: 300 });
    const problems = (await storage(() => chrome.storage.local.get('settingsProblems'))).settingsProblems as {
      problems: { key: string }[];
    };
    expect(problems.problems.map((p) => p.key)).toEqual(['hoverDelayMs']);
    const options = await extensionPage('options.html');
    await expect(options.textContent('#stored-problems')).resolves.toMatch(/hoverDelayMs.*very slow/);
    await expect(options.inputValue('#hover-delay')).resolves.toBe('300');
    await options.close();
    await storage(() => chrome.storage.sync.set({ highlightStyle: 'underline', showBadge: true }));
  });

  it('importing a malformed settings file changes nothing and says why; a good export imports', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('#import-settings');
    const before = await syncSettings();
    for (const [name, text] of [
      ['bad-value.json', MALFORMED_SETTINGS_FILE],
      ['not-json.json', NOT_JSON_FILE],
    ] as const) {
      await options.setInputFiles('#import-settings', {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await options.waitForFunction(
        (file) => document.querySelector('#import-error')?.textContent?.includes(`${file} was not imported`),
        name,
      );
      expect(await syncSettings()).toEqual(before);
    }
    await expect(options.textContent('#import-error')).resolves.toMatch(/not valid JSON/);

    const download = options.waitForEvent('download');
    await options.click('#export-settings');
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(exported).toMatchObject({ format: 'backstory-settings', version: 1, highlightStyle: 'underline' });
    const changed = { ...exported, highlightStyle: 'none', siteExceptions: ['example.org'] };
    await options.setInputFiles('#import-settings', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await waitUntil('the import', syncSettings, (s) => s.highlightStyle === 'none');
    expect((await syncSettings())['sites.0']).toEqual(['example.org']);
    await options.click('#reset-settings');
    await options.click('#reset-confirm');
    await waitUntil(
      'the reset',
      syncSettings,
      (s) => s.highlightStyle === 'underline' && s['sites.count'] === 0,
    );
    await options.close();
  });
});

describe('settings across a browser restart (Chromium)', () => {
  it('keeps the site switch and other settings after the browser restarts', async () => {
    const page = await newsPage();
    const tabId = await tabIdOf(page);
    await toggleSiteViaCommand(tabId);
    await storage(() => chrome.storage.sync.set({ hoverDelayMs: 900 }));
    await shutdown();
    await launch();
    const settings = await syncSettings();
    expect(settings).toMatchObject({ hoverDelayMs: 900, 'sites.0': ['127.0.0.1'] });
    const again = await session.newPage();
    await again.goto(server.url('/news.html'));
    await waitForSettled(again);
    expect(await highlightCount(again)).toBe(0);
  });
});

describe('popup screenshots', () => {
  let shotDir: string;
  let tempDir: string | undefined;

  beforeAll(() => {
    if (SAVE_TO_DOCS) {
      shotDir = join(ROOT, 'docs/screenshots');
      mkdirSync(shotDir, { recursive: true });
    } else shotDir = tempDir = mkdtempSync(join(tmpdir(), 'backstory-popup-shots-'));
  });

  afterAll(() => removeTempDir(tempDir));

  it('renders the popup in light and dark', async () => {
    await storage(() =>
      chrome.storage.sync.remove(['sites.0']).then(() => chrome.storage.sync.set({ 'sites.count': 0 })),
    );
    const page = await newsPage();
    const tabId = await tabIdOf(page);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await session.newPage();
      await popup.setViewportSize({ width: 360, height: 720 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.found-entity');
      await popup.waitForSelector('.also li, .also + p, section[aria-labelledby="also-heading"] .empty');
      await popup.click('.deadline-head');
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(24, 27, 33)' : 'rgb(255, 255, 255)');
      await popup.screenshot({ path: join(shotDir, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
    }
    expect(session.errors).toEqual([]);
  });
});
