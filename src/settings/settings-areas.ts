/**
 * Reading and writing the settings across the two storage areas, over any object shaped like
 * `browser.storage.sync` / `browser.storage.local` (the extension passes the real ones; tests an
 * in-memory fake with the same quotas). Rules that keep the reader's data:
 *
 * - Settings live in `sync` unless they do not fit its quota or `sync` refuses the write; then in
 *   `local`, with `local` `settingsArea: 'local'` saying so.
 * - A read follows `settingsArea`, but an area that holds no settings at all is never taken for
 *   "defaults": the other area's copy is used instead (and the mix-up reported). Fresh installs,
 *   where neither area holds settings, get the defaults.
 * - When the authoritative area cannot be read, the settings shown are the best available but the
 *   read is marked `writable: false`, and `patchStoredSettings` refuses to write: an edit made on
 *   top of defaults would overwrite the good copy once the area answers again.
 * - Every successful write removes the settings from the other area, so moving between sync and
 *   local never leaves a stale copy behind to come back later.
 */
import type { ParsedSettings } from './schema';
import { parseStoredSettings } from './schema';
import type { Settings } from './site-rules';
import {
  fitsSyncQuota,
  holdsSettings,
  SETTINGS_AREA_KEY,
  type SettingsAreaName,
  type StorageItems,
  settingsFromItems,
  staleKeys,
  toStorageItems,
} from './storage-layout';

