/**
 * Settings are never lost (Chromium, test-hooks build): the concrete cases, end to end through the
 * options page and the background's repair, with the real `chrome.storage` areas. Each test writes
 * the damaged state straight into storage from the service worker, then waits for the background
 * or the page to act, and reads storage back.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChromiumSession, openChromiumExtensionPage } from './harness';
import { waitUntil } from './popup-helpers';
import { sharedChromium } from './shared-browsers';

type StorageAreaApi = {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
};
declare const chrome: { storage: { sync: StorageAreaApi; local: StorageAreaApi } };

let session: ChromiumSession;
/** Deadline for steps that parse 20,000 hostnames several times (the shared box can be very slow). */
const SLOW_MS = 60_000;

beforeAll(async () => {
  session = await sharedChromium();
});

afterAll(async () => {
  await session?.close();
});

/** Polls with a deadline generous enough for a heavily loaded machine. */
function waitFor<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  return waitUntil(what, read, accept, SLOW_MS);
}

/** The service worker as it is now (Chromium may stop and restart it between steps). */
function worker() {
  return session.serviceWorker();
}

async function area(name: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return (await worker()).evaluate((n) => chrome.storage[n].get(null), name);
}

async function put(name: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  await (await worker()).evaluate(([n, i]) => chrome.storage[n].set(i), [name, items] as const);
}

/** Both areas emptied, then `sync` holding a known good copy: two sites off, a slow hover. */
async function goodSyncedCopy(): Promise<void> {
  await (await worker()).evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  await put('sync', {
    version: 1,
    enabledByDefault: true,
    highlightStyle: 'underline',
    entityTypes: ['person', 'organization', 'place', 'law', 'event'],
    hoverDelayMs: 800,
    showBadge: true,
    'sites.count': 1,
    'sites.0': ['kept.example.com', 'also-kept.example.org'],
  });
}

async function optionsPage(): Promise<PlaywrightPage> {
  const page = await openChromiumExtensionPage(session, 'options.html');
  await page.waitForSelector('#import-settings', { state: 'attached' });
  return page;
}

async function importText(page: PlaywrightPage, name: string, text: string): Promise<void> {
  // The options page may be busy rendering a 20,000-site list: a generous deadline.
  await page.setInputFiles(
    '#import-settings',
    { name, mimeType: 'application/json', buffer: Buffer.from(text) },
    { timeout: SLOW_MS },
  );
}

function manySites(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `site-${i}.regional-news-example${i % 9}.com`);
}

beforeEach(goodSyncedCopy);

