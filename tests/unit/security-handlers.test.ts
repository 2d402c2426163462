/**
 * Security review, message handlers: the background's one router and the content script's
 * page-message listener answer only this extension's own senders, each message type only from the
 * senders its route declares, and only valid shapes. `webextension-polyfill`, the pack store and
 * the modules that touch the page or storage are replaced by stand-ins: recognition runs the real
 * recognizer on the fixture pack, and the routing under test is the real one.
 */

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { PageSession } from '../../extension/content/page-session';
import { textDigest } from '../../src/text/text-digest';

const OWN_ID = 'backstory-extension-id';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: OWN_ID, getURL: (path: string) => `chrome-extension://${OWN_ID}/${path}` },
    // The message key stands in for its words: the route answers, not the wording, is under test.
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  },
}));

// The packs behind the routes are the fixture pack (tests/fixtures/packs/valid-minimal.json),
// compiled by the real recognizer; only the pack store (browser storage) is replaced.
const recognizeCalls: string[] = [];
vi.mock('../../extension/background/packs/knowledge', async () => {
  const { readFileSync } = await import('node:fs');
  const v = await import('valibot');
  const { PackSchema } = await import('../../src/knowledge/schema');
  const { compileRecognizer } = await import('../../src/recognition/index');
  const { qualifiedPack } = await import('../support/qualified-pack');
  const file = readFileSync(new URL('../fixtures/packs/valid-minimal.json', import.meta.url), 'utf8');
  const pack = qualifiedPack(v.parse(PackSchema, JSON.parse(file)));
  const compiled = compileRecognizer(pack);
  return {
    knowledge: async () => ({
      recognizer: async () => ({
        recognize: (text: string) => {
          recognizeCalls.push(text);
          return compiled.recognize(text);
        },
      }),
      entities: new Map(pack.entities.map((e) => [e.id, { name: e.name, type: e.type }])),
    }),
    invalidateKnowledge: () => {},
  };
});
// What the replaced pack views give for the fixture's one person (the router passes it on).
const ALPHA_CARD = {
  entity: { id: 'fixture-pack/alpha-person', name: 'Alpha Person', type: 'person', description: 'A person.' },
  facts: [{ text: 'Fact 3.', asOf: '2025-01-03', source: 'https://example.org/source/3' }],
  deadlines: [],
  related: [],
  packAsOf: '2026-11-25',
  packTitle: 'Fixture pack',
};
vi.mock('../../extension/background/packs/views', () => ({
  cardOf: async (id: string) => (id === 'fixture-pack/alpha-person' ? ALPHA_CARD : undefined),
}));

const storageWrites: unknown[] = [];
vi.mock('../../extension/background/user-storage', () => ({
  readSettings: async () => ({ enabledByDefault: true, siteExceptions: [] }),
  // A write is a patch, or a function of the stored settings giving one (applied to the stand-in's).
  writeSettings: async (patch: unknown) => {
    storageWrites.push(
      typeof patch === 'function' ? patch({ enabledByDefault: true, siteExceptions: [] }) : patch,
    );
    return {};
  },
  replaceSettings: async (settings: unknown) => {
    storageWrites.push(settings);
    return {};
  },
  readStoredProblems: async () => undefined,
  clearStoredProblems: async () => {
    storageWrites.push('clear');
  },
  watchStoredSettings: () => () => {},
}));

vi.mock('../../extension/content/page-text', () => ({
  pageRoot: () => undefined,
  readPageTextInSlices: async () => ({ map: { text: '', nodes: [], starts: [] }, busyMs: 0 }),
}));