/** The part of a `browser.storage` area this module uses. */
export interface StorageAreaLike {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

export type LoadedSettings = ParsedSettings & {
  /** The area the settings were read from (where the next write would normally go). */
  area: SettingsAreaName;
  /** Stored in an older version's layout (to be rewritten). */
  olderVersion: boolean;
  /** False when the authoritative area could not be read: writing now could lose data. */
  writable: boolean;
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fromArea(items: StorageItems, area: SettingsAreaName): LoadedSettings {
  return { ...settingsFromItems(items), area, writable: true };
}

function unreadable(area: SettingsAreaName, error: unknown, fallback?: StorageItems): LoadedSettings {
  const parsed = fallback ? settingsFromItems(fallback) : { ...parseStoredSettings({}), olderVersion: false };
  return {
    ...parsed,
    problems: [
      {
        key: '(storage)',
        message: `could not read storage.${area} (${errorText(error)}); nothing is saved until it can be read`,
      },
      ...parsed.problems,
    ],
    area,
    writable: false,
  };
}

async function tryGet(area: StorageAreaLike): Promise<{ items: StorageItems } | { error: unknown }> {
  try {
    return { items: await area.get(null) };
  } catch (error) {
    return { error };
  }
}

/** The stored settings, the problems found reading them, and where they came from. Never rejects. */
export async function loadStoredSettings(areas: SettingsAreas): Promise<LoadedSettings> {
  const local = await tryGet(areas.local);
  if ('error' in local) return unreadable('local', local.error);
  const preferred: SettingsAreaName = local.items[SETTINGS_AREA_KEY] === 'local' ? 'local' : 'sync';
  if (preferred === 'local') {
    if (holdsSettings(local.items)) return fromArea(local.items, 'local');
    const sync = await tryGet(areas.sync);
    // The flag points at an area that holds nothing: sync may hold the only copy, so while it
    // cannot be read nothing is written (an edit on defaults would replace it later).
    if ('error' in sync) return unreadable('sync', sync.error);
    if (holdsSettings(sync.items)) {
      return withMixUp(fromArea(sync.items, 'sync'), 'local', 'sync');
    }
    return fromArea(local.items, 'local');
  }
  const sync = await tryGet(areas.sync);
  if ('error' in sync) {
    return unreadable('sync', sync.error, holdsSettings(local.items) ? local.items : undefined);
  }
  if (holdsSettings(sync.items)) return fromArea(sync.items, 'sync');
  if (holdsSettings(local.items)) return withMixUp(fromArea(local.items, 'local'), 'sync', 'local');
  return fromArea(sync.items, 'sync');
}

function withMixUp(
  loaded: LoadedSettings,
  expected: SettingsAreaName,
  used: SettingsAreaName,
): LoadedSettings {
  return {
    ...loaded,
    problems: [
      {
        key: SETTINGS_AREA_KEY,
        message: `settings were expected in storage.${expected}, which held none; used the copy in storage.${used}`,
      },
      ...loaded.problems,
    ],
  };
}

/** Keys of `items` that belong to the settings (scalars, legacy keys, the site list). */
function settingKeysIn(items: StorageItems): string[] {
  return Object.keys(items).filter((key) => holdsSettings({ [key]: items[key] }));
}

async function writeArea(area: StorageAreaLike, items: StorageItems): Promise<void> {
  const existing = await area.get(null);
  await area.set(items);
  const stale = staleKeys(existing, items);
  if (stale.length > 0) await area.remove(stale);
}

/** Removes every settings key from an area (the copy that is no longer authoritative). Best effort. */
async function clearSettingsFrom(area: StorageAreaLike): Promise<void> {
  try {
    const keys = settingKeysIn(await area.get(null));
    if (keys.length > 0) await area.remove(keys);
  } catch {
    // Unreachable area: it is cleared on a later write; reads prefer the flagged area meanwhile.
  }
}

/**
 * Stores complete settings, validated first (settings with any problem are refused and nothing is
 * written). Resolves to the area they were stored in.
 */
export async function storeSettings(areas: SettingsAreas, settings: Settings): Promise<SettingsAreaName> {
  const checked = parseStoredSettings(settings);
  if (checked.problems.length > 0) {
    throw new Error(
      `settings not saved: ${checked.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`,
    );
  }
  const items = toStorageItems(checked.settings);
  if (fitsSyncQuota(items)) {
    try {
      await writeArea(areas.sync, items);
      await areas.local.remove(SETTINGS_AREA_KEY);
      await clearSettingsFrom(areas.local);
      return 'sync';
    } catch {
      // Quota or availability error: keep them locally instead.
    }
  }
  await writeArea(areas.local, { ...items, [SETTINGS_AREA_KEY]: 'local' });
  await clearSettingsFrom(areas.sync);
  return 'local';
}

/**
 * Reads the settings, applies `patch`, validates and stores them; resolves to the new settings.
 * Refuses (rejects, nothing written) when the stored settings could not be read.
 */
export async function patchStoredSettings(
  areas: SettingsAreas,
  patch: Partial<Omit<Settings, 'version'>>,
): Promise<Settings> {
  const current = await loadStoredSettings(areas);
  if (!current.writable) {
    throw new Error(`settings not saved: ${current.problems[0]?.message ?? 'stored settings unreadable'}`);
  }
  const next: Settings = { ...current.settings, ...patch, version: current.settings.version };
  await storeSettings(areas, next);
  return next;
}

export type RepairResult = Pick<LoadedSettings, 'settings' | 'problems'> & { rewrote: boolean };

/**
 * Reads the settings and, when a value was corrupt or unreadable, a chunk lost, the layout old or
 * a stale copy left in the other area, writes back the repaired settings (every valid value and
 * site kept) and removes the stale copy. Resolves to what was found; rejects only on a failed write.
 */
export async function repairStoredSettings(areas: SettingsAreas): Promise<RepairResult> {
  const loaded = await loadStoredSettings(areas);
  const { settings, problems } = loaded;
  if (!loaded.writable) return { settings, problems, rewrote: false };
  const other = loaded.area === 'sync' ? areas.local : areas.sync;
  const otherItems = await tryGet(other);
  const staleCopy = 'items' in otherItems && holdsSettings(otherItems.items);
  if (problems.length === 0 && !loaded.olderVersion && !staleCopy) {
    return { settings, problems, rewrote: false };
  }
  await storeSettings(areas, settings);
  return { settings, problems, rewrote: true };
}
