/**
 * The content script and the rest of the extension, driven from Chromium's service worker (test-hooks
 * build): `page-state`, `reveal-entity`, malformed messages ignored, a woken service worker answering
 * from its cache (and compiling when the cached snapshot is damaged), settings changes applied live,
 * and an orphaned script after a reload. (Firefox's background page is not reachable from WebDriver
 * BiDi; the popup tests cover these messages there.)
 */

import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, toStorageItems } from '../../src/settings';
import { BUNDLED } from '../support/qualified-pack';
import {
  type ChromiumSession,
  launchChromium,
  openChromiumExtensionPage,
  readHighlights,
  type StaticServer,
  serveStatic,
  sleep,
  stopServiceWorker,
  waitForHighlights,
} from './harness';

type PackTimings = {
  loadMs: number;
  compileMs: number;
  origin: string;
  recognizerBuilds: { by: string; ms: number }[];
  entities: number;
  workerStartedAt: number;
};

function packTimings(worker: Worker): Promise<PackTimings> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { backstoryTestHooks: { packTimings(): Promise<PackTimings> } }
    ).backstoryTestHooks.packTimings(),
  );
}

/** Polls `check` until it holds (or fails the test after `timeoutMs`). */
async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}

/** Sends `message` to the active tab's content script; resolves to its reply or `{ error }`. */
function sendToActiveTab(worker: Worker, message: unknown): Promise<unknown> {
  return worker.evaluate(async (m) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { error: 'no active tab' };
    try {
      return await tabs.sendMessage(tab.id, m);
    } catch (error) {
      return { error: String(error) };
    }
  }, message);
}

