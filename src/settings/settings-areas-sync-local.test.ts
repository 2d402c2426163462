/**
 * Settings across storage.sync and storage.local (settings-areas.ts): the reader's site list and
 * settings survive every move between the two areas. Case by case: settings-areas.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fakeSettingsAreas } from '../../tests/support/fake-storage';
import { manySites } from '../../tests/support/settings-fixtures';
import { defaultSettings } from './schema';
import {
  loadStoredSettings,
  patchStoredSettings,
  repairStoredSettings,
  storeSettings,
} from './settings-areas';
import { SETTINGS_AREA_KEY, toStorageItems } from './storage-layout';

function syncHolding(list: string[]) {
  const areas = fakeSettingsAreas();
  for (const [key, value] of Object.entries(
    toStorageItems({ ...defaultSettings(), siteExceptions: list, hoverDelayMs: 800 }),
  ))
    areas.sync.poke(key, value);
  return areas;
}

describe('settings across storage.sync and storage.local', () => {
  it('settingsArea "local" with an empty local area reads the synced copy, and an edit keeps it', async () => {
    const areas = syncHolding(['a.com', 'b.org']);
    areas.local.poke(SETTINGS_AREA_KEY, 'local');
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings.siteExceptions).toEqual(['a.com', 'b.org']);
    expect(loaded.settings.hoverDelayMs).toBe(800);
    expect(loaded.problems.map((p) => p.key)).toEqual([SETTINGS_AREA_KEY]);
    await patchStoredSettings(areas, { showBadge: false });
    const after = await loadStoredSettings(areas);
    expect(after.settings).toMatchObject({
      siteExceptions: ['a.com', 'b.org'],
      hoverDelayMs: 800,
      showBadge: false,
    });
    expect(areas.sync.snapshot()['sites.0']).toEqual(['a.com', 'b.org']);
    expect(areas.local.snapshot()[SETTINGS_AREA_KEY]).toBeUndefined();
  });

  it('a sync area that lost its settings does not hide the local copy', async () => {
    const areas = fakeSettingsAreas();
    for (const [key, value] of Object.entries(
      toStorageItems({ ...defaultSettings(), siteExceptions: ['a.com'] }),
    ))
      areas.local.poke(key, value);
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(['a.com']);
  });

  it('a 20,000-site import moves the list to local and leaves no stale copy in sync; moving back leaves none in local', async () => {
    const areas = syncHolding(['old.example.com']);
    const big = manySites(20_000);
    expect(await storeSettings(areas, { ...defaultSettings(), siteExceptions: big })).toBe('local');
    expect(Object.keys(areas.sync.snapshot())).toEqual([]);
    expect(areas.local.snapshot()[SETTINGS_AREA_KEY]).toBe('local');
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(big);
    // Losing the flag cannot bring the old list back: sync holds nothing to come back.
    areas.local.poke(SETTINGS_AREA_KEY, undefined);
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(big);

    expect(await storeSettings(areas, { ...defaultSettings(), siteExceptions: ['new.example.com'] })).toBe(
      'sync',
    );
    expect(Object.keys(areas.local.snapshot())).toEqual([]);
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(['new.example.com']);
  });

  it('a restart removes a stale copy an older version left in the other area', async () => {
    const areas = syncHolding(['old.example.com']);
    const big = manySites(5_000);
    for (const [key, value] of Object.entries(toStorageItems({ ...defaultSettings(), siteExceptions: big })))
      areas.local.poke(key, value);
    areas.local.poke(SETTINGS_AREA_KEY, 'local');
    const repaired = await repairStoredSettings(areas);
    expect(repaired.rewrote).toBe(true);
    expect(Object.keys(areas.sync.snapshot())).toEqual([]);
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(big);
  });

  it('refuses to write while the authoritative area cannot be read, and changes nothing', async () => {
    const areas = syncHolding(['a.com']);
    areas.sync.unavailable = true;
    const loaded = await loadStoredSettings(areas);
    expect(loaded.writable).toBe(false);
    await expect(patchStoredSettings(areas, { showBadge: false })).rejects.toThrow(
      /could not read storage\.sync/,
    );
    expect((await repairStoredSettings(areas)).rewrote).toBe(false);
    areas.sync.unavailable = false;
    expect((await loadStoredSettings(areas)).settings).toMatchObject({
      siteExceptions: ['a.com'],
      showBadge: true,
    });
    expect(Object.keys(areas.local.snapshot())).toEqual([]);
  });

  it('falls back to local when sync refuses a write (rate quota), keeping every site', async () => {
    const areas = syncHolding(['a.com']);
    for (let i = 0; i < 120; i++) await areas.sync.remove('nothing');
    await patchStoredSettings(areas, { siteExceptions: ['a.com', 'b.org'] });
    expect((await loadStoredSettings(areas)).area).toBe('local');
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(['a.com', 'b.org']);
    areas.clock.now += 61_000;
    await patchStoredSettings(areas, { showBadge: false });
    const back = await loadStoredSettings(areas);
    expect(back.area).toBe('sync');
    expect(back.settings.siteExceptions).toEqual(['a.com', 'b.org']);
    expect(Object.keys(areas.local.snapshot())).toEqual([]);
  });
});
