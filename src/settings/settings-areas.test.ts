/**
 * The settings' storage areas (settings-areas.ts) function by function: loading, storing and
 * repairing, case by case. Whole scenarios across sync and local: settings-areas-sync-local.test.ts.
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

/** Areas whose `where` area holds these settings as stored items (and `local` flags it when local). */
function holding(where: 'sync' | 'local', settings: Partial<ReturnType<typeof defaultSettings>>) {
  const areas = fakeSettingsAreas();
  for (const [key, value] of Object.entries(toStorageItems({ ...defaultSettings(), ...settings })))
    areas[where].poke(key, value);
  if (where === 'local') areas.local.poke(SETTINGS_AREA_KEY, 'local');
  return areas;
}

describe('loadStoredSettings, case by case', () => {
  it('reads defaults on a fresh install, from sync, with no problem', async () => {
    expect(await loadStoredSettings(fakeSettingsAreas())).toEqual({
      settings: defaultSettings(),
      problems: [],
      area: 'sync',
      olderVersion: false,
      writable: true,
    });
  });

  it('prefers sync when both areas hold settings and local is not flagged', async () => {
    const areas = holding('sync', { siteExceptions: ['sync.example'] });
    for (const [key, value] of Object.entries(
      toStorageItems({ ...defaultSettings(), siteExceptions: ['local.example'] }),
    ))
      areas.local.poke(key, value);
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings.siteExceptions).toEqual(['sync.example']);
    expect(loaded.area).toBe('sync');
    expect(loaded.problems).toEqual([]);
  });

  it('says which area was expected and which copy was used when the expected one is empty', async () => {
    const flagged = holding('sync', { siteExceptions: ['a.example'] });
    flagged.local.poke(SETTINGS_AREA_KEY, 'local');
    const fromSync = await loadStoredSettings(flagged);
    expect(fromSync.area).toBe('sync');
    expect(fromSync.problems).toEqual([
      {
        key: 'settingsArea',
        message: 'settings were expected in storage.local, which held none; used the copy in storage.sync',
      },
    ]);
    const unflagged = holding('local', { siteExceptions: ['b.example'] });
    unflagged.local.poke(SETTINGS_AREA_KEY, undefined);
    const fromLocal = await loadStoredSettings(unflagged);
    expect(fromLocal.area).toBe('local');
    expect(fromLocal.settings.siteExceptions).toEqual(['b.example']);
    expect(fromLocal.problems).toEqual([
      {
        key: 'settingsArea',
        message: 'settings were expected in storage.sync, which held none; used the copy in storage.local',
      },
    ]);
  });

  it('reads defaults from local when local is flagged and neither area holds settings', async () => {
    const areas = fakeSettingsAreas();
    areas.local.poke(SETTINGS_AREA_KEY, 'local');
    const loaded = await loadStoredSettings(areas);
    expect(loaded).toMatchObject({
      settings: defaultSettings(),
      problems: [],
      area: 'local',
      writable: true,
    });
  });

  it('names the unreadable area and its error, reads defaults and refuses writes', async () => {
    const areas = holding('sync', { siteExceptions: ['a.example'] });
    areas.local.unavailable = true;
    expect(await loadStoredSettings(areas)).toEqual({
      settings: defaultSettings(),
      problems: [
        {
          key: '(storage)',
          message:
            'could not read storage.local (storage.local is unavailable); nothing is saved until it can be read',
        },
      ],
      area: 'local',
      olderVersion: false,
      writable: false,
    });
    const rejectsWithText = fakeSettingsAreas();
    rejectsWithText.sync.get = () => Promise.reject('gone');
    expect((await loadStoredSettings(rejectsWithText)).problems[0]).toEqual({
      key: '(storage)',
      message: 'could not read storage.sync (gone); nothing is saved until it can be read',
    });
  });

  it('does not take an empty flagged local area for the settings while sync cannot be read', async () => {
    // The sites in sync may be the reader's only copy: an edit now would replace them with defaults.
    const areas = holding('sync', { siteExceptions: ['a.example'] });
    areas.local.poke(SETTINGS_AREA_KEY, 'local');
    areas.sync.unavailable = true;
    const loaded = await loadStoredSettings(areas);
    expect(loaded.writable).toBe(false);
    expect(loaded.problems[0]).toEqual({
      key: '(storage)',
      message:
        'could not read storage.sync (storage.sync is unavailable); nothing is saved until it can be read',
    });
    await expect(patchStoredSettings(areas, { showBadge: false })).rejects.toThrow(
      'settings not saved: could not read storage.sync (storage.sync is unavailable); nothing is saved until it can be read',
    );
    areas.sync.unavailable = false;
    expect((await loadStoredSettings(areas)).settings.siteExceptions).toEqual(['a.example']);
  });
});

