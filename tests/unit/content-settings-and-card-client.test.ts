/**
 * The content script's settings come from the background (`get-settings`), and its card wording
 * (`CardLabels`) too: the background handler answers only this extension with valid messages and
 * decides the site switch from the asking page's URL; the card client keeps answers only for the
 * day they were made.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { CardData } from '../../src/card/card-data';
import { defaultSettings, type Settings } from '../../src/settings';

const OWN_ID = 'backstory-extension-id';
let stored: Settings = defaultSettings();

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: OWN_ID, getURL: (path: string) => `chrome-extension://${OWN_ID}/${path}` } },
}));
vi.mock('../../extension/background/user-storage', () => ({ readSettings: async () => stored }));

const { settingsRoutes, pageHostname } = await import('../../extension/background/settings-service');
const { routeMessage } = await import('../../extension/background/router');
const handleSettingsMessage = (message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(settingsRoutes, message, sender) as Promise<{ enabled?: boolean }> | undefined;
const { createCardCache, readyCardFrom } = await import('../../extension/content/card/card-cache');

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const page = (url: string): Runtime.MessageSender => ({ id: OWN_ID, tab, frameId: 0, url });

afterEach(() => {
  stored = defaultSettings();
  vi.useRealTimers();
});

describe('get-settings (background)', () => {
  it('answers the settings and the site switch for the asking page', async () => {
    stored = { ...defaultSettings(), siteExceptions: ['example.com'], hoverDelayMs: 500 };
    const off = await handleSettingsMessage({ type: 'get-settings' }, page('https://news.example.com/a'));
    expect(off).toEqual({ settings: stored, enabled: false });
    const on = await handleSettingsMessage({ type: 'get-settings' }, page('http://other.test/'));
    expect(on?.enabled).toBe(true);
    stored = { ...stored, enabledByDefault: false };
    expect(
      (await handleSettingsMessage({ type: 'get-settings' }, page('https://example.com/')))?.enabled,
    ).toBe(true);
  });

  it('is off for senders without an http(s) page', async () => {
    const popup = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
    expect((await handleSettingsMessage({ type: 'get-settings' }, popup))?.enabled).toBe(false);
    expect(pageHostname(undefined)).toBeUndefined();
    expect(pageHostname('not a url')).toBeUndefined();
    expect(pageHostname('https://News.Example.com:8080/x')).toBe('news.example.com');
  });

  it('ignores other senders and malformed messages', () => {
    const other = { ...page('https://a.test/'), id: 'other-extension' };
    expect(handleSettingsMessage({ type: 'get-settings' }, other)).toBeUndefined();
    for (const message of [
      { type: 'get-settings', extra: 1 },
      { type: 'page-state' },
      'get-settings',
      null,
    ]) {
      expect(handleSettingsMessage(message, page('https://a.test/'))).toBeUndefined();
    }
  });
});

const card: CardData = {
  entity: { id: 'acme', name: 'Acme', type: 'organization', description: 'D' },
  facts: [{ text: 'F', asOf: '2025-06-01', source: 'https://example.com/' }],
  deadlines: [],
  related: [],
  packAsOf: '2025-06-05',
  packTitle: 'Pack',
};
const labels = {
  type: 'Organization',
  facts: ['as of Jun 1, 2025'],
  sources: [{ text: 'Reuters', name: 'Reuters, Jun 1, 2025 (source)' }],
  deadlines: [],
  related: [],
  packAsOf: 'Knowledge as of Jun 5, 2025',
  copyText: 'Acme',
};

describe('card cache (content)', () => {
  it('needs the card and its labels', () => {
    expect(readyCardFrom('acme', { card, labels })).toEqual({ data: card, labels });
    expect(readyCardFrom('acme', { card })).toBeUndefined();
    expect(readyCardFrom('acme', { card, labels: { ...labels, facts: 'x' } })).toBeUndefined();
    expect(readyCardFrom('acme', { card, labels: { ...labels, sources: undefined } })).toBeUndefined();
    expect(readyCardFrom('acme', { card: null })).toBeUndefined();
    expect(readyCardFrom('other', { card, labels })).toBeUndefined();
  });

  it('holds each card as loading, ready, missing or failed; asks again the next day and after a failure', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 5, 7, 23, 0));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const request = vi.fn(
      async (entity: string): Promise<unknown> => (entity === 'acme' ? { card, labels } : { card: null }),
    );
    const answered: string[] = [];
    let answer = () => {};
    const cache = createCardCache((entity) => {
      answered.push(entity);
      answer();
    }, request);
    /** Loads `entity` and waits for its answer. */
    const load = (entity: string) =>
      new Promise<void>((resolve) => {
        answer = resolve;
        cache.load(entity);
      });

    expect(cache.get('acme')).toEqual({ kind: 'loading', entity: 'acme' });
    await load('acme');
    expect(cache.get('acme')).toEqual({ kind: 'ready', data: card, labels });
    cache.load('acme'); // ready today: not asked again
    expect(request).toHaveBeenCalledTimes(1);

    vi.setSystemTime(new Date(2025, 5, 8, 0, 30));
    expect(cache.get('acme')).toEqual({ kind: 'loading', entity: 'acme' });
    await load('acme');
    expect(request).toHaveBeenCalledTimes(2);

    await load('nobody');
    expect(cache.get('nobody')).toEqual({ kind: 'missing', entity: 'nobody' });
    cache.load('nobody'); // missing today: not asked again
    expect(request).toHaveBeenCalledTimes(3);

    request.mockRejectedValueOnce(new Error('gone'));
    await load('other');
    expect(cache.get('other')).toEqual({ kind: 'failed', entity: 'other' });
    request.mockResolvedValueOnce({ error: 'the pack could not be loaded' });
    await load('other');
    expect(cache.get('other')).toEqual({ kind: 'failed', entity: 'other' });
    await load('other');
    expect(cache.get('other')).toEqual({ kind: 'missing', entity: 'other' });
    expect(request).toHaveBeenCalledTimes(6);
    expect(answered).toEqual(['acme', 'acme', 'nobody', 'other', 'other', 'other']);
  });
});
