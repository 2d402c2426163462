/**
 * The popup and options page as a reader meets them, in Chromium and Firefox ESR (test-hooks builds):
 * default shortcuts that bind, shown live with a way to the browser's shortcut settings; the "On this
 * page" list as the screen-reader path, with announced counts that change when the site switch flips;
 * deadlines drawn as timelines; focus after "Remove" and "Reset"; the hover-delay error described;
 * reminders that ask for their permissions only when turned on; the options page holding the places
 * of what it loads (packs, reminders, shortcuts) so nothing moves; axe-core on both pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickElement, snapshotTestBuild, type TestPage, typeInto, waitFor } from './card-helpers';
import { type ChromiumSession, type StaticServer, serveStatic } from './harness';
import {
  bundledPack,
  clockBeforeSoonest,
  highlightCount,
  NEWS_ENTITIES,
  NEWS_PAGE,
  TEST_NOW_KEY,
} from './popup-helpers';
import { axeViolations, chromiumReader, firefoxReader, type ReaderSession } from './reader-helpers';
import { sharedChromium, sharedFirefox } from './shared-browsers';

type Ext = {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  permissions: { contains(p: object): Promise<boolean> };
  storage: {
    local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
  };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]> };
  alarms?: { getAll(): Promise<{ name: string }[]> };
  notifications?: { getAll(): Promise<Record<string, unknown>> };
  runtime: { getBackgroundPage(): Promise<{ backstoryRemindersForTest: { fireAll(): Promise<string[]> } }> };
};
declare const browser: Ext;
/** The hover delay a reset restores (docs/settings.md). */
const DEFAULT_HOVER_DELAY_MS = 300;
declare const chrome: Ext;

