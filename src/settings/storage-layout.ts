/**
 * How settings are laid out in `storage.sync` / `storage.local`, within `storage.sync` quotas:
 * 8,192 bytes per item (key + JSON value), 512 items, 102,400 bytes in all.
 *
 * Each scalar setting is its own item (so one corrupt value never hides the others); the site
 * exception list is split into chunks `sites.0`, `sites.1`, … each below the per-item quota, with
 * `sites.count` saying how many chunks belong to the current list (chunks past it are stale and
 * removed on write). When the whole layout does not fit the sync quota the background keeps
 * settings in `storage.local` instead (see extension/background/user-storage.ts), and says so
 * under `storage.local` `settingsArea`.
 */
import { storedVersion } from './migration';
import { type ParsedSettings, parseStoredSettings, SETTING_KEYS } from './schema';
import type { Settings, SettingsProblem } from './site-rules';

export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_MAX_ITEMS = 512;
/** Chunk budget below the per-item quota, leaving room for the key and rounding. */
export const SITE_CHUNK_BUDGET_BYTES = 8_000;
export const SITE_CHUNK_PREFIX = 'sites.';
export const SITE_CHUNK_COUNT_KEY = 'sites.count';
/** Keys of settings from the v0 layout, still read so they can be migrated. */
const LEGACY_KEYS = ['enabled', 'disabledSites', 'style'];
/** Scalar settings stored as one item each (everything but the site list). */
const SCALAR_KEYS = SETTING_KEYS.filter((key) => key !== 'siteExceptions');

export type StorageItems = Record<string, unknown>;

export type SettingsAreaName = 'sync' | 'local';
/** `storage.local`: which area holds the settings ('local'; absent means sync). */
export const SETTINGS_AREA_KEY = 'settingsArea';
/** `storage.local`: the problems the background found and repaired last (`StoredProblems`). */
export const SETTINGS_PROBLEMS_KEY = 'settingsProblems';

export interface StoredProblems {
  /** ISO time of the repair. */
  at: string;
  problems: SettingsProblem[];
}

/** Whether a change to these storage keys may change the settings (or where they are kept). */
export function touchesSettings(keys: readonly string[]): boolean {
  return keys.some(
    (key) =>
      (SCALAR_KEYS as readonly string[]).includes(key) ||
      LEGACY_KEYS.includes(key) ||
      key === 'siteExceptions' ||
      key === SETTINGS_AREA_KEY ||
      key.startsWith(SITE_CHUNK_PREFIX),
  );
}

const encoder = new TextEncoder();

/** Bytes an item counts against the sync quota: UTF-8 of the key plus its JSON value. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

/** Splits a list of hostnames into arrays whose JSON stays within the chunk budget. */
export function chunkSites(sites: readonly string[], budgetBytes = SITE_CHUNK_BUDGET_BYTES): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let currentBytes = 2; // "[]"
  for (const site of sites) {
    const siteBytes = encoder.encode(JSON.stringify(site)).length + 1; // plus a comma
    if (current.length > 0 && currentBytes + siteBytes > budgetBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 2;
    }
    current.push(site);
    currentBytes += siteBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The items to write for these settings (every key, including `sites.count`). */
export function toStorageItems(settings: Settings): StorageItems {
  const items: StorageItems = {};
  for (const key of SCALAR_KEYS) items[key] = settings[key];
  const chunks = chunkSites(settings.siteExceptions);
  items[SITE_CHUNK_COUNT_KEY] = chunks.length;
  chunks.forEach((chunk, index) => {
    items[`${SITE_CHUNK_PREFIX}${index}`] = chunk;
  });
  return items;
}

function isSiteChunkKey(key: string): boolean {
  return key.startsWith(SITE_CHUNK_PREFIX) && /^\d+$/.test(key.slice(SITE_CHUNK_PREFIX.length));
}

/** Keys present in storage that belong to settings but are not in `items` (stale chunks, legacy keys). */
export function staleKeys(existing: StorageItems, items: StorageItems): string[] {
  return Object.keys(existing).filter(
    (key) => !(key in items) && (isSiteChunkKey(key) || LEGACY_KEYS.includes(key)),
  );
}

/**
 * The settings-shaped object stored items describe, for `parseStoredSettings`. Ignores keys that
 * are not settings (other modules share the storage area). A chunk that is not a list, or a
 * missing chunk, makes `siteExceptions` a non-list so the parser reports it.
 */
export function fromStorageItems(items: StorageItems): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of [...SCALAR_KEYS, ...LEGACY_KEYS]) {
    if (key in items) raw[key] = items[key];
  }
  const count = items[SITE_CHUNK_COUNT_KEY];
  if (count === undefined && !Object.keys(items).some(isSiteChunkKey)) return raw;
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 0)) {
    raw.siteExceptions = { corruptChunkCount: count };
    return raw;
  }
  const sites: unknown[] = [];
  const chunkCount = typeof count === 'number' ? count : Number.POSITIVE_INFINITY;
  for (let index = 0; index < chunkCount; index += 1) {
    const key = `${SITE_CHUNK_PREFIX}${index}`;
    if (!(key in items)) {
      if (count === undefined) break;
      raw.siteExceptions = { missingChunk: key };
      return raw;
    }
    const chunk = items[key];
    if (!Array.isArray(chunk)) {
      raw.siteExceptions = { corruptChunk: key };
      return raw;
    }
    sites.push(...chunk);
  }
  raw.siteExceptions = sites;
  return raw;
}

/** True when the items fit every `storage.sync` quota. */
export function fitsSyncQuota(items: StorageItems): boolean {
  const entries = Object.entries(items);
  if (entries.length > SYNC_MAX_ITEMS) return false;
  let total = 0;
  for (const [key, value] of entries) {
    const bytes = itemBytes(key, value);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) return false;
    total += bytes;
  }
  return total <= SYNC_QUOTA_BYTES;
}

/** Settings read from one area's items, with the problems found and whether they are in an older layout. */
export function settingsFromItems(items: StorageItems): ParsedSettings & { olderVersion: boolean } {
  const raw = fromStorageItems(items);
  const version = storedVersion(raw);
  return { ...parseStoredSettings(raw), olderVersion: typeof version === 'number' && version < 1 };
}
