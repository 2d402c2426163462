/**
 * The reader's settings in `browser.storage`: the only module that reads or writes them, imported
 * by the background alone (Dark Reader's `user-storage`). Popup, options and content script ask
 * the background through messages (settings-service.ts) and hear of changes from it.
 *
 * Where settings live: `storage.sync` (so they follow the reader between browsers), laid out by
 * `toStorageItems` within the sync quotas. When they do not fit the sync quota (a very long site
 * list) or sync throws (sync disabled by policy, quota error, storage unavailable), they are kept in
 * `storage.local` instead. `storage.local` key `settingsArea` ('sync' | 'local') says which area is
 * authoritative; it is absent on a fresh install (= sync).
 *
 * Problems found while reading (corrupt or unknown stored values) are repaired by
 * settings-migration.ts, which stores them under `storage.local` `settingsProblems` for the
 * options page and logs them once.
 */
import browser from 'webextension-polyfill';
import {
  fitsSyncQuota,
  type ParsedSettings,
  parseStoredSettings,
  SETTINGS_AREA_KEY,
  SETTINGS_PROBLEMS_KEY,
  type Settings,
  type SettingsAreaName,
  type StorageItems,
  type StoredProblems,
  settingsFromItems,
  staleKeys,
  toStorageItems,
  touchesSettings,
} from '../../src/settings';

async function authoritativeArea(): Promise<SettingsAreaName> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_AREA_KEY);
    return stored[SETTINGS_AREA_KEY] === 'local' ? 'local' : 'sync';
  } catch {
    return 'sync';
  }
}

async function readItems(): Promise<{ area: SettingsAreaName; items: StorageItems }> {
  const area = await authoritativeArea();
  if (area === 'sync') {
    try {
      return { area, items: await browser.storage.sync.get(null) };
    } catch {
      // Sync unavailable: fall through to local.
    }
  }
  return { area: 'local', items: await browser.storage.local.get(null) };
}

/** Settings plus the problems found reading them (nothing is written). */
export async function readSettingsWithProblems(): Promise<
  ParsedSettings & { area: SettingsAreaName; olderVersion: boolean }
> {
  try {
    const { area, items } = await readItems();
    return { ...settingsFromItems(items), area };
  } catch (error) {
    const parsed = parseStoredSettings({});
    parsed.problems.push({
      key: '(storage)',
      message: `could not read settings: ${(error as Error).message}`,
    });
    return { ...parsed, area: 'sync', olderVersion: false };
  }
}

/** The current settings (defaults for anything missing or corrupt). Never rejects. */
export async function readSettings(): Promise<Settings> {
  return (await readSettingsWithProblems()).settings;
}

async function writeItems(area: SettingsAreaName, items: StorageItems): Promise<void> {
  const storage = area === 'sync' ? browser.storage.sync : browser.storage.local;
  const existing = await storage.get(null);
  await storage.set(items);
  const stale = staleKeys(existing, items);
  if (stale.length > 0) await storage.remove(stale);
}

/**
 * Stores complete settings. Validates first: settings with any problem are refused with an
 * error naming them, and nothing is written. Resolves to the settings stored.
 */
export async function replaceSettings(settings: unknown): Promise<Settings> {
  const checked = parseStoredSettings(settings);
  if (checked.problems.length > 0) {
    throw new Error(
      `settings not saved: ${checked.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`,
    );
  }
  const items = toStorageItems(checked.settings);
  if (fitsSyncQuota(items)) {
    try {
      await writeItems('sync', items);
      await browser.storage.local.remove(SETTINGS_AREA_KEY);
      return checked.settings;
    } catch {
      // Quota or availability error: keep them locally instead.
    }
  }
  await writeItems('local', items);
  await browser.storage.local.set({ [SETTINGS_AREA_KEY]: 'local' });
  return checked.settings;
}

/** Reads, applies `patch` (setting → value), validates and stores; resolves to the new settings. */
export async function writeSettings(patch: Readonly<Record<string, unknown>>): Promise<Settings> {
  const current = await readSettings();
  return replaceSettings({ ...current, ...patch, version: current.version });
}

/**
 * Calls `callback` with the new settings whenever stored settings change, whoever wrote them (this
 * background, or sync from another browser). Returns a function that stops listening.
 */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  let generation = 0;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!touchesSettings(Object.keys(changes))) return;
    const mine = ++generation;
    void readSettings().then((settings) => {
      if (mine === generation) callback(settings); // only the latest of a burst of changes
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Records the problems found at a repair, for the options page. */
export async function storeProblems(record: StoredProblems): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_PROBLEMS_KEY]: record });
}

/** The problems the background recorded at its last repair, if any. */
export async function readStoredProblems(): Promise<StoredProblems | undefined> {
  try {
    const stored = (await browser.storage.local.get(SETTINGS_PROBLEMS_KEY))[SETTINGS_PROBLEMS_KEY] as
      | StoredProblems
      | undefined;
    return stored && Array.isArray(stored.problems) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export async function clearStoredProblems(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_PROBLEMS_KEY);
}