describe.each(['chromium', 'firefox'] as const)('popup and options for a reader in %s', (browserName) => {
  let server: StaticServer;
  let reader: ReaderSession;
  let chromium: ChromiumSession | undefined;
  let build: { dist: string; remove(): void };
  let news: TestPage;
  /** An options page kept open from the start, to reach storage and tabs from inside the extension. */
  let control: TestPage;
  const opened: TestPage[] = [];

  beforeAll(async () => {
    server = await serveStatic({ '/news.html': NEWS_PAGE });
    build = snapshotTestBuild(browserName === 'chromium' ? 'chrome' : 'firefox');
    if (browserName === 'chromium') {
      chromium = await sharedChromium();
      reader = chromiumReader(chromium);
    } else {
      // The shared Firefox grants optional permissions without the prompt a headless browser
      // cannot answer (`extensions.webextOptionalPermissionPrompts`).
      reader = firefoxReader(await sharedFirefox());
    }
    news = await reader.newPage();
    await news.goto(server.url('/news.html'));
    await waitFor(
      () => highlightCount(news),
      (n) => n >= NEWS_ENTITIES.length,
      'highlights on the news page',
      15_000,
    );
    control = await page('options.html');
    const now = clockBeforeSoonest(bundledPack(build.dist));
    await control.evaluate(
      ([key, value]) => (globalThis as unknown as { chrome: Ext }).chrome.storage.local.set({ [key]: value }),
      [TEST_NOW_KEY, now] as const,
    );
  }, 180_000);

  afterAll(async () => {
    for (const p of opened) await p.close().catch(() => undefined);
    await reader?.close();
    await server?.close();
    build?.remove();
  });

  async function page(path: string): Promise<TestPage> {
    const p = await reader.extensionPage(path, news);
    opened.push(p);
    return p;
  }

  /** The popup as a tab about the news page (`?tab=` is honoured by test-hooks builds only). */
  async function newsTabId(): Promise<number | undefined> {
    if (chromium) {
      // Chromium hides tab URLs without the tabs permission: the news tab is the active one once in front.
      await (news as unknown as { bringToFront(): Promise<void> }).bringToFront();
      return (await chromium.serviceWorker()).evaluate(async () => {
        const [tab] = await (globalThis as unknown as { chrome: Ext }).chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        });
        return tab?.id;
      });
    }
    const url = server.url('/news.html');
    return control.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: Ext }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
  }

  async function popup(): Promise<TestPage> {
    const tabId = await newsTabId();
    const p = await page(`popup.html?tab=${tabId}`);
    await waitFor(
      () => p.evaluate(() => document.querySelectorAll('.found-entity').length),
      (n) => n > 0,
      'the popup to list the names',
    );
    return p;
  }

  /**
   * Presses `key` on the control `selector` with the real keyboard, as a keyboard reader does. Unlike
   * a click at a measured point, it cannot miss when the page moves the control while it renders
   * (the options page renders in steps, and a click measured before one of them lands elsewhere).
   */
  async function press(p: TestPage, selector: string, key: 'Enter' | ' '): Promise<void> {
    await waitFor(
      () => p.evaluate((s) => !!document.querySelector(s), selector),
      Boolean,
      `${selector} on the page`,
    );
    // Keys go to the tab in front (Firefox does not deliver them to a tab behind another).
    await (p as unknown as { bringToFront(): Promise<void> }).bringToFront();
    await p.focus(selector);
    await p.keyboard.press(key);
  }

  /** Opens the popup's first deadline from the keyboard and waits for it to be expanded. */
  async function expandFirstDeadline(p: TestPage): Promise<void> {
    await press(p, '.deadline-head', 'Enter');
    await waitFor(
      () => p.evaluate(() => document.querySelector('.deadline-head')?.getAttribute('aria-expanded')),
      (v) => v === 'true',
      'the first deadline to expand',
    );
  }

  const text = (p: TestPage, selector: string) =>
    p.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);

  it('binds every command that has a suggested key, and shows the live shortcuts in the popup and options', async () => {
    const manifest = JSON.parse(readFileSync(join(build.dist, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key?: { default?: string } }>;
    };
    const suggested = Object.entries(manifest.commands).filter(([, c]) => c.suggested_key?.default);
    expect(suggested.length).toBe(4);
    const options = await page('options.html');
    const live = await options.evaluate(() =>
      (globalThis as unknown as { chrome: Ext }).chrome.commands.getAll(),
    );
    for (const [name, command] of suggested) {
      expect(live.find((c) => c.name === name)?.shortcut, `${name} is bound`).toBe(
        command.suggested_key?.default,
      );
    }
    for (const p of [options, await popup()]) {
      await waitFor(
        () => p.evaluate(() => document.querySelectorAll('.shortcut').length),
        (n) => n === 4,
        'the shortcut list',
      );
      const shown = await p.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.shortcut')].map((s) => [
          s.dataset.command,
          s.querySelector('kbd')?.textContent,
        ]),
      );
      expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(live.map((c) => [c.name, c.shortcut])));
    }
  });

  it('opens the browser’s shortcut settings from the options page', async () => {
    const options = await page('options.html');
    await waitFor(
      () => options.evaluate(() => !!document.getElementById('change-shortcuts')),
      Boolean,
      'the button',
    );
    await press(options, '#change-shortcuts', 'Enter');
    const wanted = browserName === 'chromium' ? 'chrome://extensions/shortcuts' : 'about:addons';
    // The options page's error line is read along with the tabs, so a refusal fails at once and
    // says why rather than as a timeout.
    const seen = await waitFor(
      async () => ({
        urls: await reader.tabUrls(),
        error: await text(options, '#change-shortcuts + .error'),
      }),
      ({ urls, error }) => error !== null || urls.some((u) => u.startsWith(wanted)),
      `a tab with ${wanted}`,
    );
    expect(seen.error).toBeNull();
  });

  it('lists the page’s names as the screen-reader path, announces the counts, and announces the switch flipping', async () => {
    const p = await popup();
    const names = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.found-entity')].map((b) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader hears.
        b.innerText.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(names.length).toBe(NEWS_ENTITIES.length);
    for (const name of names) expect(name).toMatch(/ 1 mention$/);
    expect(await p.evaluate(() => document.querySelector('.found')?.getAttribute('aria-labelledby'))).toBe(
      'on-page-heading',
    );
    expect(await text(p, '#on-page-status')).toBe(
      `${NEWS_ENTITIES.length} names on this page, ${NEWS_ENTITIES.length} mentions in all. Choose one to open its card.`,
    );
    expect(await p.evaluate(() => document.getElementById('on-page-status')?.getAttribute('role'))).toBe(
      'status',
    );
    await press(p, '#site-switch', ' ');
    await waitFor(
      () => text(p, '#on-page-status'),
      (t) => t === 'Highlights are off on 127.0.0.1; no names are listed.',
      'the status to announce the switch',
      10_000,
    );
    await press(p, '#site-switch', ' ');
    await waitFor(
      () => text(p, '#on-page-status'),
      (t) => t?.startsWith(`${NEWS_ENTITIES.length} names`) === true,
      'the status to announce the names again',
      10_000,
    );
  });

  it('draws each deadline as a timeline named and described in words, and names sources by publisher and date', async () => {
    const p = await popup();
    const pack = bundledPack(build.dist);
    const drawn = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.deadline')].map((d) => ({
        id: d.dataset.deadline,
        label: d.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '',
        marks: d.querySelectorAll('svg title').length,
      })),
    );
    expect(drawn.length).toBe(pack.deadlines.length);
    for (const d of drawn) {
      const deadline = pack.deadlines.find((x) => x.id === d.id);
      const setting = deadline?.timeline.filter((e) => e.setsDue).length ?? 0;
      expect(d.label.startsWith(`Timeline of ${deadline?.title}: `)).toBe(true);
      expect(d.marks, `${d.id}: original, extensions, today, due`).toBe(setting + 2);
      expect(d.label).toMatch(/Today: .+; (Due|Was due|Settled): /);
      if (setting > 1) expect(d.label).toContain('Extended on ');
    }
    await expandFirstDeadline(p);
    const links = await p.evaluate(() =>
      [...document.querySelectorAll('.timeline a')].map((a) => [a.textContent, a.getAttribute('aria-label')]),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const [shown, name] of links) {
      expect(name?.startsWith(`${shown}, `), `${name} starts with the publisher`).toBe(true);
      expect(name).toMatch(/, \w{3}, \w{3} \d{1,2}, \d{4} \(source\)$/);
    }
  });

  it('moves focus sensibly after Remove and Reset, and describes the hover-delay error', async () => {
    // Start from a known site list, whatever earlier tests left: emptied through the background
    // (the one settings writer) before this options page is opened, so it reads the empty list.
    await control.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'save-settings', patch: { siteExceptions: [] } }),
    );
    const options = await page('options.html');
    await (options as unknown as { bringToFront(): Promise<void> }).bringToFront(); // keys go to the front tab
    /** The sites listed on the page, the stored ones, and where focus is. */
    const state = () =>
      options.evaluate(async () => {
        const ask = { type: 'get-settings' };
        const api = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
        ).chrome.runtime;
        const reply = (await api.sendMessage(ask)) as { settings: { siteExceptions: string[] } };
        const a = document.activeElement;
        return {
          ready: !!document.getElementById('add-site-input'),
          listed: [...document.querySelectorAll('[data-site]')].map((li) => li.getAttribute('data-site')),
          stored: reply.settings.siteExceptions,
          focus: `${a?.tagName ?? ''}#${a?.id ?? ''}[${a?.closest('li')?.getAttribute('data-site') ?? ''}]`,
        };
      });
    type State = Awaited<ReturnType<typeof state>>;
    const waitForState = (what: string, accept: (s: State) => boolean) => waitFor(state, accept, what);
    const same = (a: (string | null)[], b: string[]) => a.join() === b.join();
    await waitForState('the options page with an empty site list', (s) => s.ready && s.listed.length === 0);

    for (const [site, sites] of [
      ['one.example', ['one.example']],
      ['two.example', ['one.example', 'two.example']],
    ] as const) {
      await typeInto(options, '#add-site-input', site);
      await options.keyboard.press('Enter');
      await waitForState(
        `${site} listed and stored`,
        (s) => same(s.listed, [...sites]) && same(s.stored, [...sites]),
      );
    }

    // Remove with Enter: focus moves to the Remove button now in its place, then to the input.
    await options.focus('[data-site="one.example"] button');
    await options.keyboard.press('Enter');
    await waitForState(
      'one.example removed, focus on two.example’s Remove button',
      (s) =>
        same(s.listed, ['two.example']) &&
        same(s.stored, ['two.example']) &&
        s.focus === 'BUTTON#[two.example]',
    );
    await options.keyboard.press('Enter');
    await waitForState(
      'the list empty, focus on the site input',
      (s) => s.listed.length === 0 && s.stored.length === 0 && s.focus === 'INPUT#add-site-input[]',
    );

    await options.focus('#reset-settings');
    await options.keyboard.press('Enter');
    await waitFor(
      () => options.evaluate(() => document.activeElement?.id ?? ''),
      (id) => id === 'reset-confirm',
      'focus on "Yes, reset"',
    );
    await options.keyboard.press('Enter');
    await waitFor(
      () => options.evaluate(() => document.activeElement?.id ?? ''),
      (id) => id === 'settings-outcome',
      'focus on the outcome',
    );

    // The reset's settings are on the page (the default delay) before the field is typed into.
    await waitFor(
      () =>
        options.evaluate(() => (document.getElementById('hover-delay') as HTMLInputElement | null)?.value),
      (v) => v === String(DEFAULT_HOVER_DELAY_MS),
      'the default hover delay after the reset',
    );
    await typeInto(options, '#hover-delay', '5');
    await options.keyboard.press('Tab'); // leaving the field commits it (a change event)
    const described = await waitFor(
      () =>
        options.evaluate(() => {
          const id = document.getElementById('hover-delay')?.getAttribute('aria-describedby');
          return id ? (document.getElementById(id)?.textContent ?? '') : '';
        }),
      (t) => t !== '',
      'the error to describe the field',
    );
    expect(described).toBe('Enter a whole number from 100 to 2000.');
  });

  it('asks for the reminder permissions only when reminders are turned on', async () => {
    const options = await page('options.html');
    const granted = () =>
      options.evaluate(() =>
        (globalThis as unknown as { chrome: Ext }).chrome.permissions.contains({
          permissions: ['notifications'],
        }),
      );
    await waitFor(
      () => options.evaluate(() => !!document.getElementById('reminders-enabled')),
      Boolean,
      'the reminders switch',
    );
    expect(await granted(), 'no notification permission before the reader asks').toBe(false);
    // A user action: browsers ask for optional permissions only then, so a real click.
    const toggle = () => clickElement(options, '#reminders-enabled');
    await toggle();
    if (browserName === 'chromium') {
      // Chromium shows its permission prompt, which a headless browser cannot answer: the request is
      // pending, the switch stays off and nothing was granted.
      await waitFor(
        () => text(options, '#reminders-message'),
        (t) => t === 'Waiting for the browser’s permission…',
        'the request',
      );
      expect(
        await options.evaluate(
          () => (document.getElementById('reminders-enabled') as HTMLInputElement).checked,
        ),
      ).toBe(false);
      expect(await granted()).toBe(false);
      return;
    }
    await waitFor(granted, Boolean, 'the permission to be granted');
    const pending = bundledPack(build.dist).deadlines.filter(
      (d) => d.status === 'upcoming' || d.status === 'extended',
    );
    // The background sets one alarm after another: wait for as many as there are pending deadlines.
    const alarms = await waitFor(
      () =>
        options.evaluate(async () =>
          ((await browser.alarms?.getAll()) ?? [])
            .map((a) => a.name)
            .filter((n) => n.startsWith('reminder:')),
        ),
      (names) => names.length >= pending.length,
      'reminder alarms',
    );
    expect(alarms.sort()).toEqual(pending.map((d) => `reminder:${d.id}:${d.due}`).sort());
    const shown = await options.evaluate(async () =>
      (await browser.runtime.getBackgroundPage()).backstoryRemindersForTest.fireAll(),
    );
    expect(shown.sort()).toEqual(alarms);
    // Each shown reminder is recorded so it is not shown twice. (Headless Firefox has no alert
    // service to keep notifications open, so notifications.getAll() may already be empty.)
    const recorded = await options.evaluate(
      async () => (await browser.storage.local.get('remindersShown')).remindersShown as string[],
    );
    expect([...recorded].sort()).toEqual(alarms);
    await toggle();
    await waitFor(granted, (g) => !g, 'the permission to be given back');
  });

  /** Where the options page's later sections sit, and what has loaded into it. */
  function optionsLayout(p: TestPage) {
    return p.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const round = (n: number | undefined) => Math.round((n ?? -1) * 10) / 10;
      return {
        placeholders: document.querySelectorAll('.placeholder').length,
        packs: document.querySelectorAll('ol.packs > li').length,
        reminders: !!document.getElementById('reminders'),
        shortcuts: document.querySelectorAll('.shortcut').length,
        /** Top edges (CSS px) of the Shortcuts legend and the import button, and the page's height. */
        tops: [
          round(box('#shortcuts-heading')?.top),
          round(box('#import-settings')?.top),
          document.documentElement.scrollHeight,
        ],
        heights: ['.packs-place', '.reminders-place', '.shortcuts'].map((s) => round(box(s)?.height)),
      };
    });
  }

  const optionsLoaded = (l: Awaited<ReturnType<typeof optionsLayout>>) =>
    l.placeholders === 0 && l.packs > 0 && l.reminders && l.shortcuts === 4;

  /**
   * The options page opened with every load held (`?hold`, test hook): invisible placeholders hold
   * the places of the packs, the reminders and the shortcuts; released, each part takes the place
   * held for it and nothing below moves.
   */
  async function expectHeldInPlace(p: TestPage): Promise<void> {
    const held = await waitFor(
      () => optionsLayout(p),
      (l) => l.placeholders === 3 && l.tops.every((t) => t > 0),
      'the options page holding the places of what it loads',
    );
    expect(held).toMatchObject({ packs: 0, reminders: false, shortcuts: 0 });
    expect(Math.min(...held.heights)).toBeGreaterThan(20);
    expect(await axeViolations(p)).toEqual([]);
    await p.evaluate(() =>
      (globalThis as unknown as { backstoryReleasePageAnswers(): void }).backstoryReleasePageAnswers(),
    );
    const answered = await waitFor(
      () => optionsLayout(p),
      optionsLoaded,
      'the options page to show what it loaded',
    );
    const moved = (a: number[], b: number[]) =>
      Math.max(...a.map((x, i) => Math.abs(x - (b[i] ?? Number.NaN))));
    expect(moved(answered.heights, held.heights)).toBeLessThan(0.5);
    expect(moved(answered.tops, held.tops)).toBeLessThan(0.5);
  }

  it('holds the places of the packs, the reminders and the shortcuts while the options page loads them, from the first opening on', async () => {
    // The first opening: nothing is remembered yet. The layout hints are forgotten and the held
    // page loaded again, so the places come from the bundled packs and the default reminders alone.
    const first = await page('options.html?hold');
    await first.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('backstory.layout.')) localStorage.removeItem(key);
      setTimeout(() => location.reload(), 0);
    });
    await waitFor(
      () =>
        first
          .evaluate(() => ({
            loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)?.type,
            remembered: Object.keys(localStorage).filter((k) => k.startsWith('backstory.layout.')),
          }))
          .catch(() => undefined), // the page is between two loads
      (s) => s?.loaded === 'reload' && s.remembered.length === 0,
      'the options page to open again with nothing remembered',
    );
    await expectHeldInPlace(first);
    await first.close();

    // A later opening: the page remembers how tall the packs' list and the reminders were.
    await expectHeldInPlace(await page('options.html?hold'));
  });

  it('passes axe-core (WCAG 2.1 A/AA) on the popup and the options page', { timeout: 180_000 }, async () => {
    const schemes = chromium ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      for (const p of [await popup(), await page('options.html')]) {
        await (p as unknown as { emulateMedia?(o: object): Promise<void> }).emulateMedia?.({
          colorScheme: scheme,
        });
        await waitFor(
          () => p.evaluate(() => document.querySelectorAll('.shortcut').length),
          (n) => n === 4,
          'the page to render',
        );
        const where = await p.evaluate(() => location.pathname);
        if (where.endsWith('popup.html')) await expandFirstDeadline(p);
        expect(await axeViolations(p), `${scheme} ${where}`).toEqual([]);
      }
    }
  });

  it('logged no extension errors', () => {
    expect(reader.errors).toEqual([]);
  });
});
