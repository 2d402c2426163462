import { describe, expect, it } from 'vitest';
import { withSiteListed } from './site-rules';

describe('withSiteListed', () => {
  it('adds a site once, at the end, and leaves every other entry in its place', () => {
    expect(withSiteListed(['a.example', 'b.example'], 'c.example', true)).toEqual([
      'a.example',
      'b.example',
      'c.example',
    ]);
    expect(withSiteListed(['a.example', 'b.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
  });

  it('takes off exactly that entry, not a parent or a subdomain', () => {
    expect(
      withSiteListed(['example.com', 'news.example.com', 'b.example'], 'news.example.com', false),
    ).toEqual(['example.com', 'b.example']);
    expect(withSiteListed(['a.example'], 'c.example', false)).toEqual(['a.example']);
  });

  it('answers a new list, never the one it was given', () => {
    const sites = ['a.example'];
    expect(withSiteListed(sites, 'a.example', true)).not.toBe(sites);
    expect(withSiteListed(sites, 'c.example', false)).not.toBe(sites);
  });
});
