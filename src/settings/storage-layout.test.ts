import { describe, expect, it } from 'vitest';
import { CHANGED_SETTINGS, manySites } from '../../tests/support/settings-fixtures';
import { defaultSettings, parseStoredSettings, type Settings } from './index';
import {
  chunkSites,
  fitsSyncQuota,
  fromStorageItems,
  holdsSettings,
  itemBytes,
  SETTINGS_AREA_KEY,
  SETTINGS_PROBLEMS_KEY,
  SITE_CHUNK_COUNT_KEY,
  SYNC_QUOTA_BYTES_PER_ITEM,
  settingsFromItems,
  staleKeys,
  toStorageItems,
  touchesSettings,
} from './storage-layout';

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

  it('keeps every other chunk when one chunk is not a list, and reports the one it dropped', () => {
    const items = toStorageItems({ ...withSites(manySites(3_000)), showBadge: false });
    const chunk1 = items['sites.1'] as string[];
    const read = settingsFromItems({ ...items, 'sites.1': 'garbage' });
    expect(read.settings.siteExceptions).toEqual(manySites(3_000).filter((site) => !chunk1.includes(site)));
    expect(read.settings.showBadge).toBe(false);
    expect(read.problems).toEqual([
      { key: 'sites.1', message: '"garbage" is not a list of sites; dropped, every other chunk kept' },
    ]);
  });

  it('keeps every other chunk when one is missing, and says which', () => {
    const items = toStorageItems(withSites(manySites(3_000)));
    const { 'sites.0': dropped, ...missing } = items;
    const read = settingsFromItems(missing);
    expect(read.settings.siteExceptions).toEqual(
      manySites(3_000).filter((site) => !(dropped as string[]).includes(site)),
    );
    expect(read.problems).toEqual([
      { key: 'sites.0', message: 'missing; the sites it held are lost, every other chunk kept' },
    ]);
  });

  it('reads every chunk present when sites.count is junk, and reports the count', () => {
    const items = toStorageItems(withSites(manySites(3_000)));
    for (const junk of ['three', -1, 2.5, null, { n: 3 }]) {
      const read = settingsFromItems({ ...items, 'sites.count': junk });
      expect(read.settings.siteExceptions).toEqual(manySites(3_000));
      expect(read.problems.map((p) => p.key)).toEqual(['sites.count']);
    }
  });

  it('keeps the valid hostnames of a chunk and drops only the bad entries', () => {
    const items = {
      ...toStorageItems(defaultSettings()),
      'sites.count': 1,
      'sites.0': ['a.com', 42, 'b.org'],
    };
    const read = settingsFromItems(items);
    expect(read.settings.siteExceptions).toEqual(['a.com', 'b.org']);
    expect(read.problems.map((p) => p.key)).toEqual(['siteExceptions']);
  });

  it('reports a count larger than the chunks stored, keeping what is there', () => {
    const items = { ...toStorageItems(withSites(['a.com'])), 'sites.count': 1_000_000_000 };
    const read = settingsFromItems(items);
    expect(read.settings.siteExceptions).toEqual(['a.com']);
    expect(read.problems).toEqual([
      { key: 'sites.count', message: 'says 1000000000 chunks but only 1 were stored; 999999999 missing' },
    ]);
  });
});

describe('chunkSites', () => {
  it('packs sites into a chunk while "[…]" and a comma per site fit the budget', () => {
    // Each of "aa", "bb", "cc" is 4 bytes of JSON plus 1 for a comma; a chunk starts at 2 ("[]").
    expect(chunkSites(['aa', 'bb', 'cc'], 12)).toEqual([['aa', 'bb'], ['cc']]);
    expect(chunkSites(['aa', 'bb', 'cc'], 11)).toEqual([['aa'], ['bb'], ['cc']]);
    expect(chunkSites(['aa', 'bb', 'cc'], 17)).toEqual([['aa', 'bb', 'cc']]);
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    // "é" is 2 bytes in UTF-8: "éé" in quotes is 6 bytes, plus a comma 7; 2 + 7 + 7 = 16.
    expect(chunkSites(['éé', 'éé'], 16)).toEqual([['éé', 'éé']]);
    expect(chunkSites(['éé', 'éé'], 15)).toEqual([['éé'], ['éé']]);
  });

  it('gives a site larger than the budget a chunk of its own, and no chunk for no sites', () => {
    expect(chunkSites(['a-very-long-site.example', 'b.c'], 10)).toEqual([
      ['a-very-long-site.example'],
      ['b.c'],
    ]);
    expect(chunkSites([], 10)).toEqual([]);
  });

  it('uses an 8,000-byte budget by default', () => {
    const sites = Array.from({ length: 1_000 }, (_, i) => `s${String(i).padStart(4, '0')}`);
    // "s0000" quoted is 7 bytes, plus a comma 8: (8,000 - 2) / 8 = 999 sites fit in the first chunk.
    expect(chunkSites(sites).map((chunk) => chunk.length)).toEqual([999, 1]);
  });
});

