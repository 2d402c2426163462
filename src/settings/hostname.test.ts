import { describe, expect, it } from 'vitest';
import { hostnameCovers, normalizeHostname } from './hostname';

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

  it('never throws on arbitrary input', () => {
    for (const input of [null, undefined, {}, [], '::::', 'http://', '[', '%%%', '\u0000', '..', '.']) {
      expect(() => normalizeHostname(input)).not.toThrow();
    }
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
