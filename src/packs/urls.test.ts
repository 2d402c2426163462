import { describe, expect, it } from 'vitest';
import { hostPermissionFor, subscriptionOrigin } from './urls';

describe('subscription addresses', () => {
  it('takes https anywhere and http only on the loopback address', () => {
    expect(subscriptionOrigin('https://news.example/packs/chips.json')).toBe('https://news.example');
    expect(subscriptionOrigin('http://127.0.0.1:8123/p.json')).toBe('http://127.0.0.1:8123');
    expect(subscriptionOrigin('http://localhost/p.json')).toBe('http://localhost');
    expect(subscriptionOrigin('http://news.example/p.json')).toBeUndefined();
    expect(subscriptionOrigin('http://127.0.0.2/p.json')).toBeUndefined();
    expect(subscriptionOrigin('ftp://news.example/p.json')).toBeUndefined();
    expect(subscriptionOrigin('file:///tmp/p.json')).toBeUndefined();
    expect(subscriptionOrigin('https://user:pw@news.example/p.json')).toBeUndefined();
    expect(subscriptionOrigin('not a url')).toBeUndefined();
  });

  it('asks for the host, on any port, of that scheme only', () => {
    expect(hostPermissionFor('https://news.example/packs/chips.json')).toBe('https://news.example/*');
    expect(hostPermissionFor('http://127.0.0.1:8123/p.json')).toBe('http://127.0.0.1/*');
    expect(hostPermissionFor('http://news.example/p.json')).toBeUndefined();
  });
});
