/**
 * `npm start [-- --firefox] [-- --page zh] [-- --ui zh-CN]`: builds the extension, serves
 * `tests/pages` on 127.0.0.1 (a free port), opens the demo article (English, or the Chinese one
 * with `--page zh`) in Chromium (default) or Firefox ESR with the extension loaded, the browser's
 * UI language set by `--ui` (default: zh-CN for the Chinese page, the machine's own otherwise),
 * and saves
 * screenshots to `out/`: the highlighted page in light and dark, and — when the hover card opens —
 * the card. Headless unless a display is available (`DISPLAY` set), in which case the last browser
 * stays open until you close it or press Ctrl+C.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  type ColorScheme,
  launchChromium,
  launchFirefox,
  PROD_DIST,
  ROOT,
  type StaticServer,
  serveStatic,
  sleep,
  waitForHighlights,
} from '../tests/browser/harness';
import { buildExtension } from './build';

const OUT_DIR = resolve(ROOT, 'out');
/** Demo pages by `--page` value. */
const DEMO_PAGES = { en: '/demo-article.html', zh: '/zh-article.html' } as const;
type DemoPage = keyof typeof DEMO_PAGES;
/** Browser UI languages `--ui` accepts (those with messages in `_locales`), and each page's default. */
const UI_LANGUAGES = ['en-US', 'zh-CN', 'zh-TW'] as const;
type UiLanguage = (typeof UI_LANGUAGES)[number];
const DEFAULT_UI: Record<DemoPage, UiLanguage | undefined> = { en: undefined, zh: 'zh-CN' };
/** The page appends a paragraph after 2 s; wait for it and for the highlights that follow. */
const LATE_PARAGRAPH_WAIT_MS = 3_500;
/** Longer than the default hover delay plus the card's first render. */
const CARD_WAIT_MS = 1_500;
const VIEWPORT = { width: 1100, height: 900 };

type BrowserName = 'chromium' | 'firefox';
type Point = { x: number; y: number };

/** The bits of a Playwright or Puppeteer page this script uses. */
type ScriptPage = {
  goto(url: string): Promise<unknown>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void> };
};

type Opened = { page: ScriptPage; close(): Promise<void> };

type Launch = { browser: BrowserName; colorScheme: ColorScheme; headless: boolean; uiLanguage?: UiLanguage };

async function openDemo(path: string, server: StaticServer, launch: Launch): Promise<Opened> {
  const { browser, colorScheme, headless, uiLanguage } = launch;
  const language = uiLanguage ? { uiLanguage } : {};
  if (browser === 'chromium') {
    const session = await launchChromium({ dist: PROD_DIST.chrome, colorScheme, headless, ...language });
    const page = await session.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.url(path));
    return { page, close: () => session.close() };
  }
  const session = await launchFirefox({ dist: PROD_DIST.firefox, colorScheme, headless, ...language });
  const page = await session.newPage();
  await page.setViewport(VIEWPORT);
  await page.goto(server.url(path));
  return { page: page as unknown as ScriptPage, close: () => session.close() };
}

/** Center of the first highlighted mention's first line box, in viewport coordinates. */
function firstMentionPoint(page: ScriptPage): Promise<Point | undefined> {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight) {
        const rect = (range as Range).getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return undefined;
  });
}

function cardIsOpen(page: ScriptPage): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-backstory-card-host]');
    return !!host?.shadowRoot && (host.shadowRoot.textContent ?? '').trim().length > 0;
  });
}

async function capture(page: ScriptPage, file: string): Promise<string> {
  const path = join(OUT_DIR, file);
  await page.screenshot({ path });
  return relative(process.cwd(), path);
}

/** Screenshots of one color scheme; returns the files written. */
async function screenshots(
  page: ScriptPage,
  name: string,
  browser: BrowserName,
  scheme: ColorScheme,
): Promise<string[]> {
  const found = await waitForHighlights(page);
  await sleep(LATE_PARAGRAPH_WAIT_MS);
  const files = [await capture(page, `${name}-${browser}-${scheme}.png`)];
  console.log(`${browser} ${scheme}: ${found.length}+ names highlighted`);
  const point = await firstMentionPoint(page);
  if (!point) return files;
  await page.mouse.move(point.x, point.y);
  await sleep(CARD_WAIT_MS);
  if (await cardIsOpen(page)) files.push(await capture(page, `${name}-${browser}-${scheme}-card.png`));
  else console.log(`${browser} ${scheme}: no hover card opened (skipped the card screenshot)`);
  return files;
}

type Args = { browser: BrowserName; page: DemoPage; uiLanguage: UiLanguage | undefined };

/**
 * Parses `--firefox`, `--page en|zh` and `--ui en-US|zh-CN|zh-TW` (also `--page=zh`, `--ui=zh-TW`);
 * exits with a usage line on anything else.
 */
function parseArgs(args: readonly string[]): Args {
  const usage = `usage: npm start [-- --firefox] [-- --page en|zh] [-- --ui ${UI_LANGUAGES.join('|')}]`;
  let browser: BrowserName = 'chromium';
  let page: DemoPage = 'en';
  let uiLanguage: UiLanguage | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--firefox') browser = 'firefox';
    else if (arg === '--ui' || arg.startsWith('--ui=')) {
      const value = arg === '--ui' ? args[++i] : arg.slice('--ui='.length);
      if (!UI_LANGUAGES.includes(value as UiLanguage)) {
        console.error(`unknown UI language ${JSON.stringify(value ?? '')}\n${usage}`);
        process.exit(2);
      }
      uiLanguage = value as UiLanguage;
    } else if (arg === '--page' || arg.startsWith('--page=')) {
      const value = arg === '--page' ? args[++i] : arg.slice('--page='.length);
      if (value !== 'en' && value !== 'zh') {
        console.error(`unknown page ${JSON.stringify(value ?? '')} (accepted: en, zh)\n${usage}`);
        process.exit(2);
      }
      page = value;
    } else {
      console.error(`unknown argument ${arg}\n${usage}`);
      process.exit(2);
    }
  }
  return { browser, page, uiLanguage: uiLanguage ?? DEFAULT_UI[page] };
}

async function main(): Promise<void> {
  const { browser, page, uiLanguage } = parseArgs(process.argv.slice(2));
  const demoPath = DEMO_PAGES[page];
  const shotName = page === 'en' ? 'demo' : `demo-${page}`;
  const headed = Boolean(process.env.DISPLAY);

  await buildExtension(false);
  await mkdir(OUT_DIR, { recursive: true });
  const server = await serveStatic();
  console.log(`serving tests/pages at ${server.origin} — demo: ${server.url(demoPath)}`);
  const written: string[] = [];
  try {
    const schemes: ColorScheme[] = ['light', 'dark'];
    for (const [i, scheme] of schemes.entries()) {
      const keepOpen = headed && i === schemes.length - 1;
      const launch: Launch = { browser, colorScheme: scheme, headless: !headed };
      const opened = await openDemo(demoPath, server, uiLanguage ? { ...launch, uiLanguage } : launch);
      try {
        written.push(...(await screenshots(opened.page, shotName, browser, scheme)));
      } finally {
        if (!keepOpen) await opened.close();
      }
      if (keepOpen) {
        console.log(`screenshots:\n  ${written.join('\n  ')}`);
        console.log('browser left open on the demo article — close it or press Ctrl+C to stop');
        await new Promise<void>((done) => process.once('SIGINT', done));
        await opened.close();
        return;
      }
    }
    console.log(`screenshots:\n  ${written.join('\n  ')}`);
  } finally {
    await server.close();
  }
}

await main();
