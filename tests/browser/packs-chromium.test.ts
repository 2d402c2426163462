/**
 * Knowledge packs in Chromium, end to end, in one browser profile: the bundled packs; a pack added
 * from a file (highlighted, its card opens, switched off and on); a signed pack subscribed on
 * 127.0.0.1, updated with a conditional request, a tampered copy and a copy signed by another key
 * refused, the server down — each time the previous copy kept; the popup saying a deadline passed
 * with nothing after it; and everything still there after a browser restart (the recognizer then
 * restored from its cache).
 *
 * Site access for the subscription is granted the way a reader can in chrome://extensions (the
 * options page's own request then resolves without a prompt, which a headless browser cannot show).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openChromiumExtensionPage,
  removeTempDir,
  type StaticServer,
  serveStatic,
} from './harness';
import {
  activeTabId,
  addPackFromFile,
  highlightsWhen,
  LOW_PACK,
  LOW_PACK_TEXT,
  LOW_ROW_BOTH_ON,
  LOW_ROW_TOP_OFF,
  newSigningKeys,
  openOptions,
  PACK_ID,
  PACKS_ARTICLE,
  PACKS_WAIT_MS,
  type PackServer,
  packItem,
  publish,
  revealCard,
  servePacks,
  TOP_PACK,
  TOP_PACK_TEXT,
  testPackText,
} from './packs-helpers';
import { TEST_NOW_KEY, waitUntil } from './popup-helpers';

declare const chrome: {
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};
type Timings = { origin: string; entities: number };
declare const backstoryTestHooks: { packTimings(): Promise<Timings> };

const FEED = 'newsroom-feed';
const FEED_PATH = '/packs/feed.json';

let server: StaticServer;
let packs: PackServer;
let session: ChromiumSession;
let profileDir: string;
let tmpDir: string;
let options: Page;
let article: Page;

async function openArticle(): Promise<Page> {
  const page = await session.newPage();
  await page.goto(server.url('/packs-article.html'));
  return page;
}

async function packText(id: string): Promise<string> {
  return (await options.textContent(packItem(id))) ?? '';
}

async function checkNow(id: string): Promise<void> {
  await options.bringToFront();
  await options.click(`${packItem(id)} .pack-check`);
}

describe('knowledge packs in Chromium', () => {
  beforeAll(async () => {
    server = await serveStatic({ '/packs-article.html': PACKS_ARTICLE });
    packs = await servePacks();
    profileDir = mkdtempSync(join(tmpdir(), 'backstory-packs-chromium-'));
    tmpDir = mkdtempSync(join(tmpdir(), 'backstory-packs-files-'));
    session = await launchChromium({ userDataDir: profileDir });
    options = await openOptions(session);
    article = await openArticle();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await packs?.close();
    for (const dir of [profileDir, tmpDir]) removeTempDir(dir);
  });

  it('ships the chip-controls pack switched off, and makes no request without a subscription', async () => {
    const listed = await options.$$eval('li.pack', (items) =>
      items.map((i) => [i.getAttribute('data-pack'), i.getAttribute('data-enabled')]),
    );
    expect(listed).toEqual([
      ['us-china-trade-tech', 'true'],
      ['chip-controls', 'false'],
    ]);
    const texts = await highlightsWhen(article, 'the bundled name', (t) => t.includes('Scott Bessent'));
    expect(texts).not.toContain('Quorvane Holdings');
    expect(packs.requests).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });

  it('adds a pack from a file: its names are highlighted and its card opens; off they go, on they return', async () => {
    const bad = join(tmpDir, 'broken.json');
    writeFileSync(bad, testPackText('2026-11-20').replace('"schemaVersion": 1', '"schemaVersion": 9'));
    await options.setInputFiles('#pack-file', bad);
    await options.waitForSelector('#packs-outcome.error');
    expect(await options.textContent('#packs-outcome')).toContain('schemaVersion: must be 1');
    expect(await options.$$eval('li.pack', (items) => items.length)).toBe(2);

    const file = join(tmpDir, 'newsroom.json');
    writeFileSync(file, testPackText('2026-11-20'));
    await addPackFromFile(options, file, PACK_ID);
    expect(await packText(PACK_ID)).toContain('Added from the file newsroom.json');
    await highlightsWhen(article, 'the file pack’s names', (t) =>
      ['Quorvane Holdings', 'Talia Brennick', 'Scott Bessent'].every((n) => t.includes(n)),
    );
    const card = await revealCard(session, article, `${PACK_ID}/quorvane`, 'A fact about it, number 1.');
    expect(card).toContain('Quorvane Holdings');

    await options.bringToFront();
    await options.click(`${packItem(PACK_ID)} .pack-switch`);
    await highlightsWhen(
      article,
      'the file pack’s names to go',
      (t) => t.includes('Scott Bessent') && !t.includes('Quorvane Holdings'),
    );
    await options.bringToFront();
    await options.click(`${packItem(PACK_ID)} .pack-switch`);
    await highlightsWhen(article, 'the file pack’s names to return', (t) => t.includes('Quorvane Holdings'));
    expect(packs.requests).toEqual([]); // still no subscription, still no request
  });

  it('moves a pack with the keyboard: the order buttons are ordinary buttons', async () => {
    await options.bringToFront();
    await options.focus(`${packItem(PACK_ID)} .pack-up`);
    await options.keyboard.press('Enter');
    await waitUntil(
      'the pack to move up',
      () => options.$$eval('li.pack', (items) => items.map((i) => i.getAttribute('data-pack'))),
      (ids) => ids.join() === ['us-china-trade-tech', PACK_ID, 'chip-controls'].join(),
    );
  });

  it('subscribes to a signed pack on 127.0.0.1 and updates it; refuses tampered and foreign-signed copies; keeps the copy when the server is down', async () => {
    const publisher = await newSigningKeys();
    const intruder = await newSigningKeys();
    const v1 = testPackText('2026-11-20', [], FEED);
    const v2 = testPackText('2026-11-21', ['Ostrel Dynamics'], FEED);
    const v3 = testPackText('2026-11-22', ['Ostrel Dynamics', 'Varnish Peak'], FEED);
    await publish(packs, FEED_PATH, v1, publisher, '"v1"');

    const extensions = await session.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      (id) => chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
      session.extensionId,
    );
    await extensions.close();

    await options.bringToFront();
    await options.fill('#pack-url', packs.url(FEED_PATH));
    await options.click('#pack-subscribe');
    await options.waitForSelector(packItem(FEED), { timeout: PACKS_WAIT_MS });
    expect(await packText(FEED)).toContain('Signed by publisher key');
    expect(await packText(FEED)).toContain(`Subscribed: ${packs.url(FEED_PATH)}`);

    await publish(packs, FEED_PATH, v2, publisher, '"v2"');
    await checkNow(FEED);
    await highlightsWhen(article, 'the updated pack’s new name', (t) => t.includes('Ostrel Dynamics'));
    expect(packs.requests.filter((r) => r.path === FEED_PATH).map((r) => r.ifNoneMatch)).toEqual([
      undefined,
      '"v1"',
    ]);

    await checkNow(FEED);
    await waitUntil(
      'a conditional request answered 304',
      async () => packs.requests.filter((r) => r.path === FEED_PATH).length,
      (n) => n === 3,
      PACKS_WAIT_MS,
    );
    expect(packs.requests.at(-1)).toEqual({ path: FEED_PATH, ifNoneMatch: '"v2"' });

    const refused = async (what: string, expected: string) => {
      await checkNow(FEED);
      await waitUntil(
        what,
        () => packText(FEED),
        (text) => text.includes(expected),
        PACKS_WAIT_MS,
      );
      await article.reload();
      const texts = await highlightsWhen(article, 'the kept copy’s names', (t) =>
        t.includes('Ostrel Dynamics'),
      );
      expect(texts).not.toContain('Varnish Peak');
    };
    await publish(packs, FEED_PATH, v3, publisher, '"v3"', v2); // v3's bytes, v2's signature
    await refused('the tampered copy to be refused', 'the signature does not match this copy');
    await publish(packs, FEED_PATH, v3, intruder, '"v3b"');
    await refused('the foreign-signed copy to be refused', 'signed by another key');
    await packs.close();
    await refused('the check to fail with the server down', 'could not reach 127.0.0.1');
    expect(await packText(FEED)).toContain('The copy above is kept');
    expect(session.externalRequests).toEqual([]);
  });

  it('says in the popup that a deadline passed with nothing after it, and offers to check for updates', async () => {
    await session.worker.evaluate(
      (key) => chrome.storage.local.set({ [key]: '2026-11-29T12:00:00Z' }),
      TEST_NOW_KEY,
    );
    const tabId = await activeTabId(session, article);
    const popup = await openChromiumExtensionPage(session, `popup.html?tab=${tabId}`);
    const item = `.deadline[data-deadline="${FEED}/review-deadline"]`;
    await popup.waitForSelector(`${item} .pack-silence`, { timeout: PACKS_WAIT_MS });
    expect(await popup.textContent(`${item} .pack-silence`)).toContain('holds nothing after');
    await popup.click(`${item} .check-pack-updates`);
    await popup.waitForSelector(`${item} .check-result`, { timeout: PACKS_WAIT_MS });
    expect(await popup.textContent(`${item} .check-result`)).toContain('The check failed'); // the server is down
    // The file pack has the same deadline but no subscription: no button there.
    expect(
      await popup.$(`.deadline[data-deadline="${PACK_ID}/review-deadline"] .check-pack-updates`),
    ).toBeNull();
    await popup.close();
  });

  it('keeps every pack across a browser restart, and the woken background restores its recognizer', async () => {
    await session.close();
    session = await launchChromium({ userDataDir: profileDir });
    options = await openOptions(session);
    const listed = await options.$$eval('li.pack', (items) =>
      items.map((i) => [i.getAttribute('data-pack'), i.getAttribute('data-enabled')]),
    );
    expect(listed).toEqual([
      ['us-china-trade-tech', 'true'],
      [PACK_ID, 'true'],
      ['chip-controls', 'false'],
      [FEED, 'true'],
    ]);
    expect(await packText(FEED)).toContain('could not reach 127.0.0.1');
    article = await openArticle();
    await highlightsWhen(article, 'every pack’s names after the restart', (t) =>
      ['Quorvane Holdings', 'Ostrel Dynamics', 'Scott Bessent'].every((n) => t.includes(n)),
    );
    const timings = await session.worker.evaluate(() => backstoryTestHooks.packTimings());
    expect(timings.origin).toBe('cache');
  });
});

describe('two packs sharing a name, one needing packs it lacks (own browser profile)', () => {
  let own: ChromiumSession;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-packs-shared-'));
    own = await launchChromium({ userDataDir: join(dir, 'profile') });
    page = await openOptions(own);
  });

  afterAll(async () => {
    await own?.close();
    removeTempDir(dir);
  });

  it('lists under the lower pack the name it left to the higher one, and the packs it needs that are off or not installed', async () => {
    for (const [id, text] of [
      [TOP_PACK, TOP_PACK_TEXT],
      [LOW_PACK, LOW_PACK_TEXT],
    ] as const) {
      const file = join(dir, `${id}.json`);
      writeFileSync(file, text);
      await addPackFromFile(page, file, id);
    }
    const rowText = (id: string) => page.$eval(packItem(id), (li) => li.textContent ?? '');
    const low = await waitUntil(
      'the lower pack’s notices',
      () => rowText(LOW_PACK),
      (text) => LOW_ROW_BOTH_ON.every((line) => text.includes(line)),
      PACKS_WAIT_MS,
    );
    expect(low).not.toContain(LOW_ROW_TOP_OFF); // the top pack is on: only the absent one is missing
    const top = await rowText(TOP_PACK);
    expect(top).not.toContain('left to packs higher');
    expect(top).not.toContain('Needs packs');

    await page.click(`${packItem(TOP_PACK)} .pack-switch`);
    const off = await waitUntil(
      'the lower pack’s notices with the top pack off',
      () => rowText(LOW_PACK),
      (text) => text.includes(LOW_ROW_TOP_OFF),
      PACKS_WAIT_MS,
    );
    expect(off).not.toContain('left to packs higher');
  });
});
