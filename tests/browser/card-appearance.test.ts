/**
 * The card's look in Chromium: light and dark color schemes, reduced motion, and a small
 * viewport (what a 1280×720 window shows at 200 % zoom). Saves `card-light.png` and
 * `card-dark.png` — into `docs/screenshots/` when `BACKSTORY_SCREENSHOTS=1`, else into a
 * temporary folder (the test still checks they were written).
 */
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asTestPage,
  type Box,
  type CardSnapshot,
  MENTIONS_ON_ARTICLE,
  readCard,
  textBox,
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
import { sharedChromium } from './shared-browsers';

const SAVE_TO_DOCS = process.env.BACKSTORY_SCREENSHOTS === '1';
/** Around the card and its mention in screenshots, CSS px. */
const SCREENSHOT_MARGIN_PX = 24;
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(31, 34, 40)';
/** Tall enough for a whole card with all its sections in the screenshots. */
const SCREENSHOT_VIEWPORT_HEIGHT = 1300;

describe('hover card appearance in chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let outDir: string;
  let tempDir: string | undefined;

  beforeAll(async () => {
    server = await serveStatic();
    session = await sharedChromium();
    if (SAVE_TO_DOCS) {
      outDir = join(ROOT, 'docs/screenshots');
      mkdirSync(outDir, { recursive: true });
    } else outDir = tempDir = mkdtempSync(join(tmpdir(), 'backstory-card-shots-'));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    removeTempDir(tempDir);
  });

  async function openCard(options: {
    colorScheme: 'light' | 'dark';
    reducedMotion: 'reduce' | 'no-preference';
    width?: number;
    height?: number;
  }): Promise<{ page: Page; card: CardSnapshot; mention: Box }> {
    const page = await session.newPage();
    await page.setViewportSize({ width: options.width ?? 1000, height: options.height ?? 640 });
    await page.emulateMedia({ colorScheme: options.colorScheme, reducedMotion: options.reducedMotion });
    await page.goto(server.url('/card-article.html'));
    const testPage = asTestPage(page);
    await waitForHighlights(testPage, { min: MENTIONS_ON_ARTICLE });
    const box = await textBox(testPage, 'He Lifeng');
    if (!box) throw new Error('"He Lifeng" not found');
    await page.mouse.move(box.x, box.y, { steps: 2 });
    const card = await waitForCard(testPage);
    return { page, card, mention: box };
  }

  /** Screenshot of the mention's paragraph start and the whole card. */
  async function shoot(
    opened: { page: Page; card: CardSnapshot; mention: Box },
    name: string,
  ): Promise<string> {
    const { page, card, mention } = opened;
    const path = join(outDir, name);
    const viewport = page.viewportSize() ?? { width: 1000, height: 640 };
    const articleLeft = await page.evaluate(
      () => document.querySelector('article')?.getBoundingClientRect().left ?? 0,
    );
    const x = Math.max(
      0,
      Math.floor(Math.min(card.box.left, mention.left, articleLeft) - SCREENSHOT_MARGIN_PX),
    );
    const y = Math.max(0, Math.floor(Math.min(card.box.top, mention.top) - SCREENSHOT_MARGIN_PX * 3));
    const right = Math.min(
      viewport.width,
      Math.ceil(Math.max(card.box.right, mention.right) + SCREENSHOT_MARGIN_PX),
    );
    const bottom = Math.min(viewport.height, Math.ceil(card.box.bottom + SCREENSHOT_MARGIN_PX));
    await page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } });
    return path;
  }

  it('follows the light and dark color schemes and saves a screenshot of each', async () => {
    const tall = { width: 1000, height: SCREENSHOT_VIEWPORT_HEIGHT };
    const light = await openCard({ colorScheme: 'light', reducedMotion: 'reduce', ...tall });
    expect(light.card.styles['card.background-color']).toBe(LIGHT_BACKGROUND);
    const lightPath = await shoot(light, 'card-light.png');
    await light.page.close();

    const dark = await openCard({ colorScheme: 'dark', reducedMotion: 'reduce', ...tall });
    expect(dark.card.styles['card.background-color']).toBe(DARK_BACKGROUND);
    expect(dark.card.styles['card.color']).not.toBe(light.card.styles['card.color']);
    const darkPath = await shoot(dark, 'card-dark.png');
    await dark.page.close();

    for (const path of [lightPath, darkPath]) expect(statSync(path).size).toBeGreaterThan(5_000);
  });

  it('animates its entry only when the reader has not asked for reduced motion', async () => {
    const animated = await openCard({ colorScheme: 'light', reducedMotion: 'no-preference' });
    const names = (page: Page) =>
      page.evaluate(() => {
        const card = document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelector('.card');
        return card ? getComputedStyle(card).animationName : null;
      });
    expect(await names(animated.page)).toBe('backstory-fade-in');
    await animated.page.close();
    const still = await openCard({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect(await names(still.page)).toBe('none');
    await still.page.close();
  });

  it('fits and wraps in a small viewport (200 % zoom of a 1280×720 window)', async () => {
    const { page, card } = await openCard({
      colorScheme: 'light',
      reducedMotion: 'reduce',
      width: 640,
      height: 360,
    });
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(640);
    expect(card.box.bottom).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(() => {
      const card = document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelector('.card');
      return card
        ? { horizontal: card.scrollWidth - card.clientWidth, scrolls: card.scrollHeight > card.clientHeight }
        : null;
    });
    expect(overflow?.horizontal, 'no sideways scrolling').toBeLessThanOrEqual(0);
    expect(overflow?.scrolls, 'a long card scrolls inside itself').toBe(true);
    expect(await readCard(asTestPage(page))).not.toBeNull();
    await page.close();
  });
});
