/**
 * The card as a reader meets it, in Chromium and Firefox ESR (test-hooks builds): compact by default
 * and within 360 × 320 px, "More" in place, kept off the hovered word (also at 200 % zoom and 360 px
 * wide); pinned by a click inside, through a dragged selection, until Escape, the close button or a
 * click outside; "Copy" of the facts with their sources; Tab wrapping, Escape landing after the name,
 * stepping from the caret or focus; its name for screen readers and source links named by publisher
 * and date; a deadline's timeline; the underline's contrast on light and dark pages; axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Box,
  clickCardButton,
  expandCard,
  loadInTab,
  MENTIONS_ON_ARTICLE,
  readCard,
  releaseArticle,
  stepViaTestBridge,
  type TestPage,
  textBox,
  waitFor,
  waitForCard,
  waitForNoCard,
} from './card-helpers';
import { type ChromiumSession, type StaticServer, serveStatic, waitForHighlights } from './harness';
import {
  axeViolations,
  chromiumReader,
  contrastRatio,
  firefoxReader,
  type ReaderSession,
} from './reader-helpers';
import { sharedChromium, sharedFirefox } from './shared-browsers';

const COMPACT_MAX = { width: 360, height: 320 };
/** Longer than the close delay (300 ms) after the pointer left, on a loaded machine. */
const LONGER_THAN_CLOSE_MS = 1_200;

/** Light, dark and mixed pages for the underline's contrast (fixtures written here). */
const CONTRAST_PAGES: Record<string, string> = {
  '/light.html':
    '<body style="background:#ffffff;color:#111"><p>Talks: Scott Bessent met He Lifeng.</p></body>',
  '/dark.html':
    '<body style="background:#121212;color:#eee"><p>Talks: Scott Bessent met He Lifeng.</p></body>',
  '/mixed.html':
    '<body style="background:#f4f1ea;color:#111"><p>Nvidia said so.</p>' +
    '<div style="background:#1f2228;color:#eee"><p>Later, TikTok said so too.</p></div></body>',
};

