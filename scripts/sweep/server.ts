/**
 * A 127.0.0.1-only HTTP server for the sweep, the stress pages and the extension bench.
 * Each route has a body (or a lazy producer, so 130 pages are sanitized only when asked for)
 * and its own Content-Security-Policy. Everything else is a 404, logged like every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The policy for saved pages: no script of the page's own may run, and nothing the page asks for
 * may leave the server (`'self'` is this 127.0.0.1 origin), so the page alone can neither change
 * its DOM nor cause an outside request. The extension's own code is not subject to the page's
 * policy; whatever it does still shows up in the sweep.
 */
export const INERT_PAGE_CSP =
  "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Stress pages run their own generator scripts inline, but still load nothing from outside. */
export const SCRIPTED_PAGE_CSP =
  "default-src 'self' data:; script-src 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

export interface Route {
  body: string | (() => Promise<string> | string);
  contentType?: string;
  csp?: string;
}

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Every request path, in order. */
  requests: string[];
  url(path: string): string;
  close(): Promise<void>;
}

async function bodyOf(route: Route): Promise<string> {
  return typeof route.body === 'string' ? route.body : await route.body();
}

/** Serves `routes` (path → route) on 127.0.0.1 at a free port. */
export async function servePages(routes: ReadonlyMap<string, Route>): Promise<PageServer> {
  const requests: string[] = [];
  const cache = new Map<string, Promise<string>>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = cache.get(path);
    if (!body) {
      body = bodyOf(route);
      cache.set(path, body);
    }
    body.then(
      (text) => {
        res
          .writeHead(200, {
            'content-type': route.contentType ?? 'text/html; charset=utf-8',
            'content-security-policy': route.csp ?? INERT_PAGE_CSP,
            'cache-control': 'no-store',
          })
          .end(text);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
