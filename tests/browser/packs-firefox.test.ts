/**
 * Knowledge packs in Firefox ESR, end to end, in one profile: a pack added from a file is
 * highlighted and switched off; a signed pack subscribed on 127.0.0.1 is updated, a tampered copy
 * refused and the copy kept when the server is down; every pack is still there after a restart.
 *
 * The options page's permission request resolves without a prompt here because the profile sets
 * `extensions.webextOptionalPermissionPrompts` to false (Firefox's own switch for automation).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirefoxSession,
  launchFirefox,
  openFirefoxExtensionPage,
  readHighlights,
  removeTempDir,
  type StaticServer,
  serveStatic,
} from './harness';
import {
  LOW_PACK,
  LOW_PACK_TEXT,
  LOW_ROW_BOTH_ON,
  LOW_ROW_TOP_OFF,
  newSigningKeys,
  PACK_ID,
  PACKS_ARTICLE,
  type PackServer,
  publish,
  servePacks,
  TOP_PACK,
  TOP_PACK_TEXT,
  testPackText,
} from './packs-helpers';
import { waitUntil } from './popup-helpers';

const FEED = 'newsroom-feed';
const FEED_PATH = '/packs/feed.json';
const WAIT_MS = 60_000;
const PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

let server: StaticServer;
let packs: PackServer;
let session: FirefoxSession;
let profileDir: string;
let tmpDir: string;
let article: Page;
let options: Page;

async function open(): Promise<void> {
  session = await launchFirefox({ profileDir, prefs: PREFS });
  article = await session.newPage();
  await article.goto(server.url('/packs-article.html'));
  await highlightsWhen('the bundled name', (t) => t.includes('Scott Bessent'));
  options = await openFirefoxExtensionPage(session, article, 'options.html');
  await options.waitForSelector('#packs li.pack');
}

async function highlightsWhen(what: string, accept: (texts: string[]) => boolean): Promise<string[]> {
  await article.bringToFront();
  return waitUntil(what, async () => (await readHighlights(article)).map((h) => h.text), accept, WAIT_MS);
}

function packItem(id: string): string {
  return `li.pack[data-pack="${id}"]`;
}

async function packText(id: string): Promise<string> {
  return options.$eval(packItem(id), (li) => li.textContent ?? '');
}

/** Clicks in the options page from script (the page is a background tab while the article paints). */
async function clickIn(selector: string): Promise<void> {
  await options.$eval(selector, (el) => (el as HTMLElement).click());
}