describe('settings are never lost (Chromium)', () => {
  it('a partial import changes only what it states; the site list stays', async () => {
    const page = await optionsPage();
    await importText(page, 'badge.json', '{"format":"backstory-settings","showBadge":false}');
    await waitFor(
      'the import',
      () => area('sync'),
      (s) => s.showBadge === false,
    );
    expect(await area('sync')).toMatchObject({
      hoverDelayMs: 800,
      'sites.0': ['kept.example.com', 'also-kept.example.org'],
    });
    await expect(page.textContent('[role="status"]')).resolves.toMatch(
      /Imported showBadge from badge\.json; every other setting is as it was/,
    );
    await expect(page.textContent('#import-rule')).resolves.toMatch(/only the settings the file lists/);
    await expect(page.locator('li[data-site="kept.example.com"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('a full import sets every setting', async () => {
    const page = await optionsPage();
    const full = {
      format: 'backstory-settings',
      version: 1,
      enabledByDefault: false,
      siteExceptions: ['only.example.net'],
      highlightStyle: 'background',
      entityTypes: ['person'],
      hoverDelayMs: 400,
      showBadge: false,
    };
    await importText(page, 'full.json', JSON.stringify(full));
    await waitFor(
      'the import',
      () => area('sync'),
      (s) => s.hoverDelayMs === 400,
    );
    expect(await area('sync')).toMatchObject({
      enabledByDefault: false,
      'sites.count': 1,
      'sites.0': ['only.example.net'],
      highlightStyle: 'background',
      entityTypes: ['person'],
      showBadge: false,
    });
    await expect(page.textContent('[role="status"]')).resolves.toMatch(
      /Imported every setting from full\.json/,
    );
    await page.close();
  });

  it('one chunk that is not a list and a junk count: the repair keeps every other site and says what it dropped', async () => {
    const first = manySites(150);
    const second = ['second-chunk.example.com'];
    await put('sync', { 'sites.count': 'three', 'sites.0': first, 'sites.1': 'garbage', 'sites.2': second });
    // The repair writes the settings in more than one step, then records what it dropped: waiting
    // for that record, not for the first changed key, reads the finished repair (a read between the
    // steps once saw the old chunks beside the new ones, at load 19).
    await waitFor(
      'the repair',
      () => area('local'),
      (s) => s.settingsProblems !== undefined,
    );
    const repaired = await area('sync');
    const kept = Object.entries(repaired)
      .filter(([key]) => /^sites\.\d+$/.test(key))
      .flatMap(([, value]) => value as string[]);
    expect(kept).toEqual([...first, ...second]);
    const { settingsProblems } = await area('local');
    const keys = (settingsProblems as { problems: { key: string }[] }).problems.map((p) => p.key);
    expect(keys).toEqual(['sites.count', 'sites.1']);
    const page = await optionsPage();
    await expect(page.textContent('#stored-problems')).resolves.toMatch(/sites\.1.*not a list of sites/);
    await page.close();
  });

  it('settingsArea "local" with an empty local area: the options page shows the synced copy and an edit keeps it', async () => {
    await put('local', { settingsArea: 'local' });
    // The background reads the synced copy, moves the flag back to sync, and says what it found.
    await waitFor(
      'the repair',
      () => area('local'),
      (s) => s.settingsArea === undefined,
    );
    const page = await optionsPage();
    await page.waitForSelector('li[data-site="kept.example.com"]');
    await page.uncheck('#show-badge');
    await waitFor(
      'the edit',
      () => area('sync'),
      (s) => s.showBadge === false,
    );
    expect(await area('sync')).toMatchObject({
      hoverDelayMs: 800,
      'sites.0': ['kept.example.com', 'also-kept.example.org'],
    });
    await page.close();
  });

  it('importing 20,000 sites moves them to local and leaves no stale list in sync; a small import moves back', async () => {
    const page = await optionsPage();
    const big = manySites(20_000);
    await importText(page, 'big.json', JSON.stringify({ format: 'backstory-settings', siteExceptions: big }));
    await waitFor(
      'the move to local',
      () => area('local'),
      (s) => s.settingsArea === 'local',
    );
    const sync = await waitFor(
      'sync to be cleared',
      () => area('sync'),
      (s) => Object.keys(s).length === 0,
    );
    expect(sync).toEqual({});
    const local = await area('local');
    expect(local.hoverDelayMs).toBe(800); // the partial import kept the other settings
    const stored = Object.entries(local)
      .filter(([key]) => /^sites\.\d+$/.test(key))
      .flatMap(([, value]) => value as string[]);
    expect(stored).toHaveLength(20_000);

    await importText(
      page,
      'small.json',
      '{"format":"backstory-settings","siteExceptions":["small.example.com"]}',
    );
    await waitFor(
      'the move to sync',
      () => area('sync'),
      (s) => s['sites.count'] === 1,
    );
    const after = await waitFor(
      'local to be cleared',
      () => area('local'),
      (s) => !('sites.0' in s),
    );
    expect(Object.keys(after).filter((key) => key.startsWith('sites.') || key === 'settingsArea')).toEqual(
      [],
    );
    await page.close();
  }, 240_000);

  it('a malformed settingsProblems record does not break the options page', async () => {
    for (const record of [
      {
        at: 5,
        problems: [
          null,
          7,
          { key: 'showBadge', message: { nested: true } },
          { key: 'x', message: 'readable' },
        ],
      },
      { problems: 'not a list' },
      'just text',
    ]) {
      await put('local', { settingsProblems: record });
      const page = await optionsPage();
      await page.waitForSelector('#show-badge');
      if (typeof record === 'object' && Array.isArray(record.problems))
        await expect(page.textContent('#stored-problems')).resolves.toMatch(/x.*readable/);
      else await expect(page.locator('#stored-problems').count()).resolves.toBe(0);
      await page.close();
    }
    expect(session.errors).toEqual([]);
  });
});
