/**
 * Helpers for the hover-card browser tests: a small page interface both Playwright (Chromium)
 * and Puppeteer (Firefox) pages satisfy, and in-page readers for text positions and the card.
 */

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pack } from '../../src/knowledge/schema';
import { qualifiedPack } from '../support/qualified-pack';
import { pollDelay, ROOT, removeTempDir, sleep, TEST_DIST } from './harness';

/** The subset of Playwright's and Puppeteer's Page the card tests use. */
/**
 * Names painted on tests/pages/card-article.html, the page the card tests and the card-hover bench
 * use. "Treasury" in "Treasury chief Scott Bessent" is his office title, not a mention.
 */
export const MENTIONS_ON_ARTICLE = 6;

export type TestPage = {
  goto(url: string): Promise<unknown>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  focus(selector: string): Promise<void>;
  close(): Promise<void>;
};

export function asTestPage(page: unknown): TestPage {
  return page as TestPage;
}

/**
 * A private copy of the test-hooks build, so another process rebuilding `dist/test` during the
 * run cannot pull files from under the browser. Returns the copy's path and a remover.
 */
export function snapshotTestBuild(browser: 'chrome' | 'firefox'): { dist: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `backstory-card-${browser}-`));
  const dist = join(dir, browser);
  cpSync(TEST_DIST[browser], dist, { recursive: true });
  return { dist, remove: () => removeTempDir(dir) };
}

/** The bundled pack with its run-time ids (`us-china-trade-tech/scott-bessent`). */
export function loadPack(): Pack {
  return qualifiedPack(JSON.parse(readFileSync(join(ROOT, 'public/knowledge.json'), 'utf8')) as Pack);
}

export type Box = { left: number; top: number; right: number; bottom: number; x: number; y: number };

/**
 * The first client rect of the `occurrence`-th occurrence of `text` inside `within` (a CSS
 * selector, default body), with its center as x/y, scrolled into view first if needed; null when
 * not found.
 */
export function textBox(
  page: TestPage,
  text: string,
  options: { within?: string; occurrence?: number } = {},
) {
  return page.evaluate(
    ({ text, within, occurrence }) => {
      const root = document.querySelector(within) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        let index = value.indexOf(text);
        while (index >= 0) {
          if (seen === occurrence) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const first = range.getClientRects()[0];
            if (first && (first.top < 0 || first.bottom > window.innerHeight)) {
              window.scrollBy(0, first.top - window.innerHeight / 2);
            }
            const r = range.getClientRects()[0];
            if (!r) return null;
            return {
              left: r.left,
              top: r.top,
              right: r.right,
              bottom: r.bottom,
              x: r.left + r.width / 2,
              y: r.top + r.height / 2,
            };
          }
          seen++;
          index = value.indexOf(text, index + 1);
        }
      }
      return null;
    },
    { text, within: options.within ?? 'body', occurrence: options.occurrence ?? 0 },
  ) as Promise<Box | null>;
}

export type CardSnapshot = {
  title: string;
  type: string;
  description: string;
  facts: { text: string; meta: string }[];
  links: { href: string; label: string; target: string; rel: string }[];
  deadlines: string[];
  related: { id: string; name: string; box: Box }[];
  footer: string;
  role: string | null;
  labelledBy: boolean;
  box: Box;
  viewport: { width: number; height: number };
  /** Focus is inside the card's shadow root. */
  focusInside: boolean;
  /** Tag of the focused element inside the shadow root, lower case. */
  focusedTag: string | null;
  /** Id of the page element that has focus (outside the card), if any. */
  pageFocusId: string | null;
  styles: Record<string, string>;
};

