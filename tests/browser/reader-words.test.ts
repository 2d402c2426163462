/**
 * Every word of the interface comes from `_locales/<locale>/messages.json` through `browser.i18n`.
 * A copy of the test-hooks build whose English messages are all wrapped in ⟦…⟧ is loaded in Chromium
 * and Firefox ESR; the popup, the options page and an expanded card must show no letters outside
 * those brackets except pack data (names, facts, titles, publishers…), page hostnames, Intl dates
 * and relative days, and the browser's own key names. A hard-coded string anywhere fails, the
 * options page's knowledge-pack section included.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/knowledge/schema';
import {
  clickElement,
  expandCard,
  MENTIONS_ON_ARTICLE,
  snapshotTestBuild,
  type TestPage,
  textBox,
  waitFor,
  waitForCard,
} from './card-helpers';
import { launchChromium, launchFirefox, type StaticServer, serveStatic, waitForHighlights } from './harness';
import { highlightCount, NEWS_ENTITIES, NEWS_PAGE } from './popup-helpers';
import { chromiumReader, firefoxReader, type ReaderSession } from './reader-helpers';

const OPEN = '⟦';
const CLOSE = '⟧';

/** Wraps every message of the build's English file (placeholders stay usable). */
function pseudoLocalize(dist: string): void {
  const path = join(dist, '_locales/en/messages.json');
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  for (const [key, entry] of Object.entries(messages)) {
    if (key !== 'htmlLang') entry.message = `${OPEN}${entry.message}${CLOSE}`;
  }
  writeFileSync(path, JSON.stringify(messages));
}

/** Text nodes and labeling attributes of the document (or only the card's shadow root), shadow roots included. */
function collectWords(page: TestPage, cardOnly = false): Promise<string[]> {
  return page.evaluate((onlyCard) => {
    const out: string[] = onlyCard ? [] : [document.title];
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement?.localName;
          if (parent !== 'script' && parent !== 'style') out.push(node.textContent ?? '');
          continue;
        }
        const el = node as Element;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
          if (el.hasAttribute(name)) out.push(el.getAttribute(name) ?? '');
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    const card = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
    if (!onlyCard) visit(document.documentElement);
    else if (card) visit(card);
    return out.map((t) => t.trim()).filter((t) => t !== '');
  }, cardOnly);
}

const KEY_NAMES = /^(Alt|Ctrl|Shift|Command|MacCtrl|⌥|⇧|⌘|\+|[A-Z0-9]|Comma|Period|Space)+$/;

/** What is left of `text` once messages and data are taken out, if it still has words. */
function stray(text: string, data: readonly string[], relative: readonly string[]): string | undefined {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const value of data) rest = rest.split(value).join(' ');
  for (const phrase of relative) rest = rest.split(phrase).join(' ');
  rest = rest.trim();
  if (!/\p{L}/u.test(rest) || /\d/.test(rest) || KEY_NAMES.test(rest.replace(/\s/g, ''))) return undefined;
  return rest;
}

function packData(pack: Pack): string[] {
  const values = new Set<string>(['127.0.0.1', 'example.com', pack.title]);
  for (const e of pack.entities) {
    values.add(e.name).add(e.description);
    for (const f of e.facts) {
      values.add(f.text).add(new URL(f.source).hostname.replace(/^www\./, ''));
      if (f.publisher) values.add(f.publisher);
    }
    if (e.wikidata) values.add(`Wikidata ${e.wikidata}`);
  }
  for (const d of pack.deadlines) {
    values.add(d.title).add(d.summary);
    for (const entry of d.timeline) {
      values.add(entry.event).add(new URL(entry.source).hostname.replace(/^www\./, ''));
      if (entry.publisher) values.add(entry.publisher);
    }
  }
  return [...values].sort((a, b) => b.length - a.length);
}

