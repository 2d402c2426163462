/**
 * Reading settings back from stored items (storage-layout.ts): reassembly, each problem a stored
 * site list can have, and older layouts. Writing them is in storage-layout.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseStoredSettings } from './index';
import { fromStorageItems, readSiteChunks, settingsFromItems, toStorageItems } from './storage-layout';

describe('reading stored items', () => {
  it('reassembles and validates what an area holds', () => {
    const items = { ...toStorageItems(defaultSettings()), hoverDelayMs: 'slow' };
    const { settings, problems } = parseStoredSettings(fromStorageItems(items));
    expect(settings).toEqual(defaultSettings());
    expect(problems.map((p) => p.key)).toEqual(['hoverDelayMs']);
  });
});

describe('fromStorageItems', () => {
  it('passes scalar and v0 keys through, and leaves out the site list when no chunk is stored', () => {
    expect(fromStorageItems({ showBadge: false, enabled: true, style: 'highlight', other: 1 })).toEqual({
      showBadge: false,
      enabled: true,
      style: 'highlight',
    });
  });

  it('reads chunks in order up to sites.count', () => {
    expect(
      fromStorageItems({ 'sites.count': 2, 'sites.1': ['c.example'], 'sites.0': ['a.example', 'b.example'] }),
    ).toEqual({ siteExceptions: ['a.example', 'b.example', 'c.example'] });
    expect(fromStorageItems({ 'sites.count': 0, 'sites.0': ['stale.example'] })).toEqual({
      siteExceptions: [],
    });
  });

  it('reads every chunk present, in index order, when sites.count is missing', () => {
    expect(
      fromStorageItems({ 'sites.0': ['a.example'], 'sites.1': ['b.example'], 'sites.3': ['x'] }),
    ).toEqual({
      siteExceptions: ['a.example', 'b.example', 'x'],
    });
    expect(fromStorageItems({ 'sites.1': ['b.example'] })).toEqual({ siteExceptions: ['b.example'] });
  });

  it('keeps what it can read past a junk sites.count, a missing chunk and a chunk that is not a list', () => {
    for (const count of ['2', -1, 1.5, null, Number.NaN]) {
      expect(fromStorageItems({ 'sites.count': count, 'sites.0': ['a.example'] })).toEqual({
        siteExceptions: ['a.example'],
      });
    }
    expect(
      fromStorageItems({ 'sites.count': 3, 'sites.0': ['a.example'], 'sites.2': ['c.example'] }),
    ).toEqual({
      siteExceptions: ['a.example', 'c.example'],
    });
    expect(fromStorageItems({ 'sites.count': 2, 'sites.0': ['a.example'], 'sites.1': 'b.example' })).toEqual({
      siteExceptions: ['a.example'],
    });
  });
});

describe('readSiteChunks, problem by problem', () => {
  it('answers no list and no problem for an area without a site list', () => {
    expect(readSiteChunks({ showBadge: false })).toStrictEqual({ sites: undefined, problems: [] });
    expect(settingsFromItems({ showBadge: false }).problems).toEqual([]);
    expect(fromStorageItems({ showBadge: false })).toStrictEqual({ showBadge: false });
  });

  it('reads chunks stored beside scalar settings without a count, and reports nothing', () => {
    expect(readSiteChunks({ showBadge: false, 'sites.0': ['a.example'] })).toEqual({
      sites: ['a.example'],
      problems: [],
    });
  });

  it('says what a junk count held, in at most 40 characters, and how many chunks it read', () => {
    const chunks = { 'sites.0': ['a.example'], 'sites.1': ['b.example'] };
    expect(readSiteChunks({ ...chunks, 'sites.count': 'three' }).problems).toEqual([
      { key: 'sites.count', message: '"three" is not a number of chunks; read every chunk present (2)' },
    ]);
    // JSON of 38 letters is 40 characters: kept whole; of 39, cut to 37 and "...".
    expect(readSiteChunks({ ...chunks, 'sites.count': 'a'.repeat(38) }).problems[0]?.message).toBe(
      `"${'a'.repeat(38)}" is not a number of chunks; read every chunk present (2)`,
    );
    expect(readSiteChunks({ ...chunks, 'sites.count': 'a'.repeat(39) }).problems[0]?.message).toBe(
      `"${'a'.repeat(36)}... is not a number of chunks; read every chunk present (2)`,
    );
    // JSON.stringify throws on a BigInt: the count is still described.
    expect(readSiteChunks({ ...chunks, 'sites.count': 3n }).problems).toEqual([
      { key: 'sites.count', message: '3 is not a number of chunks; read every chunk present (2)' },
    ]);
  });

  it('reports a junk count once, never also as "chunks missing"', () => {
    for (const junk of ['5', 1.5]) {
      expect(
        readSiteChunks({ 'sites.count': junk, 'sites.0': ['a.example'] }).problems.map((p) => p.key),
      ).toEqual(['sites.count']);
    }
  });

  it('reports a count with no chunk stored at all as missing chunks, not as missing sites.0 and sites.1', () => {
    expect(readSiteChunks({ 'sites.count': 2 })).toEqual({
      sites: [],
      problems: [{ key: 'sites.count', message: 'says 2 chunks but only 0 were stored; 2 missing' }],
    });
  });

  it('lists five chunk problems, then summarizes the rest', () => {
    const junkChunks = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`sites.${i}`, i]));
    const five = readSiteChunks({ 'sites.count': 5, ...junkChunks(5) }).problems;
    expect(five.map((p) => p.key)).toEqual(['sites.0', 'sites.1', 'sites.2', 'sites.3', 'sites.4']);
    const eight = readSiteChunks({ 'sites.count': 8, ...junkChunks(8) }).problems;
    expect(eight).toEqual([
      { key: 'sites.0', message: '0 is not a list of sites; dropped, every other chunk kept' },
      { key: 'sites.1', message: '1 is not a list of sites; dropped, every other chunk kept' },
      { key: 'sites.2', message: '2 is not a list of sites; dropped, every other chunk kept' },
      { key: 'sites.3', message: '3 is not a list of sites; dropped, every other chunk kept' },
      { key: 'sites.4', message: '4 is not a list of sites; dropped, every other chunk kept' },
      { key: 'siteExceptions', message: '…and 3 more chunk problems' },
    ]);
  });
});

describe('settingsFromItems, older layouts', () => {
  it('marks v0 keys as an older version, and the current or no version as not', () => {
    expect(settingsFromItems({ enabled: false }).olderVersion).toBe(true);
    expect(settingsFromItems({ version: 0, showBadge: false }).olderVersion).toBe(true);
    expect(settingsFromItems({ version: 1, showBadge: false }).olderVersion).toBe(false);
    expect(settingsFromItems({ version: 2, showBadge: false }).olderVersion).toBe(false);
    expect(settingsFromItems({ version: '0', showBadge: false }).olderVersion).toBe(false);
    expect(settingsFromItems({ showBadge: false }).olderVersion).toBe(false);
    expect(settingsFromItems({}).olderVersion).toBe(false);
  });
});