const { routeMessage } = await import('../../extension/background/router');
const { ROUTES } = await import('../../extension/background/routes');
const handleRecognitionMessage = (message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(ROUTES, message, sender);
const { handlePageMessage } = await import('../../extension/content/page-messages');

const contentScript: Runtime.MessageSender = {
  id: OWN_ID,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
  url: 'https://news.example/a',
};
const extensionPage: Runtime.MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const otherExtension: Runtime.MessageSender = { ...contentScript, id: 'some-other-extension' };
const noId: Runtime.MessageSender = { url: 'https://evil.example/' };

beforeEach(() => {
  recognizeCalls.length = 0;
  storageWrites.length = 0;
});

describe('background router: recognition and cards', () => {
  it('answers a valid recognize from our content script', async () => {
    const text = 'Alpha Person met Beta Org.';
    await expect(handleRecognitionMessage({ type: 'recognize', text }, contentScript)).resolves.toEqual({
      mentions: [
        { entity: 'fixture-pack/alpha-person', type: 'person', start: 0, end: 12 },
        { entity: 'fixture-pack/beta-org', type: 'organization', start: 17, end: 25 },
      ],
      digest: textDigest(text),
    });
    expect(recognizeCalls).toEqual([text]);
  });

  it('joins a long text sent in pieces by the same tab, and refuses pieces missing or from another tab', async () => {
    const part = (id: string, index: number, text: string) => ({ type: 'recognize-part', id, index, text });
    await expect(handleRecognitionMessage(part('t1', 0, 'Beta '), contentScript)).resolves.toBe(true);
    await expect(handleRecognitionMessage(part('t1', 1, 'Org '), contentScript)).resolves.toBe(true);
    const whole = { type: 'recognize', text: 'rose.', continues: { id: 't1', parts: 2 } };
    await expect(handleRecognitionMessage(whole, contentScript)).resolves.toEqual({
      mentions: [{ entity: 'fixture-pack/beta-org', type: 'organization', start: 0, end: 8 }],
      digest: textDigest('Beta Org rose.'), // of the whole text, not of its last piece
    });
    expect(recognizeCalls).toEqual(['Beta Org rose.']);

    const otherTab = { ...contentScript, tab: { ...contentScript.tab, id: 8 } } as Runtime.MessageSender;
    await handleRecognitionMessage(part('t2', 0, 'Nvi'), otherTab);
    const fromHere = { type: 'recognize', text: 'dia', continues: { id: 't2', parts: 1 } };
    await expect(handleRecognitionMessage(fromHere, contentScript)).rejects.toThrow(/pieces missing/);
    await expect(handleRecognitionMessage(part('t3', 1, 'x'), contentScript)).rejects.toThrow(/out of order/);
    const taken = { type: 'recognize', text: 'x', continues: { id: 't1', parts: 2 } };
    await expect(handleRecognitionMessage(taken, contentScript)).rejects.toThrow(/pieces missing/);
    expect(recognizeCalls).toEqual(['Beta Org rose.']);
  });

  it('ignores other senders, recognize without a tab, and malformed shapes', () => {
    const refused: [unknown, Runtime.MessageSender][] = [
      [{ type: 'recognize', text: 'x' }, otherExtension],
      [{ type: 'recognize', text: 'x' }, noId],
      [{ type: 'recognize', text: 'x' }, extensionPage],
      [{ type: 'recognize', text: 42 }, contentScript],
      [{ type: 'recognize', text: 'x', extra: 1 }, contentScript],
      [{ type: 'card', entity: 'Not An Id' }, contentScript],
      [{ type: 'card', entity: 'us-china-trade-tech/nvidia' }, otherExtension],
      ['recognize', contentScript],
      [null, contentScript],
      [{ type: 'page-state' }, contentScript],
    ];
    for (const [message, sender] of refused) {
      expect(handleRecognitionMessage(message, sender), JSON.stringify([message, sender.id])).toBeUndefined();
    }
    expect(recognizeCalls).toEqual([]);
  });

  it('answers card requests from our own contexts only', async () => {
    const alpha = { type: 'card', entity: 'fixture-pack/alpha-person' };
    for (const sender of [contentScript, extensionPage]) {
      const reply = (await handleRecognitionMessage(alpha, sender)) as { card: unknown; labels: unknown };
      expect(reply.card, String(sender.url)).toEqual(ALPHA_CARD);
      // Its wording for the reader (message keys stand in for the words).
      expect(reply.labels).toMatchObject({
        type: 'typePerson',
        sources: [{ text: 'example.org', name: 'cardSourceName', href: 'https://example.org/source/3' }],
      });
    }
    await expect(
      handleRecognitionMessage({ type: 'card', entity: 'fixture-pack/no-such-entity' }, contentScript),
    ).resolves.toEqual({ card: null });
    expect(handleRecognitionMessage(alpha, noId)).toBeUndefined();
  });
});

describe('background router: settings requests', () => {
  const writes: unknown[] = [
    { type: 'save-settings', patch: { showBadge: false } },
    { type: 'replace-settings', settings: { enabledByDefault: false } },
    { type: 'set-site-highlighting', hostname: 'news.example', enabled: false },
    { type: 'edit-site-list', hostname: 'news.example', listed: true },
    { type: 'clear-settings-problems' },
  ];

  it('takes writes from the popup and options page only', async () => {
    for (const message of writes) {
      for (const sender of [contentScript, otherExtension, noId]) {
        expect(
          handleRecognitionMessage(message, sender),
          JSON.stringify([message, sender.url]),
        ).toBeUndefined();
      }
    }
    expect(storageWrites).toEqual([]);
    for (const message of writes) await handleRecognitionMessage(message, extensionPage);
    expect(storageWrites).toEqual([
      { showBadge: false },
      { enabledByDefault: false },
      { siteExceptions: ['news.example'] }, // switched off where highlighting is on by default
      { siteExceptions: ['news.example'] }, // put on the list
      'clear',
    ]);
  });

  it('refuses malformed settings requests', () => {
    for (const message of [
      { type: 'save-settings', patch: { version: 2 } },
      { type: 'save-settings', patch: { notASetting: true } },
      { type: 'save-settings', patch: [] },
      { type: 'replace-settings', settings: 'defaults' },
      { type: 'replace-settings', settings: [] },
      { type: 'set-site-highlighting', hostname: '', enabled: true },
      { type: 'set-site-highlighting', hostname: 'news.example', enabled: 'yes' },
      { type: 'edit-site-list', hostname: '', listed: true },
      { type: 'edit-site-list', hostname: 'news.example' },
      { type: 'get-settings-problems', extra: 1 },
    ]) {
      expect(handleRecognitionMessage(message, extensionPage), JSON.stringify(message)).toBeUndefined();
    }
    expect(storageWrites).toEqual([]);
  });

  it('answers get-settings to content scripts and pages, get-settings-problems to pages only', async () => {
    const stored = { enabledByDefault: true, siteExceptions: [] };
    // A content script learns whether its own page is on; a page with no tab is not one.
    await expect(handleRecognitionMessage({ type: 'get-settings' }, contentScript)).resolves.toEqual({
      settings: stored,
      enabled: true,
    });
    await expect(handleRecognitionMessage({ type: 'get-settings' }, extensionPage)).resolves.toEqual({
      settings: stored,
      enabled: false,
    });
    expect(handleRecognitionMessage({ type: 'get-settings' }, otherExtension)).toBeUndefined();
    expect(handleRecognitionMessage({ type: 'get-settings-problems' }, contentScript)).toBeUndefined();
    await expect(handleRecognitionMessage({ type: 'get-settings-problems' }, extensionPage)).resolves.toEqual(
      { problems: null },
    );
  });
});

describe('content page-message handler', () => {
  const card = { reveal: vi.fn(), step: vi.fn(), settingsChanged: vi.fn() };
  const session = {
    annotator: { highlightingEnabled: () => true, pageRead: () => true },
    mentions: { firstMentionOf: () => undefined, mentionCounts: () => ({ nvidia: 1 }) },
  } as unknown as PageSession;

  it('answers page-state from our extension', async () => {
    vi.stubGlobal('location', { hostname: 'news.example' });
    const reply = handlePageMessage({ type: 'page-state' }, extensionPage, session, card);
    await expect(reply).resolves.toEqual({
      hostname: 'news.example',
      enabled: true,
      counts: { nvidia: 1 },
      current: true,
    });
    vi.unstubAllGlobals();
  });

  it('ignores messages from any other sender and malformed shapes', () => {
    for (const sender of [otherExtension, noId]) {
      for (const message of [
        { type: 'page-state' },
        { type: 'step-mention', direction: 1 },
        { type: 'page-text' },
        { type: 'settings-changed' },
      ]) {
        expect(handlePageMessage(message, sender, session, card)).toBeUndefined();
      }
    }
    for (const message of [
      { type: 'step-mention', direction: 2 },
      { type: 'reveal-entity', entity: '<img>' },
      {},
      'page-state',
    ]) {
      expect(handlePageMessage(message, extensionPage, session, card)).toBeUndefined();
    }
    expect(card.step).not.toHaveBeenCalled();
    expect(card.reveal).not.toHaveBeenCalled();
    expect(card.settingsChanged).not.toHaveBeenCalled();
  });
});
