import { describe, expect, it } from 'vitest';
import { canonicalPageHostname, hostnameCovers, normalizeHostname } from './hostname';

function accepted(input: unknown): string | undefined {
  const result = normalizeHostname(input);
  return result.ok ? result.hostname : undefined;
}

function reason(input: unknown): string {
  const result = normalizeHostname(input);
  if (result.ok) throw new Error(`expected ${String(input)} to be refused, got ${result.hostname}`);
  return result.reason;
}

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM.  ', 'example.com'],
    ['https://News.Example.com/world/article?id=3#top', 'news.example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['example.com/some/path', 'example.com'],
    ['*.example.co.uk', 'example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['http://[::1]:3000/', '[::1]'],
  ])('accepts %s as %s', (input, expected) => {
    expect(accepted(input)).toBe(expected);
  });

  it('refuses junk with a reason the reader can act on', () => {
    expect(reason('')).toMatch(/enter a site/);
    expect(reason('   ')).toMatch(/enter a site/);
    expect(reason(42)).toMatch(/as text/);
    expect(reason('chrome://extensions')).toMatch(/chrome:\/\/ pages are not web sites/);
    expect(reason('file:///home/me/a.html')).toMatch(/file:\/\/ pages/);
    expect(reason('not a site')).toMatch(/spaces/);
    expect(reason('intranet')).toMatch(/needs a dot/);
    expect(reason('exa_mple.com')).toMatch(/not a valid site/);
    expect(reason('-bad.example.com')).toMatch(/not a valid site/);
    expect(reason(`${'a'.repeat(64)}.com`)).toMatch(/at most 63/);
    expect(reason('user@example.com')).toMatch(/@/);
    expect(reason('x'.repeat(3000))).toMatch(/too long/);
  });

  it('refuses edge inputs with the reason that fits each', () => {
    expect(normalizeHostname(null)).toEqual({ ok: false, reason: 'a site must be given as text' });
    expect(normalizeHostname({})).toEqual({ ok: false, reason: 'a site must be given as text' });
    expect(normalizeHostname('http://')).toEqual({
      ok: false,
      reason: 'that address could not be read as a URL',
    });
    expect(normalizeHostname('::::')).toEqual({ ok: false, reason: '"::::" is not a valid site address' });
    expect(normalizeHostname('[')).toEqual({ ok: false, reason: '"[" is not a valid site address' });
    expect(normalizeHostname('%%%')).toEqual({ ok: false, reason: '"%%%" is not a valid site address' });
    expect(normalizeHostname('..')).toEqual({ ok: false, reason: 'enter a site such as example.com' });
    expect(normalizeHostname('.')).toEqual({ ok: false, reason: 'enter a site such as example.com' });
    expect(normalizeHostname('*.')).toEqual({ ok: false, reason: '"" is not a valid site address' });
    expect(normalizeHostname('ftp://files.example.com/')).toEqual({
      ok: false,
      reason: 'ftp:// pages are not web sites; only http and https sites can be listed',
    });
  });

  it('reads only the host of a hostname followed by a path, query or fragment', () => {
    expect(accepted('example.com?x=1')).toBe('example.com');
    expect(accepted('example.com#top')).toBe('example.com');
    expect(accepted('Example.com./a/b')).toBe('example.com');
    expect(accepted('*.news.example.com/x')).toBe('news.example.com');
    // "*." only counts at the start.
    expect(reason('a.*.example.com')).toMatch(/not a valid site/);
    // A scheme without "://" is read as host:port.
    expect(accepted('example.com:8080')).toBe('example.com');
    expect(accepted('HTTPS://Example.com')).toBe('example.com');
    // Only a scheme at the start is a scheme: a URL later in the path is part of the path.
    expect(accepted('example.com/out?to=https://other.example')).toBe('example.com');
  });

  it('accepts a name of 253 characters and refuses 254', () => {
    const label = 'a'.repeat(63);
    const name253 = `${label}.${label}.${label}.${'b'.repeat(61)}`;
    expect(name253).toHaveLength(253);
    expect(accepted(name253)).toBe(name253);
    expect(normalizeHostname(`${name253}c`)).toEqual({
      ok: false,
      reason: 'a site name can be at most 253 characters',
    });
  });

  it('accepts a label of 63 characters and refuses 64', () => {
    expect(accepted(`${'a'.repeat(63)}.com`)).toBe(`${'a'.repeat(63)}.com`);
    expect(normalizeHostname(`${'a'.repeat(64)}.com`)).toEqual({
      ok: false,
      reason: 'each part of a site name can be at most 63 characters',
    });
  });

  it('reads 2,048 characters of input and refuses 2,049', () => {
    const path = `example.com/${'p'.repeat(2_048 - 'example.com/'.length)}`;
    expect(path).toHaveLength(2_048);
    expect(accepted(path)).toBe('example.com');
    expect(normalizeHostname(`${path}p`)).toEqual({
      ok: false,
      reason: 'that text is too long to be a site address',
    });
    // Surrounding white space does not count.
    expect(accepted(`  ${path}  `)).toBe('example.com');
  });

  it('refuses an all-digit top-level name that is not an IPv4 address', () => {
    // The URL parser reads a name ending in a number as an IPv4 address and refuses it.
    expect(normalizeHostname('example.123')).toEqual({
      ok: false,
      reason: '"example.123" is not a valid site address',
    });
    expect(normalizeHostname('https://example.123/')).toEqual({
      ok: false,
      reason: 'that address could not be read as a URL',
    });
    // …and completes a short dotted number to four parts.
    expect(accepted('1.2.3')).toBe('1.2.0.3');
    expect(accepted('10.0.0.1')).toBe('10.0.0.1');
    expect(accepted('example.com1')).toBe('example.com1');
    expect(accepted('123.example')).toBe('123.example');
  });

  it('refuses labels that start or end with a hyphen or hold other characters', () => {
    expect(normalizeHostname('bad-.example.com')).toEqual({
      ok: false,
      reason: '"bad-.example.com" is not a valid site name (letters, digits and hyphens between dots)',
    });
    expect(accepted('a-b.example.com')).toBe('a-b.example.com');
    expect(accepted('a.b')).toBe('a.b');
    expect(accepted('x1.example')).toBe('x1.example');
    expect(normalizeHostname('EXAMPLE')).toEqual({
      ok: false,
      reason: '"example" needs a dot, like example.com',
    });
  });
});

describe('canonicalPageHostname', () => {
  it('lower-cases and drops trailing dots', () => {
    expect(canonicalPageHostname('News.Example.COM..')).toBe('news.example.com');
    expect(canonicalPageHostname('example.com')).toBe('example.com');
  });
});

describe('hostnameCovers', () => {
  it('covers the site itself and its subdomains, not look-alikes', () => {
    expect(hostnameCovers('example.com', 'example.com')).toBe(true);
    expect(hostnameCovers('example.com', 'news.example.com')).toBe(true);
    expect(hostnameCovers('example.com', 'badexample.com')).toBe(false);
    expect(hostnameCovers('news.example.com', 'example.com')).toBe(false);
  });
});
