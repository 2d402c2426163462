/**
 * Screenshots of what a reader sees, in Chromium: the compact card, the expanded card, the card at
 * 200 % zoom (a 1280 × 800 window: 640 × 400 CSS px at two device pixels per px) and a deadline's
 * timeline in the popup. Saved into `docs/screenshots/` when `BACKSTORY_SCREENSHOTS=1`, else into a
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
  launchChromium,
  ROOT,
  removeTempDir,
  type StaticServer,
  serveStatic,
  waitForHighlights,
} from './harness';
import { bundledPack, clockBeforeSoonest, TEST_NOW_KEY } from './popup-helpers';

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
    session = await launchChromium({ dist: build.dist });
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
});
