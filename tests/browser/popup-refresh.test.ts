import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED } from '../support/qualified-pack';
import { loadInTab } from './card-helpers';
import {
  openChromiumExtensionPage,
  openFirefoxExtensionPage,
  type StaticServer,
  serveStatic,
} from './harness';
import { highlightCount, isHighlighted, NEWS_ENTITIES, NEWS_PAGE, waitUntil } from './popup-helpers';
import { axeViolations } from './reader-helpers';
import { sharedChromium, sharedFirefox } from './shared-browsers';

/** Test-hooks popup: every answer from the tab waits for this promise (extension/popup/tab-view.ts). */
function holdPageAnswers(popup: Evaluating): Promise<void> {
  return popup.evaluate(() => {
    const hooks = globalThis as unknown as { backstoryHoldPageAnswers?: Promise<void>; release?: () => void };
    hooks.backstoryHoldPageAnswers = new Promise<void>((release) => {
      hooks.release = release;
    });
  });
}

function releasePageAnswers(popup: Evaluating): Promise<void> {
  return popup.evaluate(() => (globalThis as unknown as { release(): void }).release());
}

/** Releases the answers held since the popup opened (`popup.html?…&hold`). */
function releaseFirstAnswers(popup: Evaluating): Promise<void> {
  return popup.evaluate(() =>
    (globalThis as unknown as { backstoryReleasePageAnswers(): void }).backstoryReleasePageAnswers(),
  );
}

/** Where the popup's sections about the tab sit, and what it shows in them. */
type Layout = {
  busy: string | null;
  deadlines: number;
  shortcuts: number;
  placeholders: number;
  switched: boolean;
  ids: number;
  /**
   * Top edges (CSS px) of the "Deadlines" heading, the "This site" heading, the site switch and the
   * "On this page" heading.
   */
  tops: number[];
  /** Heights (CSS px) of the deadlines' list (or its placeholder) and of the shortcuts' block (or its). */
  heights: { deadlines: number; shortcuts: number };
};

function readLayout(popup: Evaluating): Promise<Layout> {
  return popup.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const top = (selector: string) => Math.round((box(selector)?.top ?? -1) * 10) / 10;
    const height = (selector: string) => Math.round((box(selector)?.height ?? -1) * 10) / 10;
    return {
      busy:
        document.querySelector('section[aria-labelledby="on-page-heading"]')?.getAttribute('aria-busy') ??
        null,
      deadlines: document.querySelectorAll('.deadline').length,
      shortcuts: document.querySelectorAll('.shortcut').length, // the list's rows, not the placeholder's
      placeholders: document.querySelectorAll('.placeholder').length,
      switched: !!document.getElementById('site-switch'),
      ids: document.querySelectorAll('.found-entity').length,
      tops: [
        top('#deadlines-heading'),
        top('#this-site-heading'),
        top('.site-switch'),
        top('#on-page-heading'),
      ],
      heights: { deadlines: height('.deadlines-body'), shortcuts: height('.shortcuts') },
    };
  });
}

/** The popup tab and the page it describes, in either browser. */
type Pages = { page: Evaluating; popup: Evaluating; front(): Promise<void> };
type Evaluating = {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  goto(url: string): Promise<unknown>;
  close(): Promise<void>;
};
/**
 * `hold`: open the popup as `popup.html?tab=<id>&hold`, every answer held from the first (test hook).
 * `deadlineMs`: how long the popup waits for the page's final answer (`&deadline=`, test hook);
 * by default far longer than any test holds an answer, so only the test that means to sees it give up.
 */
type OpenOptions = { hold?: boolean; deadlineMs?: number };
type Session = { open(url: string, options?: OpenOptions): Promise<Pages>; close(): Promise<void> };

const HOLDING_DEADLINE_MS = 600_000;

/** The popup's address about a tab, with the test hooks `options` asks for. */
function popupSearch(
  tabId: number | undefined,
  { hold = false, deadlineMs = HOLDING_DEADLINE_MS }: OpenOptions,
) {
  return `?tab=${tabId}&deadline=${deadlineMs}${hold ? '&hold' : ''}`;
}

