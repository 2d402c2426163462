/**
 * Helpers for the knowledge-pack browser tests (Chromium and Firefox): small packs of made-up
 * names written here, signed with keys made here, served from 127.0.0.1 by a server that logs every
 * request with its conditional header and answers If-None-Match with 304; and, for Chromium, the
 * options page, the highlights on a page and a card opened through the extension.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Pack } from '../../src/knowledge/schema';
import { newSigningKeys, signText } from '../support/fake-pack-server';
import { type ChromiumSession, openChromiumExtensionPage, readHighlights } from './harness';
import { waitUntil } from './popup-helpers';

export { newSigningKeys, signText };

export const PACK_ID = 'newsroom-e2e';

const FACTS = [1, 2, 3].map((n) => ({
  text: `A fact about it, number ${n}.`,
  asOf: '2026-11-01',
  source: `https://news.example/story/${n}`,
  publisher: 'News Example',
}));

/**
 * A valid pack whose entities have made-up names no other pack knows. `extra` adds entities by
 * name. Its one deadline was due on 15 November 2026 and the pack holds nothing after that day.
 */
export function testPackText(asOf: string, extra: string[] = [], id = PACK_ID): string {
  const entity = (entityId: string, name: string, type: 'person' | 'organization') => ({
    id: entityId,
    name,
    type,
    description: `${name}, a name made up for the tests.`,
    aliases: [name],
    facts: FACTS,
    related: [],
  });
  const pack: Pack = {
    schemaVersion: 1,
    id,
    title: 'Newsroom test pack',
    version: asOf,
    asOf,
    entities: [
      entity('quorvane', 'Quorvane Holdings', 'organization'),
      entity('talia-brennick', 'Talia Brennick', 'person'),
      ...extra.map((name) => entity(name.toLowerCase().replace(/\s+/g, '-'), name, 'organization')),
    ],
    deadlines: [
      {
        id: 'review-deadline',
        title: 'Quorvane review deadline',
        entities: ['quorvane', 'talia-brennick'],
        due: '2026-11-15',
        status: 'upcoming',
        summary: 'The review was due on 15 November 2026. The pack holds nothing after 15 November 2026.',
        timeline: [
          { date: '2026-11-01', event: 'The review was announced.', source: FACTS[0]?.source ?? '' },
        ],
      },
    ],
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** Two packs that claim the same name, and the second needs the first and a pack nobody has. */
export const SHARED_NAME = 'Halvard Group';
export const TOP_PACK = 'shared-name-top';
export const LOW_PACK = 'shared-name-low';
export const ABSENT_PACK = 'absent-pack';

/** A valid pack of organizations named by `aliases` (the first is the name), with no deadline. */
export function namesPackText(
  id: string,
  entities: Record<string, string[]>,
  dependencies: string[] = [],
): string {
  const pack: Pack = {
    schemaVersion: 1,
    id,
    title: `Pack ${id}`,
    asOf: '2026-11-20',
    ...(dependencies.length > 0 ? { dependencies } : {}),
    entities: Object.entries(entities).map(([entityId, aliases]) => ({
      id: entityId,
      name: aliases[0] ?? entityId,
      type: 'organization',
      description: `${aliases[0]}, a name made up for the tests.`,
      aliases,
      facts: FACTS,
      related: [],
    })),
    deadlines: [],
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** The higher pack: keeps the shared name. */
export const TOP_PACK_TEXT = namesPackText(TOP_PACK, { 'halvard-group': [SHARED_NAME] });
/** The lower pack: gives the shared name up, keeps its own; needs the top pack and an absent one. */
export const LOW_PACK_TEXT = namesPackText(
  LOW_PACK,
  { 'halvard-holdings': [SHARED_NAME, 'Halvard Holdings'] },
  [TOP_PACK, ABSENT_PACK],
);
/** What the lower pack's row says while both are on (the yielded name, then the missing pack). */
export const LOW_ROW_BOTH_ON = [
  '1 name left to packs higher in the list',
  `“${SHARED_NAME}” → ${TOP_PACK}/halvard-group`,
  `Needs packs that are off or not installed: ${ABSENT_PACK}.`,
];
/** What it says once the top pack is switched off: both packs it needs, and no yielded name. */
export const LOW_ROW_TOP_OFF = `Needs packs that are off or not installed: ${TOP_PACK} and ${ABSENT_PACK}.`;

/** A page naming the test pack's entities (and one bundled-pack name, as a control). */
export const PACKS_ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pack test</title></head>
<body><main><h1>Quarterly filings</h1>
<p>Quorvane Holdings said on Monday that Talia Brennick would lead the review.</p>
<p>Ostrel Dynamics and Varnish Peak declined to comment.</p>
<p>Scott Bessent did not attend.</p>
</main></body></html>`;

export type PackRoute = { body: string; etag?: string };
export type LoggedRequest = { path: string; ifNoneMatch: string | undefined };

export type PackServer = {
  origin: string;
  url(path: string): string;
  set(path: string, route: PackRoute | undefined): void;
  requests: LoggedRequest[];
  close(): Promise<void>;
};

export async function servePacks(): Promise<PackServer> {
  const routes = new Map<string, PackRoute>();
  const requests: LoggedRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ path, ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.etag !== undefined && ifNoneMatch === route.etag) {
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', ...(route.etag ? { etag: route.etag } : {}) });
    res.end(route.body);
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void (route ? routes.set(path, route) : routes.delete(path)),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Serves `text` at `path` with its signature at `path.sig` (signed by `keys`, over `signedText` when given). */
export async function publish(
  server: PackServer,
  path: string,
  text: string,
  keys: CryptoKeyPair,
  etag: string,
  signedText = text,
): Promise<void> {
  server.set(path, { body: text, etag });
  server.set(`${path}.sig`, { body: (await signText(keys, signedText)).file });
}

// ---------------------------------------------------------------------------------------------
// Chromium: the options page, highlights, cards

declare const chrome: {
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

/** How long the packs tests wait for a state (a deadline for a hang, not a speed check). */
export const PACKS_WAIT_MS = 60_000;

/** The options page's list item of pack `id`. */
export function packItem(id: string): string {
  return `li.pack[data-pack="${id}"]`;
}

/** Opens the options page in a new tab, once its pack list is shown. */
export async function openOptions(session: ChromiumSession): Promise<Page> {
  const page = await openChromiumExtensionPage(session, 'options.html');
  await page.waitForSelector('#packs li.pack');
  return page;
}

/** Picks `file` in the options page's "add from a file" input and waits until pack `packId` is listed. */
export async function addPackFromFile(
  options: Page,
  file: string,
  packId: string,
  timeoutMs = PACKS_WAIT_MS,
): Promise<void> {
  await options.setInputFiles('#pack-file', file);
  await options.waitForSelector(packItem(packId), { timeout: timeoutMs });
}

/** The highlighted texts once `accept` holds for them (the page brought to the front to paint). */
export async function highlightsWhen(
  page: Page,
  what: string,
  accept: (texts: string[]) => boolean,
  timeoutMs = PACKS_WAIT_MS,
): Promise<string[]> {
  await page.bringToFront();
  return waitUntil(what, async () => (await readHighlights(page)).map((h) => h.text), accept, timeoutMs);
}

/** The extension's id for the tab showing `page` (brought to the front first). */
export async function activeTabId(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/**
 * Opens the card of `entity` (a run-time id) on `page` as the extension's reveal command does, and
 * returns the card's text once it holds `expected`.
 */
export async function revealCard(
  session: ChromiumSession,
  page: Page,
  entity: string,
  expected: string,
  timeoutMs = PACKS_WAIT_MS,
): Promise<string> {
  const tabId = await activeTabId(session, page);
  await session.worker.evaluate(
    ([id, target]) => chrome.tabs.sendMessage(id, { type: 'reveal-entity', entity: target }),
    [tabId, entity] as const,
  );
  return waitUntil(
    `the card of ${entity}`,
    () =>
      page.evaluate(
        () => document.querySelector('[data-backstory-card-host]')?.shadowRoot?.textContent ?? '',
      ),
    (text) => text.includes(expected),
    timeoutMs,
  );
}
