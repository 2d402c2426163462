/**
 * The hover card in real Chromium and Firefox ESR (test-hooks builds): dwell, staying open over
 * the card, closing, Escape, related entities, viewport edges, hostile page CSS and strict CSP,
 * keyboard stepping with focus; a page that pre-defines the card host and sends synthetic input.
 * Needs `npm run build -- --test-hooks`.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasRule } from '../../src/knowledge/schema';
import { BUNDLED } from '../support/qualified-pack';
import {
  asTestPage,
  type CardSnapshot,
  expandCard,
  highlightedTexts,
  loadInTab,
  loadPack,
  MENTIONS_ON_ARTICLE,
  readCard,
  releaseArticle,
  revealRelatedButton,
  stepViaTestBridge,
  type TestPage,
  textBox,
  waitFor,
  waitForCard,
  waitForNoCard,
} from './card-helpers';
import {
  type ChromiumSession,
  type FirefoxSession,
  PAGES_DIR,
  type StaticServer,
  serveStatic,
  sleep,
  waitForHighlights,
} from './harness';
import { sharedChromium, sharedFirefox } from './shared-browsers';

const pack = loadPack();
const ARTICLE = readFileSync(join(PAGES_DIR, 'card-article.html'), 'utf8');
const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  html *, html *::before { font-size: 41px !important; color: rgb(255, 0, 0) !important;
    background: rgb(0, 255, 0) !important; line-height: 3 !important; }
  [data-backstory-card-host], :host, div, h2, a, button { display: none !important; position: static !important;
    transform: scale(0.2) !important; opacity: 0 !important; visibility: hidden !important; z-index: 0 !important; }
</style>`;
/** Names a page might guess for the card's host. */
const HOSTILE_NAMES = ['backstory-card-host', 'backstory-card', 'backstory-host', 'card-host'];

const HOSTILE_SCRIPT = `<script>
  const hostile = { constructed: [], attachShadow: 0, createElement: 0 };
  window.__hostile = hostile;
  for (const name of ${JSON.stringify(HOSTILE_NAMES)}) {
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        hostile.constructed.push(name);
        this.attachShadow({ mode: 'closed' });
      }
    });
  }
  customElements.define('hostile-div', class extends HTMLDivElement {
    constructor() {
      super();
      hostile.constructed.push('hostile-div');
    }
  }, { extends: 'div' });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    hostile.attachShadow += 1;
    return attachShadow.call(this, { ...init, mode: 'closed' });
  };
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    hostile.createElement += 1;
    return createElement.apply(this, args);
  };
</script>`;

/** Longer than the default hover delay (300 ms), in the page's clock. */
const WAIT_PAST_DWELL_MS = 1000;