/** The extension API as the tests call it inside extension pages and the service worker. */
type TabsApi = { tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> } };

const OLD_IDS = NEWS_ENTITIES.map((e) => `${BUNDLED}/${e}`).sort();
const LATE_NAME = 'Jensen Huang';
const NEW_IDS = [...OLD_IDS, `${BUNDLED}/jensen-huang`].sort();

/** Adds a paragraph naming LATE_NAME to the article and waits until the name is painted. */
async function addLateName(page: Evaluating): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = `${text} spoke to reporters later.`;
    document.querySelector('main')?.append(p);
  }, LATE_NAME);
  await waitUntil('the new name to be painted', () => isHighlighted(page, LATE_NAME), Boolean);
}

/** Another article, with other names, that the news tab goes to. */
const OTHER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chips</title></head>
<body><main><h1>Chip export talks</h1>
<p>Jensen Huang met Howard Lutnick on Monday to talk about chip exports.</p>
</main></body></html>`;
const OTHER_IDS = ['howard-lutnick', 'jensen-huang'].map((e) => `${BUNDLED}/${e}`);

/**
 * Each session has one web tab: every `open` loads its page in it (`loadInTab`), a new document each
 * time, instead of opening a new tab (each started a renderer or content process of its own).
 */
const LAUNCHERS: Record<string, () => Promise<Session>> = {
  chromium: async () => {
    const session = await sharedChromium();
    let tab: Awaited<ReturnType<typeof session.newPage>> | undefined;
    return {
      open: async (url, options = {}) => {
        const page = tab ?? (await session.newPage());
        tab = page;
        await loadInTab(page, url);
        await page.bringToFront();
        const tabId = await session.worker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
          return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
        });
        const popup = await openChromiumExtensionPage(session, `popup.html${popupSearch(tabId, options)}`);
        return { page, popup, front: () => page.bringToFront() };
      },
      close: () => session.close(),
    };
  },
  firefox: async () => {
    const session = await sharedFirefox();
    let tab: PuppeteerPage | undefined;
    return {
      open: async (url, options = {}) => {
        const page = tab ?? (await session.newPage());
        tab = page;
        await loadInTab(page, url);
        // The popup page finds the news tab's id, then becomes the popup about it.
        const popup: PuppeteerPage = await openFirefoxExtensionPage(session, page, 'popup.html?find');
        const tabId = await popup.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: TabsApi }).browser;
          return (await api.tabs.query({})).find((t) => t.url === u)?.id;
        }, url);
        const search = popupSearch(tabId, options);
        await popup.evaluate((s) => {
          location.search = s;
        }, search);
        await waitUntil(
          'the popup about the news tab',
          () => popup.evaluate(() => location.search),
          (s) => s === search,
        );
        await page.bringToFront(); // Firefox paints the page's highlights only in the front tab
        return { page, popup, front: () => page.bringToFront() };
      },
      close: () => session.close(),
    };
  },
};

type OnThisPage = { busy: string | null; ids: string[]; visible: boolean; note: string };

function readOnThisPage(popup: Evaluating): Promise<OnThisPage> {
  return popup.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="on-page-heading"]');
    const list = section?.querySelector('ul.found');
    return {
      busy: section?.getAttribute('aria-busy') ?? null,
      ids: [...(section?.querySelectorAll('.found-entity') ?? [])]
        .map((b) => b.getAttribute('data-entity') ?? '')
        .sort(),
      visible: list ? list.getBoundingClientRect().height > 0 : false,
      note: section?.querySelector('.refreshing')?.textContent ?? '',
    };
  });
}

/** What the popup shows about the tab beside a failure: its list, its switch, and the alert. */
type Fallback = { busy: string | null; ids: string[]; switched: boolean; alert: string };

function readFallback(popup: Evaluating): Promise<Fallback> {
  return popup.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="on-page-heading"]');
    return {
      busy: section?.getAttribute('aria-busy') ?? null,
      ids: [...(section?.querySelectorAll('.found-entity') ?? [])]
        .map((b) => b.getAttribute('data-entity') ?? '')
        .sort(),
      switched: !!document.getElementById('site-switch'),
      alert: [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? '').join(' | '),
    };
  });
}

/** Short enough to see the popup give up on a held answer without slowing the test. */
const SHORT_DEADLINE_MS = 1_000;
const TIMED_OUT_ALERT =
  'Could not read the current tab: the page did not finish reading within 1 second. Reload it and open Backstory again.';

describe.each(Object.keys(LAUNCHERS))('popup refresh in %s', (name) => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveStatic({ '/news.html': NEWS_PAGE, '/other.html': OTHER_PAGE });
    session = await (LAUNCHERS[name] as () => Promise<Session>)();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /**
   * The popup opened with every load held: invisible placeholders hold the deadlines, the switch,
   * the list and the shortcuts; released, what loads takes their places and nothing moves.
   */
  async function expectHeldInPlace(popup: Evaluating): Promise<void> {
    // Nothing the popup loads is shown yet (the packs, the shortcuts and the tab's answer are held).
    const held = await waitUntil(
      'the popup holding the places of what it loads',
      () => readLayout(popup),
      (l) => l.busy === 'true' && l.placeholders === 4,
    );
    expect(held).toMatchObject({ deadlines: 0, shortcuts: 0, ids: 0, switched: false });
    expect(held.tops.every((t) => t > 0)).toBe(true);
    expect(held.heights.deadlines).toBeGreaterThan(50);
    expect(held.heights.shortcuts).toBeGreaterThan(50);
    // The placeholders are invisible and out of the accessibility tree (and out of the tab order).
    expect(await axeViolations(popup as unknown as Parameters<typeof axeViolations>[0])).toEqual([]);
    await releaseFirstAnswers(popup);
    const answered = await waitUntil(
      'the deadlines, the shortcuts, the page’s names and the site switch',
      () => readLayout(popup),
      (l) => l.busy === 'false' && l.switched && l.ids === NEWS_ENTITIES.length && l.shortcuts === 4,
    );
    expect(answered.placeholders).toBe(0);
    expect(answered.deadlines).toBeGreaterThan(0);
    // Nothing above the list moved, and the deadlines and the shortcuts took the places held for them.
    const moved = (a: number[], b: number[]) => a.map((x, i) => Math.abs(x - (b[i] ?? Number.NaN)));
    expect(Math.max(...moved(answered.tops, held.tops))).toBeLessThan(0.5);
    const { deadlines, shortcuts } = answered.heights;
    expect(
      Math.max(...moved([deadlines, shortcuts], [held.heights.deadlines, held.heights.shortcuts])),
    ).toBeLessThan(0.5);
  }

  it('holds the place of the deadlines, the switch, the list and the shortcuts while they load, from the first opening on', async () => {
    // The first opening: nothing is remembered yet. The layout hints are forgotten and the held
    // popup loaded again, so the place of the deadlines comes from the bundled packs alone.
    const first = await session.open(server.url('/news.html'), { hold: true });
    await first.popup.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('backstory.layout.')) localStorage.removeItem(key);
      setTimeout(() => location.reload(), 0);
    });
    await waitUntil(
      'the popup to open again with nothing remembered',
      () =>
        first.popup.evaluate(() => ({
          loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)?.type,
          remembered: Object.keys(localStorage).filter((k) => k.startsWith('backstory.layout.')),
        })),
      (s) => s.loaded === 'reload' && s.remembered.length === 0,
    );
    await expectHeldInPlace(first.popup);
    await first.popup.close();

    // A later opening: the popup remembers how tall the deadlines' list was.
    const { popup } = await session.open(server.url('/news.html'), { hold: true });
    await expectHeldInPlace(popup);
    await popup.close();
  });

  it('keeps the old list on screen, marked busy, until the page’s new answer arrives', async () => {
    const { page, popup, front } = await session.open(server.url('/news.html'));
    await waitUntil(
      'highlights on the news page',
      () => highlightCount(page),
      (n) => n >= NEWS_ENTITIES.length,
    );
    await waitUntil(
      'the popup to list the page’s names',
      () => readOnThisPage(popup),
      (s) => s.busy === 'false' && s.ids.join() === OLD_IDS.join(),
    );

    await holdPageAnswers(popup);
    await front();
    await addLateName(page);

    // The page reported its new counts; the popup asked again and the answer is held.
    const held = await waitUntil(
      'the popup to be refreshing',
      () => readOnThisPage(popup),
      (s) => s.busy === 'true',
    );
    expect(held).toEqual({ busy: 'true', ids: OLD_IDS, visible: true, note: 'Updating…' });

    await releasePageAnswers(popup);
    const after = await waitUntil(
      'the new answer to replace the old one',
      () => readOnThisPage(popup),
      (s) => s.busy === 'false' && s.ids.length === NEW_IDS.length,
    );
    expect(after).toEqual({ busy: 'false', ids: NEW_IDS, visible: true, note: '' });
    await popup.close();
  });

  it('gives up on an answer that does not come, keeping the list and the switch, and shows it when it comes', async () => {
    const { page, popup, front } = await session.open(server.url('/news.html'), {
      hold: true,
      deadlineMs: SHORT_DEADLINE_MS,
    });
    // The first answer is held past the deadline: the popup gives up with nothing to list, and
    // offers the site switch beside the alert (the site is learned from the tab, not the answer).
    const gaveUpFirst = await waitUntil(
      'the popup to give up on the first answer, with the site switch',
      () => readFallback(popup),
      (s) => s.alert !== '' && s.switched,
    );
    expect(gaveUpFirst).toEqual({ busy: null, ids: [], switched: true, alert: TIMED_OUT_ALERT });
    await releaseFirstAnswers(popup);
    await waitUntil(
      'the popup to list the page’s names',
      () => readFallback(popup),
      (s) => s.busy === 'false' && s.ids.join() === OLD_IDS.join() && s.switched && s.alert === '',
    );
    await holdPageAnswers(popup);
    await front();
    await addLateName(page);

    // The page reported; the popup asked again, and its answer is held past the deadline.
    const gaveUp = await waitUntil(
      'the popup to give up on the held answer',
      () => readFallback(popup),
      (s) => s.alert !== '',
    );
    expect(gaveUp).toEqual({
      busy: 'false',
      ids: OLD_IDS,
      switched: true,
      alert: TIMED_OUT_ALERT,
    });

    await releasePageAnswers(popup);
    const recovered = await waitUntil(
      'the held answer to replace the failure',
      () => readFallback(popup),
      (s) => s.alert === '' && s.ids.length === NEW_IDS.length,
    );
    expect(recovered).toEqual({ busy: 'false', ids: NEW_IDS, switched: true, alert: '' });
    await popup.close();
  });

  it('never shows the old list for another page in the tab, even while that page’s answer is held', async () => {
    const { page, popup, front } = await session.open(server.url('/news.html'));
    await waitUntil(
      'the popup to list the page’s names',
      () => readOnThisPage(popup),
      (s) => s.busy === 'false' && s.ids.join() === OLD_IDS.join(),
    );
    await holdPageAnswers(popup);
    await front();
    await page.goto(server.url('/other.html'));

    // The tab started loading another page: the popup asks about it and shows nothing of the old one.
    const held = await waitUntil(
      'the popup to ask about the new page',
      () => readOnThisPage(popup),
      (s) => s.busy === 'true' && s.ids.length === 0,
    );
    expect(held).toEqual({ busy: 'true', ids: [], visible: false, note: 'Updating…' });

    await releasePageAnswers(popup);
    const after = await waitUntil(
      'the new page’s names',
      () => readOnThisPage(popup),
      (s) => s.busy === 'false' && s.ids.join() === OTHER_IDS.join(),
    );
    expect(after).toEqual({ busy: 'false', ids: OTHER_IDS, visible: true, note: '' });
    await popup.close();
  });
});