describe('knowledge packs in Firefox', () => {
  beforeAll(async () => {
    server = await serveStatic({ '/packs-article.html': PACKS_ARTICLE });
    packs = await servePacks();
    profileDir = mkdtempSync(join(tmpdir(), 'backstory-packs-firefox-'));
    tmpDir = mkdtempSync(join(tmpdir(), 'backstory-packs-ff-files-'));
    await open();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await packs?.close();
    for (const dir of [profileDir, tmpDir]) {
      removeTempDir(dir);
    }
  });

  it('adds a pack from a file: its names are highlighted; switched off they go', async () => {
    expect(packs.requests).toEqual([]); // no subscription, no request (the article was painted)
    const file = join(tmpDir, 'newsroom.json');
    writeFileSync(file, testPackText('2026-11-20'));
    const input = (await options.$('#pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await options.waitForSelector(packItem(PACK_ID), { timeout: WAIT_MS });
    await highlightsWhen(
      'the file pack’s names',
      (t) => t.includes('Quorvane Holdings') && t.includes('Talia Brennick'),
    );
    await clickIn(`${packItem(PACK_ID)} .pack-switch`);
    await highlightsWhen(
      'the file pack’s names to go',
      (t) => t.includes('Scott Bessent') && !t.includes('Quorvane Holdings'),
    );
    await clickIn(`${packItem(PACK_ID)} .pack-switch`);
    await highlightsWhen('the file pack’s names to return', (t) => t.includes('Quorvane Holdings'));
    expect(packs.requests).toEqual([]);
  });

  it('subscribes to a signed pack on 127.0.0.1, updates it, refuses a tampered copy and keeps it when the server is down', async () => {
    const publisher = await newSigningKeys();
    const v2 = testPackText('2026-11-21', ['Ostrel Dynamics'], FEED);
    const v3 = testPackText('2026-11-22', ['Ostrel Dynamics', 'Varnish Peak'], FEED);
    await publish(packs, FEED_PATH, testPackText('2026-11-20', [], FEED), publisher, '"v1"');
    await options.$eval(
      '#pack-url',
      (el, url) => {
        const input = el as HTMLInputElement;
        input.value = url;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      packs.url(FEED_PATH),
    );
    // A real click: Firefox takes a permission request only from a user's input.
    await options.bringToFront();
    await options.click('#pack-subscribe');
    await waitUntil(
      'the subscription in the list',
      () =>
        options.$$eval('li.pack, #packs-outcome', (els) =>
          els.map((e) => e.getAttribute('data-pack') ?? e.textContent),
        ),
      (items) => items.includes(FEED) || items.some((t) => t?.includes('nothing changed')),
      WAIT_MS,
    );
    expect(await options.$eval('#packs', (el) => el.textContent)).not.toContain('nothing changed');
    expect(await packText(FEED)).toContain('Signed by publisher key');

    await publish(packs, FEED_PATH, v2, publisher, '"v2"');
    await clickIn(`${packItem(FEED)} .pack-check`);
    await highlightsWhen('the updated pack’s new name', (t) => t.includes('Ostrel Dynamics'));
    expect(packs.requests.filter((r) => r.path === FEED_PATH).map((r) => r.ifNoneMatch)).toEqual([
      undefined,
      '"v1"',
    ]);

    const refused = async (what: string, expected: string) => {
      await clickIn(`${packItem(FEED)} .pack-check`);
      await waitUntil(
        what,
        () => packText(FEED),
        (text) => text.includes(expected),
        WAIT_MS,
      );
      await article.reload();
      const texts = await highlightsWhen('the kept copy’s names', (t) => t.includes('Ostrel Dynamics'));
      expect(texts).not.toContain('Varnish Peak');
    };
    await publish(packs, FEED_PATH, v3, publisher, '"v3"', v2);
    await refused('the tampered copy to be refused', 'the signature does not match this copy');
    await packs.close();
    await refused('the check to fail with the server down', 'could not reach 127.0.0.1');
    expect(session.externalRequests).toEqual([]);
  });

  it('keeps every pack across a browser restart', async () => {
    await session.close();
    await open();
    const listed = await options.$$eval('li.pack', (items) => items.map((i) => i.getAttribute('data-pack')));
    expect(listed).toEqual(['us-china-trade-tech', 'chip-controls', PACK_ID, FEED]);
    await highlightsWhen('every pack’s names after the restart', (t) =>
      ['Quorvane Holdings', 'Ostrel Dynamics', 'Scott Bessent'].every((n) => t.includes(n)),
    );
  });
});

describe('two packs sharing a name, one needing packs it lacks (own browser profile)', () => {
  let own: FirefoxSession;
  let site: StaticServer;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-packs-ff-shared-'));
    site = await serveStatic({ '/packs-article.html': PACKS_ARTICLE });
    own = await launchFirefox({ profileDir: join(dir, 'profile') });
    const from = await own.newPage();
    await from.goto(site.url('/packs-article.html'));
    await waitUntil(
      'the bundled name (the content script is running)',
      async () => (await readHighlights(from)).map((h) => h.text),
      (t) => t.includes('Scott Bessent'),
      WAIT_MS,
    );
    page = await openFirefoxExtensionPage(own, from, 'options.html');
    await page.waitForSelector('#packs li.pack');
  });

  afterAll(async () => {
    await own?.close();
    await site?.close();
    removeTempDir(dir);
  });

  it('lists under the lower pack the name it left to the higher one, and the packs it needs that are off or not installed', async () => {
    for (const [id, text] of [
      [TOP_PACK, TOP_PACK_TEXT],
      [LOW_PACK, LOW_PACK_TEXT],
    ] as const) {
      const file = join(dir, `${id}.json`);
      writeFileSync(file, text);
      const input = (await page.$('#pack-file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      await page.waitForSelector(packItem(id), { timeout: WAIT_MS });
    }
    const rowText = (id: string) => page.$eval(packItem(id), (li) => li.textContent ?? '');
    const low = await waitUntil(
      'the lower pack’s notices',
      () => rowText(LOW_PACK),
      (text) => LOW_ROW_BOTH_ON.every((line) => text.includes(line)),
      WAIT_MS,
    );
    expect(low).not.toContain(LOW_ROW_TOP_OFF); // the top pack is on: only the absent one is missing
    const top = await rowText(TOP_PACK);
    expect(top).not.toContain('left to packs higher');
    expect(top).not.toContain('Needs packs');

    await page.$eval(`${packItem(TOP_PACK)} .pack-switch`, (el) => (el as HTMLElement).click());
    const off = await waitUntil(
      'the lower pack’s notices with the top pack off',
      () => rowText(LOW_PACK),
      (text) => text.includes(LOW_ROW_TOP_OFF),
      WAIT_MS,
    );
    expect(off).not.toContain('left to packs higher');
  });
});
