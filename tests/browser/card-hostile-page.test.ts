/**
 * A page cannot take over the card (Chromium and Firefox ESR, test-hooks builds). The page's own
 * script runs first and registers `backstory-card-host` and other likely names as custom elements
 * whose constructors count themselves and grab the shadow root, registers a customized built-in
 * `<div>`, and wraps `attachShadow` and `createElement` in its own world. A real hover (the
 * browser's own input, trusted) still opens the card, and none of the page's code ever ran on the
 * host: the positive signal first (the card is open, the definitions are in place), then the
 * counters read zero.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asTestPage, readCard, snapshotTestBuild, type TestPage, textBox, waitForCard } from './card-helpers';
import {
  launchChromium,
  launchFirefox,
  PAGES_DIR,
  type StaticServer,
  serveStatic,
  waitForHighlights,
} from './harness';

const ARTICLE = readFileSync(join(PAGES_DIR, 'card-article.html'), 'utf8');
const MENTIONS_ON_ARTICLE = 7;
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
    await page.mouse.move(box.x, box.y, { steps: 2 });
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
});