/** The visible card, or null when no card is shown. */
export function readCard(page: TestPage): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-backstory-card-host]');
    const root = host?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!host || !root || !card || card.hidden) return null;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    };
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();
    const pick = (el: Element | null, props: string[], prefix: string, out: Record<string, string>) => {
      if (!el) return;
      const style = getComputedStyle(el);
      for (const p of props) out[`${prefix}.${p}`] = style.getPropertyValue(p);
    };
    const styles: Record<string, string> = {};
    pick(
      card,
      [
        'display',
        'position',
        'font-size',
        'font-family',
        'line-height',
        'color',
        'background-color',
        'border-top-width',
        'border-radius',
        'padding-left',
        'max-width',
        'text-align',
        'visibility',
        'opacity',
        'z-index',
      ],
      'card',
      styles,
    );
    pick(root.querySelector('h2'), ['font-size', 'font-weight', 'color', 'display'], 'h2', styles);
    pick(root.querySelector('.facts a'), ['color', 'text-decoration-line', 'display'], 'a', styles);
    pick(
      root.querySelector('.related button'),
      ['border-top-style', 'background-color', 'cursor'],
      'button',
      styles,
    );
    pick(host, ['position', 'display', 'z-index', 'opacity', 'visibility', 'transform'], 'host', styles);
    const active = root.activeElement;
    return {
      title: text(root.querySelector('h2')),
      type: text(root.querySelector('.type')),
      description: text(root.querySelector('.desc')),
      facts: [...root.querySelectorAll('.facts li')].map((li) => ({
        text: text(li.querySelector('p')),
        meta: text(li.querySelector('.meta')),
      })),
      links: [...root.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        label: text(a),
        target: a.getAttribute('target') ?? '',
        rel: a.getAttribute('rel') ?? '',
      })),
      deadlines: [...root.querySelectorAll('.deadlines li')].map(
        (li) =>
          text(li.querySelector('.deadline-title')) +
          text(li.querySelector('.meta')) +
          text(li.querySelector('.stale')),
      ),
      related: [...root.querySelectorAll<HTMLElement>('.related button')].map((b) => ({
        id: b.dataset.entity ?? '',
        name: text(b),
        box: box(b),
      })),
      footer: text(root.querySelector('footer')),
      role: card.getAttribute('role'),
      labelledBy: !!root.getElementById(card.getAttribute('aria-labelledby') ?? ''),
      box: box(card),
      viewport: {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
      focusInside: document.activeElement === host && active !== null,
      focusedTag: active ? active.localName : null,
      pageFocusId:
        document.activeElement && document.activeElement !== host ? document.activeElement.id : null,
      styles,
    };
  }, undefined);
}

/** Polls `probe` until it returns a value accepted by `accept`; throws with `what` on timeout. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await sleep(pollDelay(started, 50));
  }
}

/** Waits for the card's entry animation (if any) to finish. */
export function settleCard(page: TestPage): Promise<void> {
  return page.evaluate(async () => {
    const root = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
    if (!root) return;
    await Promise.all(root.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Waits for a card with a real title, lets its entry animation finish, and reads it. */
export async function waitForCard(page: TestPage, what = 'the card to open', timeoutMs?: number) {
  await waitFor(
    () => readCard(page),
    (card) => card !== null && card.title !== '' && card.title !== 'Backstory',
    what,
    timeoutMs,
  );
  await settleCard(page);
  const card = await readCard(page);
  if (!card) throw new Error(`the card closed right after opening (${what})`);
  return card;
}

export const waitForNoCard = (page: TestPage, what = 'the card to close', timeoutMs?: number) =>
  waitFor(
    () => readCard(page),
    (card) => card === null,
    what,
    timeoutMs,
  );

/**
 * Puts an article page back as its load left it, so that the next test can use it instead of loading
 * it again (a load until highlighted costs about 1 CPU-s): closes the card (Escape closes a pinned
 * one too), moves the pointer off the text, waits until no card is shown, clears the selection and
 * focus, scrolls to the top, and checks that the page still shows `mentions` highlights. Only for
 * tests that open and close cards and change nothing else (no DOM change, no stepping, no zoom).
 */
export async function releaseArticle(page: TestPage, mentions: number): Promise<void> {
  if (await readCard(page)) await page.keyboard.press('Escape');
  await page.mouse.move(4, 4);
  await waitForNoCard(page, 'the card to close before the page is used again');
  const painted = await page.evaluate(() => {
    document.getSelection()?.removeAllRanges();
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
    let count = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('backstory-')) count += highlight.size;
    return count;
  }, undefined);
  if (painted < mentions) throw new Error(`the reused page shows ${painted} highlights, not ${mentions}`);
}

/**
 * Loads `url` in `tab`, a tab an earlier test used, instead of in a new tab: each test still gets a
 * new document (and a new content script), but no new tab, whose renderer (Chromium, about 0.35 CPU-s
 * to start) or content process (Firefox, about 1 CPU-s) would be started for it and ended with it.
 * The new document starts as a new tab's would: the old page is scrolled to the top first (no
 * scroll position to restore), and the pointer is where no name is. A page loaded here records
 * whether it had trusted pointer input; only then is the pointer moved to the corner before the next
 * load (it may be over a name). A move in a page without it would make that page's content script
 * start loading the card module (its first pointer input does), and leaving the page at once would
 * abort that import, which the content script reports as an extension error.
 */
export async function loadInTab(
  tab: Pick<TestPage, 'goto' | 'evaluate'> & { mouse: { move(x: number, y: number): Promise<void> } },
  url: string,
): Promise<void> {
  const pointerUsed = await tab
    .evaluate(() => (window as { __pointerUsed?: boolean }).__pointerUsed === true)
    .catch(() => false);
  if (pointerUsed) await tab.mouse.move(4, 4);
  await tab.evaluate(() => window.scrollTo(0, 0)).catch(() => undefined);
  await tab.goto(url);
  await tab
    .evaluate(() => {
      const record = (event: Event) => {
        if (event.isTrusted) (window as { __pointerUsed?: boolean }).__pointerUsed = true;
      };
      for (const type of ['pointermove', 'pointerdown'])
        addEventListener(type, record, { capture: true, passive: true });
    })
    .catch(() => undefined);
}

/** The text of every painted mention, in document order (from `CSS.highlights`). */
export function highlightedTexts(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, undefined);
}

/**
 * Clicks the first element matching `selector` with the real mouse, scrolled into view first: the
 * browser makes a trusted click, as a reader's (a script's `.click()` is not one).
 */
export async function clickElement(page: TestPage, selector: string): Promise<void> {
  // Pages that render in steps (options loads settings, shortcuts and packs one after another)
  // can move a button between the measure and the click, and the click then lands on something
  // else. So click only where the element has stayed for 100 ms and is the one hit at that point.
  const at = await page.evaluate(async (s) => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    let last = '';
    for (let tries = 0; tries < 100; tries++) {
      const element = document.querySelector<HTMLElement>(s);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const where = `${x},${y}`;
      const hit = document.elementFromPoint(x, y);
      if (where === last && hit && (element === hit || element.contains(hit))) return { x, y };
      last = where;
      await pause();
    }
    return 'moving';
  }, selector);
  if (!at) throw new Error(`no ${selector} to click`);
  if (at === 'moving') throw new Error(`${selector} kept moving or stayed covered; not clicked`);
  await page.mouse.click(at.x, at.y);
}

/** Replaces the text of the field `selector` by typing `text` with the real keyboard. */
export async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.select(), selector);
  await page.keyboard.type(text);
}

