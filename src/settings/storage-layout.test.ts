import { describe, expect, it } from 'vitest';
import { defaultSettings, parseStoredSettings, type Settings } from './index';
import {
  fitsSyncQuota,
  fromStorageItems,
  itemBytes,
  SITE_CHUNK_COUNT_KEY,
  SYNC_QUOTA_BYTES_PER_ITEM,
  staleKeys,
  toStorageItems,
} from './storage-layout';

function manySites(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `site-${i}.example${i % 7}.com`);
}

function withSites(sites: string[]): Settings {
  return { ...defaultSettings(), siteExceptions: sites };
}

describe('toStorageItems / fromStorageItems', () => {
  it('round-trips a 5,000-site list in chunks that each fit the per-item quota', () => {
    const settings = withSites(manySites(5_000));
    const items = toStorageItems(settings);
    const chunkKeys = Object.keys(items).filter((key) => /^sites\.\d+$/.test(key));
    expect(chunkKeys.length).toBeGreaterThan(10);
    expect(items[SITE_CHUNK_COUNT_KEY]).toBe(chunkKeys.length);
    for (const [key, value] of Object.entries(items)) {
      expect(itemBytes(key, value)).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    }
    expect(parseStoredSettings(fromStorageItems(items))).toEqual({ settings, problems: [] });
    // ~130 KB of hostnames is over the 100 KB sync total: the store must fall back to local.
    expect(fitsSyncQuota(items)).toBe(false);
  });

  it('fits sync for an ordinary list', () => {
    const items = toStorageItems(withSites(manySites(200)));
    expect(fitsSyncQuota(items)).toBe(true);
    expect(fromStorageItems(items).siteExceptions).toEqual(manySites(200));
  });

  it('writes no chunks for an empty list and reads back an empty list', () => {
    const items = toStorageItems(defaultSettings());
    expect(items[SITE_CHUNK_COUNT_KEY]).toBe(0);
    expect(Object.keys(items).some((key) => key.startsWith('sites.') && key !== SITE_CHUNK_COUNT_KEY)).toBe(
      false,
    );
    expect(parseStoredSettings(fromStorageItems(items)).settings).toEqual(defaultSettings());
  });

  it('ignores chunks past sites.count and names them stale', () => {
    const before = toStorageItems(withSites(manySites(3_000)));
    const after = toStorageItems(withSites(['example.com']));
    const merged = { ...before, ...after };
    expect(fromStorageItems(merged).siteExceptions).toEqual(['example.com']);
    const stale = staleKeys(merged, after);
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((key) => /^sites\.\d+$/.test(key))).toBe(true);
  });

  it('ignores keys that are not settings', () => {
    const items = { ...toStorageItems(defaultSettings()), settingsProblems: [], 'page-report': 1 };
    expect(parseStoredSettings(fromStorageItems(items)).problems).toEqual([]);
  });

  it('reports a corrupt or missing chunk as a site-list problem and keeps the other settings', () => {
    const items = toStorageItems({ ...withSites(manySites(3_000)), showBadge: false });
    const corrupt = parseStoredSettings(fromStorageItems({ ...items, 'sites.1': 'garbage' }));
    expect(corrupt.settings.siteExceptions).toEqual([]);
    expect(corrupt.settings.showBadge).toBe(false);
    expect(corrupt.problems.map((p) => p.key)).toEqual(['siteExceptions']);
    const { 'sites.0': _dropped, ...missing } = items;
    expect(parseStoredSettings(fromStorageItems(missing)).problems.map((p) => p.key)).toEqual([
      'siteExceptions',
    ]);
  });
});

describe('reading stored items', () => {
  it('reassembles and validates what an area holds', () => {
    const items = { ...toStorageItems(defaultSettings()), hoverDelayMs: 'slow' };
    const { settings, problems } = parseStoredSettings(fromStorageItems(items));
    expect(settings).toEqual(defaultSettings());
    expect(problems.map((p) => p.key)).toEqual(['hoverDelayMs']);
  });
});