describe('itemBytes', () => {
  it('counts the key and the JSON value in UTF-8 bytes', () => {
    expect(itemBytes('ab', ['x'])).toBe(2 + 5);
    expect(itemBytes('é', 'é')).toBe(2 + 4);
    expect(itemBytes('k', undefined)).toBe(1);
    expect(itemBytes('sites.count', 12)).toBe(11 + 2);
  });
});

describe('toStorageItems', () => {
  it('writes every scalar setting as its own item and the site list as counted chunks', () => {
    expect(toStorageItems(CHANGED_SETTINGS)).toEqual({
      version: 1,
      enabledByDefault: false,
      highlightStyle: 'background',
      entityTypes: ['person', 'law'],
      hoverDelayMs: 750,
      showBadge: false,
      'sites.count': 1,
      'sites.0': ['example.com', 'news.example.org'],
    });
  });
});

describe('staleKeys', () => {
  it('names chunks past the new list and v0 keys, never a live chunk or another module key', () => {
    const written = { 'sites.count': 1, 'sites.0': ['example.com'], showBadge: true };
    const existing = {
      'sites.count': 3,
      'sites.0': ['old.example'],
      'sites.1': ['old2.example'],
      'sites.2': ['old3.example'],
      'sites.x': ['not a chunk key'],
      'sites.x1': ['not a chunk key'],
      'sites.1x': ['not a chunk key'],
      'sites.': [],
      enabled: true,
      disabledSites: ['a.example'],
      style: 'highlight',
      showBadge: false,
      settingsProblems: { at: 'x', problems: [] },
      settingsArea: 'local',
    };
    expect(staleKeys(existing, written)).toEqual(['sites.1', 'sites.2', 'enabled', 'disabledSites', 'style']);
  });

  it('names nothing when storage holds exactly what is written', () => {
    const written = toStorageItems(withSites(['example.com']));
    expect(staleKeys({ ...written }, written)).toEqual([]);
  });
});

describe('fitsSyncQuota', () => {
  /** `count` items named k0, k1, … holding 0. */
  function smallItems(count: number): Record<string, number> {
    return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 0]));
  }
  /** One item of exactly `bytes` bytes: key "k" plus a quoted string. */
  function itemOf(bytes: number): string {
    return 'a'.repeat(bytes - 1 - 2);
  }

  it('allows 512 items and refuses 513', () => {
    expect(fitsSyncQuota(smallItems(512))).toBe(true);
    expect(fitsSyncQuota(smallItems(513))).toBe(false);
  });

  it('allows an item of 8,192 bytes and refuses one of 8,193', () => {
    expect(fitsSyncQuota({ k: itemOf(8_192) })).toBe(true);
    expect(fitsSyncQuota({ k: itemOf(8_193) })).toBe(false);
  });

  it('allows 102,400 bytes in all and refuses 102,401', () => {
    // Thirteen items: twelve of 8,000 bytes and one of 6,400 (keys k0…k9 are 2 bytes, k10… 3).
    const exact = (last: number) => {
      const items: Record<string, string> = {};
      for (let i = 0; i < 12; i += 1) items[`k${i}`] = 'a'.repeat(8_000 - `k${i}`.length - 2);
      items.k12 = 'a'.repeat(last - 3 - 2);
      return items;
    };
    expect(fitsSyncQuota(exact(6_400))).toBe(true);
    expect(fitsSyncQuota(exact(6_401))).toBe(false);
  });
});

describe('storage key names', () => {
  it('are the names stored by earlier versions (renaming one would orphan what readers have stored)', () => {
    expect(SETTINGS_AREA_KEY).toBe('settingsArea');
    expect(SETTINGS_PROBLEMS_KEY).toBe('settingsProblems');
    expect(SITE_CHUNK_COUNT_KEY).toBe('sites.count');
  });
});

describe('touchesSettings', () => {
  it('is true for a scalar setting, a v0 key, the site list, a chunk, the count and the area flag', () => {
    for (const key of [
      'showBadge',
      'version',
      'enabled',
      'style',
      'siteExceptions',
      'sites.3',
      'sites.count',
    ]) {
      expect(touchesSettings([key])).toBe(true);
    }
    expect(touchesSettings(['settingsArea'])).toBe(true);
  });

  it("is false for other modules' keys, and true when any one key of several is a setting", () => {
    expect(touchesSettings([])).toBe(false);
    expect(touchesSettings(['settingsProblems', 'packs', 'packs.sites.'])).toBe(false);
    expect(touchesSettings(['packs', 'showBadge'])).toBe(true);
  });
});

describe('holdsSettings', () => {
  it('is true for any part of the settings and false for other keys only', () => {
    expect(holdsSettings({ showBadge: false })).toBe(true);
    expect(holdsSettings({ disabledSites: [] })).toBe(true);
    expect(holdsSettings({ 'sites.count': 0 })).toBe(true);
    expect(holdsSettings({ 'sites.2': ['a.example'] })).toBe(true);
    expect(holdsSettings({ settingsArea: 'local', settingsProblems: {}, 'sites.x': [] })).toBe(false);
    expect(holdsSettings({})).toBe(false);
  });
});