describe('content script messages (Chromium)', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic();
    // Its own launch: a test here reloads the extension (`runtime.reload()`), which a shared
    // browser would not survive (Chromium does not load it again).
    session = await launchChromium();
    page = await session.newPage();
    await page.goto(server.url('/demo-article.html'));
    await page.bringToFront();
    await waitForHighlights(page, { min: 20 }); // includes the late paragraph
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('answers page-state with the hostname and the counts of what it painted', async () => {
    const state = (await sendToActiveTab(await session.serviceWorker(), { type: 'page-state' })) as {
      hostname: string;
      enabled: boolean;
      counts: Record<string, number>;
    };
    expect(state.hostname).toBe('127.0.0.1');
    expect(state.enabled).toBe(true);
    const painted = await readHighlights(page);
    expect(Object.values(state.counts).reduce((a, b) => a + b, 0)).toBe(painted.length);
    expect(state.counts[`${BUNDLED}/scott-bessent`]).toBe(2);
    expect(state.counts[`${BUNDLED}/jensen-huang`]).toBe(2);
    expect(state.counts[`${BUNDLED}/busan`]).toBe(1);
  });

  it('answers page-text with the visible text it read (for "Also mentioned")', async () => {
    const reply = (await sendToActiveTab(await session.serviceWorker(), { type: 'page-text' })) as {
      text: string;
    };
    expect(reply.text).toContain('Scott Bessent spent a long Monday in Madrid');
    expect(reply.text).toContain('Donald Trump meet in Busan'); // the late paragraph
    expect(reply.text).not.toContain('Hidden copy'); // display: none
    expect(reply.text).not.toContain('setTimeout'); // script text
  });

  it('reveals an entity: scrolls to its first mention and opens its card', async () => {
    await page.setViewportSize({ width: 800, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const reply = await sendToActiveTab(await session.serviceWorker(), {
      type: 'reveal-entity',
      entity: `${BUNDLED}/busan`,
    });
    expect(reply).toEqual({ revealed: true });
    const readView = () =>
      page.evaluate(() => {
        const late = document.getElementById('late-update')?.getBoundingClientRect();
        return {
          scrolled: window.scrollY > 0,
          lateVisible: !!late && late.bottom > 0 && late.top < window.innerHeight,
          cardHost: !!document.querySelector('[data-backstory-card-host]'),
        };
      });
    const revealed = { scrolled: true, lateVisible: true, cardHost: true };
    // A scroll and a card opening take their time on a loaded machine: poll for the end state.
    await until(async () => JSON.stringify(await readView()) === JSON.stringify(revealed)).catch(
      () => undefined,
    );
    expect(await readView()).toEqual(revealed);
    expect(
      await sendToActiveTab(await session.serviceWorker(), {
        type: 'reveal-entity',
        entity: `${BUNDLED}/no-such-entity`,
      }),
    ).toEqual({
      revealed: false,
    });
  });

  it('steps to the next mention on step-mention (the keyboard command) with focus in the card', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await sendToActiveTab(await session.serviceWorker(), { type: 'step-mention', direction: 1 })).toBe(
      true,
    );
    await until(() =>
      page.evaluate(() => document.activeElement?.hasAttribute('data-backstory-card-host') === true),
    );
    const title = await page.evaluate(
      () =>
        document
          .querySelector('[data-backstory-card-host]')
          ?.shadowRoot?.getElementById('backstory-card-title')?.textContent ?? '',
    );
    expect(title.length).toBeGreaterThan(0);
  });

  it('ignores malformed and unknown messages', async () => {
    for (const message of [
      { type: 'page-state', extra: true },
      { type: 'reveal-entity', entity: '<img src=x>' },
      { type: 'no-such-type' },
      'page-state',
      null,
    ]) {
      const reply = await sendToActiveTab(await session.serviceWorker(), message);
      // No listener answers: Chrome reports the closed port; nothing is thrown into the page.
      expect(
        reply === undefined || (reply as { error?: string }).error !== undefined,
        JSON.stringify(message),
      ).toBe(true);
    }
    expect(session.errors).toEqual([]);
  });

  /**
   * Stops the service worker (DevTools) and waits for DevTools to report it stopped. The article
   * tab is left on a blank page first, so that nothing but the test's own requests wakes it.
   */
  async function stopWorkerQuietly(): Promise<void> {
    await page.goto('about:blank');
    await stopServiceWorker(session, page);
  }

  /** Back to the article with every highlight (the late paragraph too), as the later tests expect. */
  async function reopenArticle(): Promise<void> {
    await page.goto(server.url('/demo-article.html'));
    await page.bringToFront();
    await waitForHighlights(page, { min: 20 });
  }

  /** A card and the popup's knowledge, asked from an extension page (wakes a stopped worker). */
  function askFromExtensionPage(extensionPage: Page) {
    return extensionPage.evaluate(async (entity) => {
      const { runtime } = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const card = await runtime.sendMessage({ type: 'card', entity });
      const popup = await runtime.sendMessage({
        type: 'popup-knowledge',
        entities: [entity, entity.replace(/\/[^/]*$/, '/no-such-entity')],
      });
      return { card, popup };
    }, `${BUNDLED}/scott-bessent`);
  }

  it('a woken service worker answers cards from its cached index, and restores its recognizer once for pages asking together', async () => {
    const before = await packTimings(await session.serviceWorker());
    const extensionPage = await openChromiumExtensionPage(session, 'options.html');
    const answered = await askFromExtensionPage(extensionPage);
    expect((answered.card as { card: { entity: { name: string } } }).card.entity.name).toBe('Scott Bessent');
    expect(Object.values((answered.popup as { names: object }).names)).toEqual(['Scott Bessent']);

    await stopWorkerQuietly();
    expect(await askFromExtensionPage(extensionPage)).toEqual(answered);
    const woken = await packTimings(await session.serviceWorker());
    expect(woken.workerStartedAt).not.toBe(before.workerStartedAt);
    expect(woken.origin).toBe('cache');
    expect(woken.recognizerBuilds).toEqual([]); // a card needs no recognizer

    const pages = [await session.newPage(), await session.newPage(), await session.newPage()];
    await Promise.all(pages.map((p) => p.goto(server.url('/demo-article.html'))));
    for (const p of pages) await waitForHighlights(p, { min: 15 });
    const timings = await packTimings(await session.serviceWorker());
    expect(timings.recognizerBuilds.map((b) => b.by)).toEqual(['snapshot']);
    console.log(
      `woken service worker: entity index ${timings.loadMs.toFixed(1)} ms, snapshot read + restore ` +
        `${timings.recognizerBuilds[0]?.ms.toFixed(1)} ms (${timings.entities} entities)`,
    );
    for (const p of [extensionPage, ...pages]) await p.close();
    await reopenArticle();
  });

  it('a woken service worker whose cached snapshot is damaged compiles instead, and highlights the same names', async () => {
    const want = (await readHighlights(page)).map((h) => h.text);
    expect(want).toContain('Scott Bessent');
    await (await session.serviceWorker()).evaluate(() =>
      (
        globalThis as unknown as { backstoryTestHooks: { damageRecognizerCache(): Promise<void> } }
      ).backstoryTestHooks.damageRecognizerCache(),
    );
    await stopWorkerQuietly();
    const reload = await session.newPage();
    await reload.goto(server.url('/demo-article.html'));
    await reload.bringToFront();
    await waitForHighlights(reload, { min: want.length });
    expect((await readHighlights(reload)).map((h) => h.text).sort()).toEqual(want.sort());
    const timings = await packTimings(await session.serviceWorker());
    expect(timings.origin).toBe('cache');
    expect(timings.recognizerBuilds.map((b) => b.by)).toEqual(['compile']);
    await reload.close();
    await reopenArticle();
  });

  /** Stores `settings` whole, as the background's settings writer would. */
  const write = async (settings: Settings) =>
    (await session.serviceWorker()).evaluate(async (items) => {
      const { storage } = (
        globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }
      ).chrome;
      await storage.sync.set(items);
    }, toStorageItems(settings));

  it('follows settings changes without a reload: style, entity types, site off and on', async () => {
    const names = async () => new Set((await readHighlights(page)).map((h) => h.name));
    const all = (await readHighlights(page)).map((h) => h.text);

    await write({ ...defaultSettings(), highlightStyle: 'background' });
    await until(async () => (await names()).has('backstory-background'));
    expect(await names()).toEqual(new Set(['backstory-background']));

    await write({ ...defaultSettings(), highlightStyle: 'none' }); // off-but-hoverable: still registered
    await until(async () => (await names()).has('backstory-unstyled'));
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(all);

    const withoutPlaces = defaultSettings().entityTypes.filter((t) => t !== 'place');
    await write({ ...defaultSettings(), entityTypes: withoutPlaces });
    await until(async () => (await readHighlights(page)).length === all.length - 2);
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(
      all.filter((t) => t !== 'Madrid' && t !== 'Busan'),
    );

    await write({ ...defaultSettings(), siteExceptions: ['127.0.0.1'] });
    await until(async () => (await readHighlights(page)).length === 0);
    expect(await sendToActiveTab(await session.serviceWorker(), { type: 'page-state' })).toEqual({
      hostname: '127.0.0.1',
      enabled: false,
      counts: {},
      current: true,
    });

    await write(defaultSettings());
    await until(async () => (await readHighlights(page)).length === all.length);
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(all);
    expect(await names()).toEqual(new Set(['backstory-underline']));
  });

  // Last: it reloads the extension.
  it('an orphaned content script (extension reloaded) clears its highlights quietly', async () => {
    // Its own settings, whatever a test before it left behind (a failed one can leave the site off).
    await write(defaultSettings());
    const orphanPage = await session.newPage();
    await orphanPage.goto(server.url('/demo-article.html'));
    await waitForHighlights(orphanPage, { min: 15 });
    const worker = await session.serviceWorker();
    await worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await sleep(500);
    // Any text change wakes the old script's watcher.
    await orphanPage.evaluate(() => document.querySelector('article')?.append(document.createElement('p')));
    const deadline = Date.now() + 10_000;
    while ((await readHighlights(orphanPage)).length > 0 && Date.now() < deadline) await sleep(100);
    expect(await readHighlights(orphanPage)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
