/**
 * Helpers for the knowledge-pack browser tests (Chromium and Firefox): small packs of made-up
 * names written here, signed with keys made here, served from 127.0.0.1 by a server that logs every
 * request with its conditional header and answers If-None-Match with 304.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pack } from '../../src/knowledge/schema';
import { newSigningKeys, signText } from '../support/fake-pack-server';

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