/** The center of a button inside the open card (by CSS selector), or null when it is not there. */
export function cardButtonCenter(page: TestPage, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((sel) => {
    const root = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
    const button = root?.querySelector<HTMLElement>(sel);
    if (!button) return null;
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/**
 * Clicks a button inside the open card with the real mouse (the card ignores events a script
 * made). The pointer goes there in one move, so no event lands between the mention and the card;
 * the press pins the card, as a reader's click inside it does.
 */
export async function clickCardButton(page: TestPage, selector: string): Promise<void> {
  const center = await cardButtonCenter(page, selector);
  if (!center) throw new Error(`no ${selector} in the card`);
  await page.mouse.move(center.x, center.y);
  await page.mouse.click(center.x, center.y);
}

/** Presses the card's "More" with the real mouse (which pins the card) and waits for the full card. */
export async function expandCard(page: TestPage): Promise<CardSnapshot> {
  const expanded = await page.evaluate(
    () =>
      document
        .querySelector('[data-backstory-card-host]')
        ?.shadowRoot?.querySelector('button.more')
        ?.getAttribute('aria-expanded') ?? null,
  );
  if (expanded === 'false') await clickCardButton(page, 'button.more');
  const card = await waitFor(
    () => readCard(page),
    (c) => c !== null && c.footer !== '',
    'the card to expand',
  );
  if (!card) throw new Error('the card closed while expanding');
  return card;
}

/** Scrolls the card's related-entity button into view inside the card; its new box. */
export function revealRelatedButton(page: TestPage, entity: string): Promise<Box | null> {
  return page.evaluate((id) => {
    const root = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
    const button = root?.querySelector<HTMLElement>(`.related button[data-entity="${CSS.escape(id)}"]`);
    if (!button) return null;
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = button.getBoundingClientRect();
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  }, entity);
}

/** Asks the content script (test-hooks build) to step to the next/previous mention. */
export function stepViaTestBridge(page: TestPage, direction: 1 | -1): Promise<void> {
  return page.evaluate((step) => {
    window.postMessage({ bridge: 'backstory-card-test', step }, '*');
  }, direction);
}
