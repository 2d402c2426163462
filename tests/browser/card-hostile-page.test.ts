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
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asTestPage,
  MENTIONS_ON_ARTICLE,
  readCard,
  snapshotTestBuild,
  type TestPage,
  textBox,
  waitForCard,
  waitForNoCard,
} from './card-helpers';
import {
  launchChromium,
  launchFirefox,
  PAGES_DIR,
  type StaticServer,
  serveStatic,
  waitForHighlights,
} from './harness';

const ARTICLE = readFileSync(join(PAGES_DIR, 'card-article.html'), 'utf8');
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
type Session = { newPage(): Promise<unknown>; errors: string[]; close(): Promise<void> };

const LAUNCHERS = {
  chromium: (dist: string) => launchChromium({ dist }) as Promise<Session>,
  firefox: (dist: string) => launchFirefox({ dist }) as Promise<Session>,
};

describe.each(Object.entries(LAUNCHERS))('a page that pre-defines the card host (%s)', (name, launch) => {
  let server: StaticServer;
  let session: Session;
  let build: { dist: string; remove(): void } | undefined;
  let page: TestPage | undefined;

  beforeAll(async () => {
    server = await serveStatic({
      '/hostile-elements.html': ARTICLE.replace('<head>', `<head>${HOSTILE_SCRIPT}`),
    });
    build = snapshotTestBuild(name === 'chromium' ? 'chrome' : 'firefox');
    session = await launch(build.dist);
  });

  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await session?.close();
    await server?.close();
    build?.remove();
  });

  it('still opens the card on a real hover, and none of the page code runs on its host', async () => {
    await page?.close().catch(() => undefined);
    page = asTestPage(await session.newPage());
    await page.goto(server.url('/hostile-elements.html'));
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
    await page?.close().catch(() => undefined);
    page = asTestPage(await session.newPage());
    await page.goto(server.url('/hostile-elements.html'));
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
        const card = document.querySelector('[data-backstory-card-host]')?.shadowRoot?.querySelector('.card');
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
