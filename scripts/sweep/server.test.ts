import { afterEach, describe, expect, it } from 'vitest';
import { INERT_PAGE_CSP, type PageServer, servePages } from './server';

let server: PageServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('servePages', () => {
  it('serves routes on 127.0.0.1 with the inert CSP by default and logs every request', async () => {
    let produced = 0;
    server = await servePages(
      new Map([
        ['/a/', { body: '<p>a</p>' }],
        ['/lazy/', { body: () => `<p>${++produced}</p>`, csp: "script-src 'unsafe-inline'" }],
      ]),
    );
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const a = await fetch(server.url('/a/'));
    expect(await a.text()).toBe('<p>a</p>');
    expect(a.headers.get('content-security-policy')).toBe(INERT_PAGE_CSP);
    expect(INERT_PAGE_CSP).toContain("script-src 'none'");
    const lazy1 = await fetch(server.url('/lazy/'));
    const lazy2 = await fetch(server.url('/lazy/'));
    expect(await lazy1.text()).toBe('<p>1</p>');
    expect(await lazy2.text()).toBe('<p>1</p>');
    expect(lazy1.headers.get('content-security-policy')).toBe("script-src 'unsafe-inline'");
    const missing = await fetch(server.url('/img.png?x=1'));
    expect(missing.status).toBe(404);
    expect(server.requests).toEqual(['/a/', '/lazy/', '/lazy/', '/img.png']);
  });
});
