/**
 * Screenshots of what a reader sees, in Chromium: the compact card, the expanded card, the card at
 * 200 % zoom (a 1280 × 800 window: 640 × 400 CSS px at two device pixels per px), a deadline's
 * timeline in the popup, and the popup's "On this page" list while the page's new answer is on its
 * way (held with the popup's test hook, `backstoryHoldPageAnswers`; no timer). Saved into `docs/screenshots/` when `BACKSTORY_SCREENSHOTS=1`, else into a
 * temporary folder (the test still checks they were written).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asTestPage,
  expandCard,
  MENTIONS_ON_ARTICLE,
  snapshotTestBuild,
  textBox,
  waitFor,
  waitForCard,
} from './card-helpers';
import {
  type ChromiumSession,
  ROOT,
  removeTempDir,
  type StaticServer,
  serveStatic,
  waitForHighlights,
} from './harness';
import { bundledPack, clockBeforeSoonest, TEST_NOW_KEY, waitUntil } from './popup-helpers';
import { sharedChromium } from './shared-browsers';

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/** The popup's "On this page" section: busy or not, the names listed, the note beside the heading. */
function onThisPage(popup: Page) {
  return popup.evaluate(() => {
    const section = document.querySelector('section[aria-labelledby="on-page-heading"]');
    return {
      busy: section?.getAttribute('aria-busy') ?? null,
      names: section?.querySelectorAll('.found-entity').length ?? 0,
      note: section?.querySelector('.refreshing')?.textContent ?? '',
    };
  });
}

const OUT = process.env.BACKSTORY_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const MARGIN = 16;

describe('reader screenshots in chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let build: { dist: string; remove(): void };
  let dir: string;

  beforeAll(async () => {
    server = await serveStatic();
    build = snapshotTestBuild('chrome');
    session = await sharedChromium();
    dir = OUT ?? mkdtempSync(join(tmpdir(), 'backstory-reader-shots-'));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    build?.remove();
    if (!OUT && dir) removeTempDir(dir);
  });

  async function cardPage(width: number, height: number, scale = 1): Promise<Page> {
    const page = await session.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: scale,
      mobile: false,
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url('/card-article.html'));
    await waitForHighlights(asTestPage(page), { min: MENTIONS_ON_ARTICLE });
    const box = await textBox(asTestPage(page), 'Scott Bessent');
    if (!box) throw new Error('no mention');
    await page.mouse.move(box.x, box.y, { steps: 2 });
    await waitForCard(asTestPage(page));
    return page;
  }

  async function shootCard(page: Page, name: string, width: number, height: number): Promise<string> {
    const card = await waitFor(
      () =>
        page.evaluate(() => {
          const r = document
            .querySelector('[data-backstory-card-host]')
            ?.shadowRoot?.querySelector('.card')
            ?.getBoundingClientRect();
          return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
        }),
      (r) => r !== null,
      'the card box',
    );
    if (!card) throw new Error('no card');
    const x = Math.max(0, Math.min(card.left, 280) - MARGIN);
    const y = Math.max(0, card.top - 80);
    const path = join(dir, name);
    await page.screenshot({
      path,
      clip: {
        x,
        y,
        width: Math.min(width, card.right + MARGIN) - x,
        height: Math.min(height, card.bottom + MARGIN) - y,
      },
    });
    return path;
  }

  it('saves the compact card, the expanded card, the card at 200 % zoom and the popup timeline', async () => {
    const paths: string[] = [];
    const page = await cardPage(1280, 800);
    paths.push(await shootCard(page, 'card-compact.png', 1280, 800));
    await expandCard(asTestPage(page));
    paths.push(await shootCard(page, 'card-expanded.png', 1280, 800));
    await page.close();

    const zoomed = await cardPage(640, 400, 2);
    const zoomPath = join(dir, 'card-zoom-200.png');
    await zoomed.screenshot({ path: zoomPath });
    paths.push(zoomPath);
    await zoomed.close();

    const worker = await session.serviceWorker();
    const now = clockBeforeSoonest(bundledPack(build.dist));
    await worker.evaluate(
      ([k, v]) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
        ).chrome.storage.local.set({ [k]: v }),
      [TEST_NOW_KEY, now] as const,
    );
    const popup = await session.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const first = popup.locator('.deadline').first();
    await first.waitFor();
    const timelinePath = join(dir, 'popup-timeline.png');
    await first.screenshot({ path: timelinePath });
    paths.push(timelinePath);
    await popup.close();

    for (const path of paths) expect(statSync(path).size, path).toBeGreaterThan(3_000);
  });

  it('saves the popup keeping its list, marked “Updating…”, while the page’s new answer is held', async () => {
    const article = await session.newPage();
    await article.goto(server.url('/demo-article.html'));
    await waitForHighlights(asTestPage(article));
    await article.bringToFront();
    const worker = await session.serviceWorker();
    const tabId = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const popup = await session.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    // A deadline for the page's answer far past the hold (test hook): the popup must not give up.
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&deadline=600000`);
    await waitUntil(
      'the popup to list the article’s names',
      () => onThisPage(popup),
      (s) => s.busy === 'false' && s.names > 0,
    );
    // Hold the popup's next answer, then change the page: it reports, the popup asks again and
    // keeps the list it has, marked busy, until the held answer is released.
    await popup.evaluate(() => {
      const hooks = globalThis as unknown as {
        backstoryHoldPageAnswers?: Promise<void>;
        release?: () => void;
      };
      hooks.backstoryHoldPageAnswers = new Promise<void>((release) => {
        hooks.release = release;
      });
    });
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Howard Lutnick spoke to reporters later.';
      document.querySelector('main')?.append(p);
    });
    const held = await waitUntil(
      'the popup to be updating',
      () => onThisPage(popup),
      (s) => s.busy === 'true',
    );
    // The list shown is the last answer's (the page may have reported more names meanwhile).
    expect(held.names).toBeGreaterThan(0);
    expect(held.note).toBe('Updating…');
    const path = join(dir, 'popup-updating.png');
    const box = await popup.locator('section[aria-labelledby="on-page-heading"]').boundingBox();
    if (!box) throw new Error('no “On this page” section');
    // The section's box starts at its heading's top margin; the popup's side padding frames it.
    const clip = { x: box.x - 12, y: box.y, width: box.width + 24, height: box.height + 10 };
    await popup.screenshot({ path, clip, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(3_000);
    await popup.evaluate(() => (globalThis as unknown as { release(): void }).release());
    await waitUntil(
      'the new answer',
      () => onThisPage(popup),
      (s) => s.busy === 'false',
    );
    await popup.close();
    await article.close();
  });
});