describe('storeSettings, what it writes and what it leaves', () => {
  it('refuses settings with a problem, word for word, and writes nothing', async () => {
    const areas = holding('sync', { siteExceptions: ['a.example'] });
    const before = areas.sync.snapshot();
    await expect(storeSettings(areas, { ...defaultSettings(), hoverDelayMs: 5 })).rejects.toThrow(
      'settings not saved: hoverDelayMs: 5 is not a whole number of milliseconds from 100 to 2000; using the default (300)',
    );
    expect(areas.sync.snapshot()).toEqual(before);
    expect(areas.local.snapshot()).toEqual({});
  });

  it('names every problem of refused settings, one after another', async () => {
    await expect(
      storeSettings(fakeSettingsAreas(), { ...defaultSettings(), hoverDelayMs: 5, showBadge: 'no' as never }),
    ).rejects.toThrow(
      'settings not saved: hoverDelayMs: 5 is not a whole number of milliseconds from 100 to 2000; using the default (300); showBadge: "no" is not true or false; using the default (true)',
    );
  });

  it("spends one write of sync's per-minute quota on an edit that leaves nothing stale", async () => {
    // Sync allows 120 writes a minute: with 119 spent, the edit is the 120th and stays in sync.
    const areas = holding('sync', { siteExceptions: ['a.example'] });
    for (let i = 0; i < 119; i++) await areas.sync.remove('nothing');
    expect(await storeSettings(areas, { ...defaultSettings(), siteExceptions: ['b.example'] })).toBe('sync');
    expect(areas.sync.snapshot()['sites.0']).toEqual(['b.example']);
  });

  it('removes the chunks a longer list left behind', async () => {
    const areas = holding('sync', { siteExceptions: manySites(1_000) });
    expect(Object.keys(areas.sync.snapshot())).toContain('sites.1');
    await storeSettings(areas, { ...defaultSettings(), siteExceptions: ['a.example'] });
    const chunkKeys = Object.keys(areas.sync.snapshot()).filter((key) => key.startsWith('sites.'));
    expect(chunkKeys.sort()).toEqual(['sites.0', 'sites.count']);
  });

  it("clears only settings keys from the other area, never other modules' data", async () => {
    const areas = holding('local', { siteExceptions: ['a.example'] });
    areas.local.poke('settingsProblems', { at: '', problems: [] });
    areas.local.poke('packs', ['pack-1']);
    expect(await storeSettings(areas, { ...defaultSettings(), siteExceptions: ['b.example'] })).toBe('sync');
    expect(areas.local.snapshot()).toEqual({ settingsProblems: { at: '', problems: [] }, packs: ['pack-1'] });
  });
});

describe('repairStoredSettings, when it rewrites', () => {
  it('leaves clean settings alone, in sync or in flagged local', async () => {
    for (const areas of [holding('sync', { showBadge: false }), holding('local', { showBadge: false })]) {
      const sync = areas.sync.snapshot();
      const local = areas.local.snapshot();
      expect(await repairStoredSettings(areas)).toEqual({
        settings: { ...defaultSettings(), showBadge: false },
        problems: [],
        rewrote: false,
      });
      expect(areas.sync.snapshot()).toEqual(sync);
      expect(areas.local.snapshot()).toEqual(local);
    }
  });

  it('leaves local settings alone when the other area, sync, cannot be read', async () => {
    const areas = holding('local', { siteExceptions: ['a.example'] });
    areas.sync.unavailable = true;
    expect((await repairStoredSettings(areas)).rewrote).toBe(false);
    expect(areas.local.snapshot()['sites.0']).toEqual(['a.example']);
  });

  it('rewrites a corrupt value with its default, keeping the rest', async () => {
    const areas = holding('sync', { siteExceptions: ['a.example'] });
    areas.sync.poke('hoverDelayMs', 'slow');
    const repaired = await repairStoredSettings(areas);
    expect(repaired.rewrote).toBe(true);
    expect(repaired.problems.map((p) => p.key)).toEqual(['hoverDelayMs']);
    expect(areas.sync.snapshot()).toMatchObject({ hoverDelayMs: 300, 'sites.0': ['a.example'] });
  });

  it('rewrites settings stored in the v0 layout in the current one', async () => {
    const areas = fakeSettingsAreas();
    areas.sync.poke('enabled', true);
    areas.sync.poke('disabledSites', ['a.example']);
    const repaired = await repairStoredSettings(areas);
    expect(repaired).toMatchObject({ problems: [], rewrote: true });
    const stored = areas.sync.snapshot();
    expect(stored).toMatchObject({ version: 1, enabledByDefault: true, 'sites.0': ['a.example'] });
    expect(Object.keys(stored)).not.toContain('enabled');
    expect(Object.keys(stored)).not.toContain('disabledSites');
  });
});