function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe.each(['chromium', 'firefox'] as const)('the card for a reader in %s', (browserName) => {
  let server: StaticServer;
  let reader: ReaderSession;
  let chromium: ChromiumSession | undefined;
  /** The file's one tab: every test loads its page in it (`loadInTab`) instead of a new tab. */
  let page: TestPage;
  let tabOpen = false;

  beforeAll(async () => {
    server = await serveStatic(CONTRAST_PAGES);
    if (browserName === 'chromium') {
      chromium = await sharedChromium();
      reader = chromiumReader(chromium);
    } else reader = firefoxReader(await sharedFirefox());
  }, 180_000);

  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await reader?.close();
    await server?.close();
  });

  /** Loads `path` as a new document in the file's tab (opened on first use). */
  async function load(path: string, size?: { width: number; height: number }): Promise<TestPage> {
    if (!tabOpen) {
      page = await reader.newPage();
      tabOpen = true;
    }
    const tab = page;
    if (size) {
      await (tab as unknown as { setViewportSize?(s: object): Promise<void> }).setViewportSize?.(size);
      await (tab as unknown as { setViewport?(s: object): Promise<void> }).setViewport?.(size);
    }
    await loadInTab(tab, server.url(path));
    return tab;
  }

  async function article(size = { width: 1280, height: 800 }): Promise<TestPage> {
    const tab = await load('/card-article.html', size);
    await waitForHighlights(tab, { min: MENTIONS_ON_ARTICLE });
    return tab;
  }

  /**
   * The article the previous test used, put back as loaded (`releaseArticle`) instead of loaded
   * again; loaded when there is none or it has another size. For tests that only open, pin, copy
   * from and close cards, after tests that only did that.
   */
  async function reuseArticle(): Promise<TestPage> {
    const size = await page
      ?.evaluate(() => `${location.pathname} ${innerWidth}x${innerHeight}`)
      .catch(() => undefined);
    if (!page || size !== '/card-article.html 1280x800') return article();
    await releaseArticle(page, MENTIONS_ON_ARTICLE);
    return page;
  }

  async function hoverCard(text: string) {
    const mention = await textBox(page, text);
    if (!mention) throw new Error(`"${text}" not found`);
    await page.mouse.move(mention.x, mention.y, { steps: 2 });
    return { mention, card: await waitForCard(page, `the card of ${text}`) };
  }

  async function step(direction: 1 | -1): Promise<void> {
    if (chromium) {
      await (await chromium.serviceWorker()).evaluate(async (dir) => {
        type Tabs = {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: object): Promise<unknown>;
        };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        for (const tab of await tabs.query({}))
          if (tab.id !== undefined)
            await tabs.sendMessage(tab.id, { type: 'step-mention', direction: dir }).catch(() => undefined);
      }, direction);
    } else await stepViaTestBridge(page, direction);
  }

  /** Test-hooks builds measure each card task: proof that the pointer's leaving was handled. */
  function cardTasks(): Promise<number> {
    return page.evaluate(
      () =>
        performance
          .getEntriesByName('backstory:task')
          .filter((e) => String((e as PerformanceMeasure).detail).startsWith('card:')).length,
    );
  }

  it('is compact by default within 360 × 320 px at 1280 × 800, off the hovered word; "More" expands it in place', async () => {
    await article();
    const { mention, card } = await hoverCard('Scott Bessent');
    const size = { width: card.box.right - card.box.left, height: card.box.bottom - card.box.top };
    console.log(
      `[card] ${browserName} compact at 1280×800: ${size.width.toFixed(0)} × ${size.height.toFixed(0)} px`,
    );
    expect(size.width).toBeLessThanOrEqual(COMPACT_MAX.width);
    expect(size.height).toBeLessThanOrEqual(COMPACT_MAX.height);
    expect(boxesOverlap(card.box, mention), 'the card covers the hovered word').toBe(false);
    expect(card.facts.length).toBeGreaterThanOrEqual(2);
    expect(card.facts.length).toBeLessThanOrEqual(3);
    for (const fact of card.facts) expect(fact.meta).toMatch(/^as of /);
    expect(card.deadlines[0]).toMatch(/US–China tariff truce/);
    expect(card.footer, 'no footer while compact').toBe('');
    // Nothing is hidden below the compact card's edge (its content was twice its height), and a card
    // that has to scroll (expanded, or in a small window) shows a scrollbar.
    const scrolling = await page.evaluate(() => {
      const el = document
        .querySelector('[data-backstory-card-host]')
        ?.shadowRoot?.querySelector<HTMLElement>('.card');
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        hidden: el.scrollHeight - el.clientHeight,
        overflowY: style.overflowY,
        bar: style.scrollbarWidth,
      };
    });
    expect(scrolling?.hidden, 'content hidden below the compact card').toBeLessThanOrEqual(1);
    expect(scrolling).toMatchObject({ overflowY: 'auto', bar: 'thin' });

    const expanded = await expandCard(page);
    expect(expanded.box.left).toBeCloseTo(card.box.left, 0);
    expect(expanded.facts.length).toBeGreaterThan(card.facts.length);
    expect(expanded.related.length).toBeGreaterThan(0);
    expect(boxesOverlap(expanded.box, mention), 'the expanded card covers the hovered word').toBe(false);
  });

  it.each([
    ['200 % zoom of 1280 × 800', { width: 640, height: 400 }],
    ['a 360 px wide window', { width: 360, height: 740 }],
  ])('fits and stays off the word at %s', async (what, size) => {
    await article(size);
    const { mention, card } = await hoverCard('He Lifeng');
    const area =
      ((card.box.right - card.box.left) * (card.box.bottom - card.box.top)) / (size.width * size.height);
    console.log(
      `[card] ${browserName} at ${what}: ${(card.box.right - card.box.left).toFixed(0)} × ${(card.box.bottom - card.box.top).toFixed(0)} CSS px, ${(area * 100).toFixed(0)} % of the viewport`,
    );
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(size.width);
    expect(card.box.bottom).toBeLessThanOrEqual(size.height + 0.5);
    expect(boxesOverlap(card.box, mention)).toBe(false);
  });

  it('a click inside pins it: leaving no longer closes it; Escape, the close button and a click outside do', async () => {
    await reuseArticle();
    for (const close of ['escape', 'button', 'outside'] as const) {
      const { card } = await hoverCard('He Lifeng');
      // One move from the word into the card: no event lands in the gap, where a slow machine could
      // let the close delay run out.
      await page.mouse.move(card.box.x, card.box.top + 12);
      await page.mouse.click(card.box.x, card.box.top + 12);
      const before = await cardTasks();
      await page.mouse.move(4, 4, { steps: 2 });
      await waitFor(cardTasks, (n) => n > before, 'the card to handle the pointer leaving');
      await new Promise((done) => setTimeout(done, LONGER_THAN_CLOSE_MS));
      expect((await readCard(page))?.title, `pinned card kept (${close})`).toBe(card.title);
      if (close === 'escape') await page.keyboard.press('Escape');
      else if (close === 'outside') await page.mouse.click(4, 4);
      else await clickCardButton(page, 'button.close');
      await waitForNoCard(page, `the pinned card to close (${close})`);
    }
  });

  it('keeps the card while a selection is dragged from inside it past its edge', async () => {
    await reuseArticle();
    const { card } = await hoverCard('He Lifeng');
    const mouse = page.mouse as unknown as { down(): Promise<void>; up(): Promise<void> };
    await page.mouse.move(card.box.left + 20, card.box.y);
    await mouse.down();
    try {
      const before = await cardTasks();
      await page.mouse.move(card.box.right + 120, card.box.bottom + 120, { steps: 4 });
      await waitFor(cardTasks, (n) => n > before, 'the card to see the drag');
      await new Promise((done) => setTimeout(done, LONGER_THAN_CLOSE_MS));
      expect((await readCard(page))?.title).toBe(card.title);
    } finally {
      await mouse.up(); // the button is not left down for the tests after this one, in the same tab
    }
  });

  it('copies the facts with their sources as plain text', async () => {
    await reuseArticle();
    const { card } = await hoverCard('Scott Bessent');
    if (chromium) {
      await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: server.origin,
      });
    }
    const copy = await page.evaluate(() => {
      const b = document
        .querySelector('[data-backstory-card-host]')
        ?.shadowRoot?.querySelector<HTMLElement>('button.copy');
      const r = b?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    if (!copy) throw new Error('no Copy button');
    await page.mouse.move(copy.x, copy.y);
    await page.mouse.click(copy.x, copy.y);
    await waitFor(
      () =>
        page.evaluate(
          () =>
            document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelector('[role="status"]')
              ?.textContent ?? '',
        ),
      (text) => text.startsWith('Copied'),
      'the card to say it copied',
    );
    if (chromium) {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text.split('\n')[0]).toBe(`${card.title} (Person)`);
      expect(text).toContain(card.facts[0]?.text ?? '—');
      expect(text).toMatch(/\(as of [^;]+; [^,]+, https:\/\//);
    }
  });

  it('keeps Tab inside a keyboard-opened card, announces its name, and names source links by publisher and date', async () => {
    await article();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await step(1);
    const card = await waitFor(
      () => readCard(page),
      (c) => c?.focusInside === true,
      'focus in the stepped card',
    );
    expect(card?.title, 'the dialog is named by the entity when focus arrives').toBe('Scott Bessent');
    expect(card?.role).toBe('dialog');
    expect(card?.labelledBy).toBe(true);
    const names = await page.evaluate(() =>
      [
        ...(document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelectorAll('.facts a') ??
          []),
      ].map((a) => a.getAttribute('aria-label')),
    );
    for (const name of names) expect(name).toMatch(/^[^,]+, \w{3} \d{1,2}, \d{4} \(source\)$/);
    const focusables = await page.evaluate(
      () =>
        document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelectorAll('a[href], button')
          .length ?? 0,
    );
    for (let i = 0; i < focusables + 2; i++) {
      await page.keyboard.press('Tab');
      expect((await readCard(page))?.focusInside, `focus stays in the card after Tab ${i + 1}`).toBe(true);
    }
  });

  it('Escape with nothing focused before lands just after the name; stepping starts from the caret or focus', async () => {
    await article();
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.getSelection()?.removeAllRanges();
    });
    await step(1);
    await waitFor(
      () => readCard(page),
      (c) => c?.focusInside === true,
      'focus in the stepped card',
    );
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(next, 'the first focusable after "Scott Bessent"').toBe('focus-start');

    // From focus: the link after the article → the next mention is the late note's Nvidia.
    await step(1);
    expect((await waitForCard(page, 'stepping from focus')).title).toBe('Nvidia');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);

    // From the caret: in the TikTok paragraph, before its name → TikTok; backwards → Jensen Huang.
    await page.evaluate(() => {
      const text = document.getElementById('apps')?.firstChild;
      (document.activeElement as HTMLElement | null)?.blur();
      if (text) document.getSelection()?.collapse(text, 0);
    });
    await step(1);
    expect((await waitForCard(page, 'stepping from the caret')).title).toBe('TikTok');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.evaluate(() => {
      const text = document.getElementById('apps')?.firstChild;
      if (text) document.getSelection()?.collapse(text, 0);
    });
    await step(-1);
    expect((await waitForCard(page, 'stepping back from the caret')).title).toBe('Jensen Huang');
  });

  it('draws the deadline of an entity as a timeline with a name and a text equivalent when expanded', async () => {
    await reuseArticle();
    await hoverCard('Scott Bessent');
    await expandCard(page);
    const label = await page.evaluate(
      () =>
        document
          .querySelector('[data-backstory-card-host]')
          ?.shadowRoot?.querySelector('svg[role="img"]')
          ?.getAttribute('aria-label') ?? '',
    );
    expect(label).toMatch(
      /^Timeline of US–China tariff truce: Original date: .+; Extended on .+ to .+; .*Today: .+; (Was due|Due): /,
    );
    const marks = await page.evaluate(
      () =>
        document
          .querySelector('[data-backstory-card-host]')
          ?.shadowRoot?.querySelectorAll('svg[role="img"] title').length ?? 0,
    );
    // Original date, two extensions (Aug 2025, Nov 2025), today and the due date.
    expect(marks).toBe(5);
  });

  it('draws the underline at 3:1 or more against light, dark and mixed page backgrounds', async () => {
    for (const path of Object.keys(CONTRAST_PAGES)) {
      await load(path);
      await waitForHighlights(page, { min: 2 });
      const measured = await page.evaluate(() => {
        const out: { text: string; color: string; background: string }[] = [];
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
          }
          return 'rgb(255, 255, 255)';
        };
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('backstory-underline')) continue;
          for (const range of highlight) {
            const el = (range as Range).startContainer.parentElement;
            if (!el) continue;
            out.push({
              text: (range as Range).toString(),
              color: getComputedStyle(el, `::highlight(${name})`).textDecorationColor,
              background: background(el),
            });
          }
        }
        return out;
      });
      expect(measured.length, `${path}: mentions measured`).toBeGreaterThanOrEqual(2);
      for (const m of measured) {
        const ratio = contrastRatio(m.color, m.background);
        console.log(
          `[underline] ${browserName} ${path} "${m.text}": ${m.color} on ${m.background} = ${ratio.toFixed(2)}:1`,
        );
        expect(ratio, `${path} "${m.text}"`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('passes axe-core (WCAG 2.1 A/AA) as a compact and an expanded card', async () => {
    const schemes = chromium ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      await reuseArticle();
      await (page as unknown as { emulateMedia?(o: object): Promise<void> }).emulateMedia?.({
        colorScheme: scheme,
      });
      await hoverCard('Scott Bessent');
      const shadow = [['[data-backstory-card-host]', '.card']];
      expect(await axeViolations(page, shadow), `${scheme} compact`).toEqual([]);
      await expandCard(page);
      expect(await axeViolations(page, shadow), `${scheme} expanded`).toEqual([]);
    }
  });

  it('logged no extension errors', () => {
    expect(reader.errors).toEqual([]);
  });
});