type Hostile = { constructed: string[]; attachShadow: number; createElement: number };
const ROUTES = {
  '/hostile-elements.html': ARTICLE.replace('<head>', `<head>${HOSTILE_SCRIPT}`),
  '/card-hostile.html': {
    body: ARTICLE.replace('</head>', `${HOSTILE_CSS}</head>`),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  },
  '/card-strict-csp.html': {
    body: ARTICLE,
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
  },
};
/** The settings' default hover delay. */
const DEFAULT_HOVER_DELAY_MS = 300;
/** "Nov 29, 2026" for "2026-11-29", written out without the card's own formatting code. */
function knowledgeDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[month - 1]} ${day}, ${year}`;
}

function expectedEntityForText(text: string) {
  return pack.entities.find((e) => e.aliases.some((a) => aliasRule(a).text === text));
}

type Session = { newPage(): Promise<unknown>; errors: string[]; close(): Promise<void> };

describe.each(['chromium', 'firefox'] as const)('hover card in %s', (browserName) => {
  let server: StaticServer;
  let session: Session;
  let chromium: ChromiumSession | undefined;
  let firefox: FirefoxSession | undefined;
  /** The file's one tab: every test loads its page in it (`loadInTab`). */
  let tab: TestPage | undefined;

  beforeAll(async () => {
    server = await serveStatic(ROUTES);
    if (browserName === 'chromium') session = chromium = await sharedChromium();
    else session = firefox = await sharedFirefox();
  });

  afterAll(async () => {
    await tab?.close().catch(() => undefined);
    await session?.close();
    await server?.close();
  });

  /** Loads `path` as a new document in the file's tab (opened on first use). */
  async function load(path: string): Promise<TestPage> {
    tab ??= asTestPage(await session.newPage());
    await loadInTab(tab, server.url(path));
    return tab;
  }

  async function openArticle(path = '/card-article.html'): Promise<TestPage> {
    const page = await load(path);
    await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE });
    return page;
  }

  /**
   * The article the previous test used, put back as loaded (`releaseArticle`) instead of loaded
   * again; loaded when there is none. For tests that only open and close cards, after tests that
   * only did that.
   */
  async function reuseArticle(): Promise<TestPage> {
    const page = tab;
    const path = await page?.evaluate(() => location.pathname).catch(() => undefined);
    if (!page || path !== '/card-article.html') return openArticle();
    await releaseArticle(page, MENTIONS_ON_ARTICLE);
    return page;
  }

  async function hover(page: TestPage, text: string, within?: string) {
    const box = await textBox(page, text, within ? { within } : {});
    if (!box) throw new Error(`"${text}" not found on the page`);
    await page.mouse.move(box.x, box.y, { steps: 2 });
    return { box };
  }

  /**
   * A real touch tap (trusted input, as the card ignores synthetic events): CDP touch events in
   * Chromium (the persistent context has no `hasTouch`), WebDriver BiDi touch actions in Firefox.
   */
  async function touchTap(page: TestPage, x: number, y: number): Promise<void> {
    if (browserName === 'chromium') {
      const playwrightPage = page as unknown as PlaywrightPage;
      const cdp = await playwrightPage.context().newCDPSession(playwrightPage);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    } else {
      await (page as unknown as PuppeteerPage).touchscreen.tap(x, y);
    }
  }

  /**
   * Records, in the page's own clock, the last pointer move and the moment the card host is first
   * inserted: a card can never open sooner than its dwell after the move, however loaded the
   * machine (timers fire late, never early).
   */
  function recordOpenTimes(page: TestPage) {
    return page.evaluate(() => {
      const times = { movedAt: -1, openedAt: -1 };
      Object.assign(window, { __cardTimes: times });
      const onMove = () => {
        times.movedAt = performance.now();
      };
      addEventListener('pointermove', onMove, { capture: true });
      new MutationObserver(() => {
        if (times.openedAt < 0 && document.querySelector('[data-backstory-card-host]'))
          times.openedAt = performance.now();
      }).observe(document.documentElement, { childList: true });
    });
  }

  async function step(page: TestPage, direction: 1 | -1): Promise<void> {
    if (chromium) {
      const worker = await chromium.serviceWorker();
      await worker.evaluate(async (dir) => {
        type Tabs = {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object): Promise<unknown>;
        };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        const all = await tabs.query({});
        await Promise.all(
          all.map((tab) =>
            tab.id === undefined
              ? undefined
              : tabs.sendMessage(tab.id, { type: 'step-mention', direction: dir }).catch(() => undefined),
          ),
        );
      }, direction);
    } else await stepViaTestBridge(page, direction);
  }

  it('opens after the dwell with the name, type, facts and safe source links', async () => {
    const page = await openArticle();
    // Expected values straight from the pack file (the fixture), not from the card code.
    const entity = pack.entities.find((e) => e.id === `${BUNDLED}/scott-bessent`);
    if (!entity) throw new Error('the pack has no scott-bessent');
    const byDateNewestFirst = [...entity.facts].sort((a, b) => b.asOf.localeCompare(a.asOf));
    const deadlineTitles = pack.deadlines.filter((d) => d.entities.includes(entity.id)).map((d) => d.title);
    await recordOpenTimes(page);
    const box = await textBox(page, 'Scott Bessent');
    if (!box) throw new Error('"Scott Bessent" not found on the page');
    await page.mouse.move(box.x, box.y); // one move: the dwell starts here

    await waitForCard(page);
    const times = await page.evaluate(
      () => (window as unknown as { __cardTimes: { movedAt: number; openedAt: number } }).__cardTimes,
    );
    expect(times.movedAt, 'the pointer move reached the page').toBeGreaterThan(0);
    expect(times.openedAt - times.movedAt, 'card opened before the 300 ms dwell').toBeGreaterThanOrEqual(
      DEFAULT_HOVER_DELAY_MS - 1,
    );
    const card = await expandCard(page);
    expect(card.title).toBe('Scott Bessent');
    expect(card.type).toBe('Person');
    expect(card.description).toBe(entity.description);
    expect(card.facts.map((f) => f.text)).toEqual(byDateNewestFirst.map((f) => f.text));
    for (const fact of card.facts) expect(fact.meta).toMatch(/^as of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    const factLinks = card.links.filter((l) => !l.href.startsWith('https://www.wikidata.org/'));
    expect(factLinks.map((l) => l.label)).toEqual(
      byDateNewestFirst.map((f) => f.publisher ?? new URL(f.source).hostname.replace(/^www\./, '')),
    );
    for (const link of card.links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    // Each deadline line: its title, a status word, the due day with its weekday, a countdown.
    expect(card.deadlines.map((line) => deadlineTitles.find((t) => line.startsWith(t)))).toEqual(
      card.deadlines.map(() => expect.any(String)),
    );
    expect([...card.deadlines.map((line) => deadlineTitles.find((t) => line.startsWith(t)))].sort()).toEqual(
      [...deadlineTitles].sort(),
    );
    for (const line of card.deadlines)
      expect(line).toMatch(
        /(Upcoming|Extended|Resolved|Lapsed|Date passed) · (was )?due [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}/,
      );
    expect(card.related.map((r) => r.id)).toEqual(entity.related ?? []);
    expect(card.footer).toBe(`Knowledge as of ${knowledgeDate(pack.asOf)}`);
    expect(card.role).toBe('dialog');
    expect(card.labelledBy).toBe(true);
  });

  it('stays open while the pointer moves into the card, and closes after it leaves', async () => {
    const page = await reuseArticle();
    await hover(page, 'He Lifeng');
    const open = await waitForCard(page);
    // One move from the mention straight into the card: no event lands in the gap between them,
    // so how long the move takes on a loaded machine does not matter.
    await page.mouse.move(open.box.x, open.box.top + 20);
    await sleep(900);
    expect((await readCard(page))?.title).toBe(open.title);

    // The grace period before closing is checked with a fake clock in src/card/hover-intent.test.ts.
    await page.mouse.move(4, 4, { steps: 2 });
    await waitForNoCard(page, 'the card to close after the pointer left');
  });

  it('closes on Escape', async () => {
    const page = await reuseArticle();
    await hover(page, 'Jensen Huang');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 'Escape to close the card');
  });

  it('swaps to a related entity in place, one card at a time', async () => {
    const page = await reuseArticle();
    await hover(page, 'Scott Bessent');
    await waitForCard(page);
    const first = await expandCard(page);
    const related = first.related[0];
    if (!related) throw new Error('expected related entities on the Bessent card');
    const target = await revealRelatedButton(page, related.id);
    if (!target) throw new Error(`no button for ${related.id}`);
    await page.mouse.move(target.x, target.y, { steps: 6 });
    await page.mouse.click(target.x, target.y);
    const swapped = await waitFor(
      () => readCard(page),
      (card) => card?.title === related.name,
      `the card to show ${related.name}`,
    );
    expect(swapped?.facts.length).toBeGreaterThanOrEqual(3);
    const counts = await page.evaluate(
      () => ({
        hosts: document.querySelectorAll('[data-backstory-card-host]').length,
        cards:
          document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelectorAll('.card')
            .length ?? 0,
      }),
      undefined,
    );
    expect(counts).toEqual({ hosts: 1, cards: 1 });
  });

  it('stays inside the viewport for a mention at the bottom-right edge, without covering it', async () => {
    const page = await reuseArticle();
    await page.evaluate(() => {
      const el = document.getElementById('bottom-right');
      if (el) window.scrollTo(0, el.offsetTop + el.offsetHeight - window.innerHeight + 4);
    }, undefined);
    await sleep(200);
    const { box } = await hover(page, 'Nvidia', '#bottom-right');
    await waitForCard(page);
    // Expanded, it is at its largest: it must still fit and stay off the mention (once placed again).
    await expandCard(page);
    const card = await waitFor(
      () => readCard(page),
      (c) => c !== null && c.box.bottom <= c.viewport.height + 0.5,
      'the expanded card to be placed inside the viewport',
    );
    if (!card) throw new Error('the card closed');
    const nvidia = pack.entities.find((e) => e.id === `${BUNDLED}/nvidia`);
    expect(card.title).toBe('Nvidia');
    if (nvidia?.wikidata)
      expect(card.links).toContainEqual({
        href: `https://www.wikidata.org/wiki/${nvidia.wikidata}`,
        label: `Wikidata ${nvidia.wikidata}`,
        target: '_blank',
        rel: 'noopener noreferrer',
      });
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width + 0.5);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height + 0.5);
    expect(card.box.bottom, 'card flipped above the mention').toBeLessThanOrEqual(box.top + 0.5);
    expect(box.top - card.box.bottom, 'card sits next to the mention').toBeLessThan(24);
  });

  it('keeps its own styles on a page with hostile CSS and under a strict CSP', async () => {
    const baselinePage = await openArticle();
    await hover(baselinePage, 'Scott Bessent');
    const baseline = await waitForCard(baselinePage);

    for (const path of ['/card-hostile.html', '/card-strict-csp.html']) {
      const page = await openArticle(path);
      await hover(page, 'Scott Bessent');
      const card: CardSnapshot = await waitForCard(page, `the card on ${path}`);
      expect(card.title).toBe(baseline.title);
      const keys = new Set([...Object.keys(baseline.styles), ...Object.keys(card.styles)]);
      const differences = [...keys]
        .filter((key) => card.styles[key] !== baseline.styles[key])
        .map((key) => `${path} ${key}: ${baseline.styles[key]} → ${card.styles[key]}`);
      expect(differences).toEqual([]);
    }
  });

  it('opens the next mention with focus inside on step-mention; Tab reaches links; Esc returns focus', async () => {
    const page = await openArticle();
    const texts = await highlightedTexts(page);
    const [firstText, secondText] = texts;
    const firstEntity = firstText === undefined ? undefined : expectedEntityForText(firstText);
    const secondEntity = secondText === undefined ? undefined : expectedEntityForText(secondText);
    if (!firstEntity || !secondEntity) throw new Error(`could not map ${texts.join(', ')} to entities`);

    await page.focus('#focus-top');
    await step(page, 1);
    const card = await waitForCard(page, 'step-mention to open a card');
    expect(card.title).toBe(firstEntity.name);
    expect(card.focusInside).toBe(true);

    let focused = card.focusedTag;
    for (let i = 0; i < 6 && focused !== 'a'; i++) {
      await page.keyboard.press('Tab');
      focused = (await readCard(page))?.focusedTag ?? null;
    }
    expect(focused, 'Tab reaches a link in the card').toBe('a');

    await page.keyboard.press('Escape');
    await waitForNoCard(page, 'Escape to close the stepped card');
    const focusId = await page.evaluate(() => document.activeElement?.id ?? null, undefined);
    expect(focusId).toBe('focus-top');

    await step(page, 1);
    const second = await waitFor(
      () => readCard(page),
      (c) => c?.title === secondEntity.name,
      `stepping again to reach ${secondEntity.name}`,
    );
    expect(second?.focusInside).toBe(true);
  });

  it('opens on a touch tap at once, and a tap elsewhere closes it', async () => {
    const page = await reuseArticle();
    const box = await textBox(page, 'Jensen Huang');
    if (!box) throw new Error('"Jensen Huang" not found');
    const tap = (x: number, y: number) => touchTap(page, x, y);
    await tap(box.x, box.y);
    const card = await waitForCard(page, 'a tap to open the card');
    expect(card.title).toBe(expectedEntityForText('Jensen Huang')?.name);
    await tap(4, 4);
    await waitForNoCard(page, 'a tap outside to close the card');
  });

  it('stays open when the page changes elsewhere, and closes when its mention is removed', async () => {
    const page = await openArticle();
    await hover(page, 'Scott Bessent');
    const open = await waitForCard(page);
    await page.mouse.move(open.box.x, open.box.top + 20); // one move: none lands in the gap
    await page.evaluate(() => {
      const extra = document.createElement('p');
      extra.textContent = 'A late update also mentioned Nvidia again.';
      document.querySelector('article')?.append(extra);
    });
    await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE + 1 });
    await sleep(300);
    expect((await readCard(page))?.title, 'card kept after an unrelated change').toBe(open.title);

    await page.evaluate(() => document.getElementById('lead')?.remove());
    await waitForNoCard(page, 'the card to close once its mention is gone');
  });

  it('wraps around when stepping backwards and scrolls the far mention into view', async () => {
    const page = await openArticle();
    await step(page, 1);
    const first = await waitForCard(page, 'the first step');
    await step(page, -1);
    const lastName = 'Nvidia';
    const last = await waitFor(
      () => readCard(page),
      (card) => card?.title === lastName,
      `stepping back to wrap to the last mention (${lastName})`,
    );
    expect(last?.title).not.toBe(first.title);
    const mention = await page.evaluate(() => {
      const r = document.getElementById('bottom-right')?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, viewport: window.innerHeight } : null;
    });
    expect(
      mention && mention.top >= 0 && mention.bottom <= mention.viewport,
      'far mention scrolled into view',
    ).toBe(true);
  });

  it('follows its mention on scroll and hides while the mention is out of sight', async () => {
    const page = await openArticle();
    await page.focus('#focus-top');
    await step(page, 1);
    const open = await waitForCard(page, 'step-mention to open a card');
    const cardTop = async () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-backstory-card-host]');
        const card = host?.shadowRoot?.querySelector('.card');
        return card ? card.getBoundingClientRect().top : null;
      });
    await page.evaluate(() => window.scrollBy(0, 40));
    await waitFor(
      cardTop,
      (top) => top !== null && Math.abs(top - (open.box.top - 40)) < 2,
      'the card to move with the page',
    );
    await page.evaluate(() => window.scrollBy(0, 2000));
    await waitFor(
      async () => (await readCard(page))?.styles['card.visibility'],
      (visibility) => visibility === 'hidden',
      'the card to hide once its mention scrolled away',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitFor(
      async () => (await readCard(page))?.styles['card.visibility'],
      (visibility) => visibility === 'visible',
      'the card to show again',
    );
  });

  /**
   * A page cannot take over the card (Chromium and Firefox ESR, test-hooks builds). The page's own
   * script runs first and registers `backstory-card-host` and other likely names as custom elements
   * whose constructors count themselves and grab the shadow root, registers a customized built-in
   * `<div>`, and wraps `attachShadow` and `createElement` in its own world. A real hover (the
   * browser's own input, trusted) still opens the card, and none of the page's code ever ran on the
   * host: the positive signal first (the card is open, the definitions are in place), then the
   * counters read zero.
   *
   * Synthetic input (`isTrusted === false`) opens and closes nothing: a page that dispatches pointer
   * moves over a name, an Escape keydown or a click on the card's close button changes no card,
   * while the same input from the browser does. The "nothing happened" checks wait in the page's
   * own clock for longer than the hover delay after the moves were handled (timers fire in deadline
   * order, so a card the moves had armed would already be shown), and each is followed by the real
   * input doing what the synthetic one could not.
   * (Its own file before; it shares this file's browsers, as it only opens pages.)
   */
  describe('a page that pre-defines the card host', () => {
    const openHostilePage = () => load('/hostile-elements.html');

    it('still opens the card on a real hover, and none of the page code runs on its host', async () => {
      const page = await openHostilePage();
      await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE });
      const defined = await page.evaluate(
        (names) => names.map((n) => customElements.get(n) !== undefined),
        HOSTILE_NAMES,
      );
      expect(defined).toEqual(HOSTILE_NAMES.map(() => true)); // the hostile definitions are in place

      const box = await textBox(page, 'Scott Bessent');
      if (!box) throw new Error('"Scott Bessent" not found on the page');
      // One move, the page's first input: the card module loads after it (lazy-card.ts) and is
      // handed that move, so the card opens without a second one.
      await page.mouse.move(box.x, box.y);
      const card = await waitForCard(page, 'a real hover to open the card on the hostile page');
      expect(card.title).toBe('Scott Bessent');

      const seen = await page.evaluate(() => {
        const host = document.querySelector('[data-backstory-card-host]');
        return {
          hostile: (window as unknown as { __hostile: Hostile }).__hostile,
          tag: host?.localName,
          isCustom: host ? host.constructor !== HTMLDivElement : null,
          hosts: document.querySelectorAll('[data-backstory-card-host]').length,
        };
      });
      expect(seen).toEqual({
        hostile: { constructed: [], attachShadow: 0, createElement: 0 },
        tag: 'div',
        isCustom: false,
        hosts: 1,
      });
      expect(await readCard(page)).not.toBeNull();
      expect(session.errors).toEqual([]);
    });

    it('ignores synthetic pointer, keyboard and click events; real ones open and close the card', async () => {
      const page = await openHostilePage();
      await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE });
      const box = await textBox(page, 'Nvidia');
      if (!box) throw new Error('"Nvidia" not found on the page');

      // Synthetic pointer moves over the name, then past the dwell in the page's clock.
      const afterMoves = await page.evaluate(
        async ({ x, y, waitMs }) => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const target = document.elementFromPoint(x, y);
          if (!target) return { dispatched: 0, shown: false };
          let dispatched = 0;
          for (let i = 0; i < 5; i++) {
            const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse' };
            target.dispatchEvent(new PointerEvent('pointerover', init));
            target.dispatchEvent(new PointerEvent('pointermove', init));
            target.dispatchEvent(new MouseEvent('mousemove', init));
            dispatched += 1;
            await frame();
          }
          await frame();
          await new Promise((resolve) => setTimeout(resolve, waitMs));
          const card = document
            .querySelector('[data-backstory-card-host]')
            ?.shadowRoot?.querySelector('.card');
          return { dispatched, shown: !!card && !(card as HTMLElement).hidden };
        },
        { x: box.x, y: box.y, waitMs: WAIT_PAST_DWELL_MS },
      );
      expect(afterMoves).toEqual({ dispatched: 5, shown: false });

      // The browser's own move at the same place opens the card.
      await page.mouse.move(box.x, box.y, { steps: 2 });
      const card = await waitForCard(page, 'a real hover after the synthetic moves');
      expect(card.title).toBe('Nvidia');

      // A synthetic Escape and a synthetic click on the close button leave it open.
      const afterKeys = await page.evaluate(async (waitMs) => {
        const root = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
        const close = root?.querySelector<HTMLButtonElement>('button.close');
        const init = { key: 'Escape', code: 'Escape', bubbles: true, composed: true };
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', init));
        window.dispatchEvent(new KeyboardEvent('keydown', init));
        close?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        close?.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        const card = root?.querySelector<HTMLElement>('.card');
        return { closeButton: !!close, shown: !!card && !card.hidden };
      }, WAIT_PAST_DWELL_MS);
      expect(afterKeys).toEqual({ closeButton: true, shown: true });
      expect((await readCard(page))?.title).toBe('Nvidia');

      // The real Escape closes it.
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'a real Escape to close the card');
      expect(session.errors).toEqual([]);
    });
  });

  it('logged no extension errors', () => {
    expect(session.errors).toEqual([]);
  });
});