describe.each(['chromium', 'firefox'] as const)('interface words in %s', (browserName) => {
  let server: StaticServer;
  let reader: ReaderSession;
  let build: { dist: string; remove(): void };
  let data: string[];
  let news: TestPage;

  beforeAll(async () => {
    server = await serveStatic({ '/news.html': NEWS_PAGE });
    build = snapshotTestBuild(browserName === 'chromium' ? 'chrome' : 'firefox');
    pseudoLocalize(build.dist);
    data = packData(JSON.parse(readFileSync(join(build.dist, 'knowledge.json'), 'utf8')) as Pack);
    reader =
      browserName === 'chromium'
        ? chromiumReader(await launchChromium({ dist: build.dist }))
        : firefoxReader(await launchFirefox({ dist: build.dist }));
    news = await reader.newPage();
    await news.goto(server.url('/news.html'));
    await waitFor(
      () => highlightCount(news),
      (n) => n >= NEWS_ENTITIES.length,
      'highlights',
      15_000,
    );
  }, 180_000);

  afterAll(async () => {
    await reader?.close();
    await server?.close();
    build?.remove();
  });

  async function strays(page: TestPage, cardOnly = false): Promise<string[]> {
    const relative = await page.evaluate(() => {
      const format = new Intl.RelativeTimeFormat(navigator.language, { numeric: 'auto' });
      return [-1, 0, 1].flatMap((n) => [format.format(n, 'day'), format.format(n, 'month')]);
    });
    const words = await collectWords(page, cardOnly);
    expect(
      words.some((w) => w.includes(OPEN)),
      'the pseudo-locale is in use',
    ).toBe(true);
    return words.flatMap((w) => {
      const left = stray(w, data, relative);
      return left === undefined ? [] : [`${left}  ⟵  ${w}`];
    });
  }

  it('the options page shows only translated words and data', async () => {
    const options = await reader.extensionPage('options.html', news);
    await waitFor(
      () =>
        options.evaluate(() => ({
          shortcuts: document.querySelectorAll('.shortcut').length,
          packs: document.querySelectorAll('#packs li.pack').length,
        })),
      (n) => n.shortcuts === 4 && n.packs >= 1,
      'options with its shortcuts and the bundled pack',
    );
    // An empty address is refused by the page itself, so the packs section shows an outcome too.
    await clickElement(options, '#pack-subscribe');
    await waitFor(
      () => options.evaluate(() => !!document.querySelector('#packs-outcome.error')),
      Boolean,
      'the refused subscription',
    );
    await clickElement(options, '#reset-settings');
    await waitFor(
      () => options.evaluate(() => !!document.getElementById('reset-confirm')),
      Boolean,
      'the reset confirmation',
    );
    expect(await strays(options)).toEqual([]);
  });

  it('the popup shows only translated words and data', async () => {
    // As a tab, the popup describes its own tab (an extension page): deadlines, the reason it cannot
    // run there, the shortcuts. The names list is covered by reader-pages.test.ts.
    const popup = await reader.extensionPage('popup.html', news);
    // The deadlines arrive from the background after the shortcuts: wait for both before clicking.
    await waitFor(
      () =>
        popup.evaluate(() => ({
          shortcuts: document.querySelectorAll('.shortcut').length,
          deadlines: document.querySelectorAll('.deadline-head').length,
        })),
      (n) => n.shortcuts === 4 && n.deadlines >= 1,
      'the popup with its shortcuts and deadlines',
    );
    await clickElement(popup, '.deadline-head');
    await waitFor(
      () => popup.evaluate(() => document.querySelector('.deadline-head')?.getAttribute('aria-expanded')),
      (v) => v === 'true',
      'the first deadline to expand',
    );
    expect(await strays(popup)).toEqual([]);
  });

  it('the card shows only translated words and data', async () => {
    const page = await reader.newPage();
    await page.goto(server.url('/card-article.html'));
    await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE });
    const box = await textBox(page, 'Scott Bessent');
    if (!box) throw new Error('no mention');
    await page.mouse.move(box.x, box.y, { steps: 2 });
    await waitForCard(page, 'the card');
    await expandCard(page);
    expect(await strays(page, true)).toEqual([]);
  });
});
