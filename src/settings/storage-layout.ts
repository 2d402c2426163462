/**
 * How settings are laid out in `storage.sync` / `storage.local`, within `storage.sync` quotas:
 * 8,192 bytes per item (key + JSON value), 512 items, 102,400 bytes in all.
 *
 * Each scalar setting is its own item (so one corrupt value never hides the others); the site
 * exception list is split into chunks `sites.0`, `sites.1`, … each below the per-item quota, with
 * `sites.count` saying how many chunks belong to the current list (chunks past it are stale and
 * removed on write). When the whole layout does not fit the sync quota the background keeps
 * settings in `storage.local` instead, and says so under `storage.local` `settingsArea` (which
 * area is read and written, and how: settings-areas.ts).
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

/** Most problems reported about the chunks of one list (a wrecked list is summarized, not listed). */
const MAX_CHUNK_PROBLEMS = 5;

export interface SiteChunks {
  /** Every entry of every readable chunk, in chunk order (entries are validated later). */
  sites: unknown[];
  /** What could not be read: a junk `sites.count`, a chunk that is not a list, a missing chunk. */
  problems: SettingsProblem[];
}

function chunkIndex(key: string): number | undefined {
  return isSiteChunkKey(key) ? Number(key.slice(SITE_CHUNK_PREFIX.length)) : undefined;
}

function describeItem(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Chunk indices to read: `0 … sites.count - 1` when the count is sound, else every chunk present. */
function chunkIndices(items: StorageItems, problems: SettingsProblem[]): number[] {
  const present = Object.keys(items)
    .map(chunkIndex)
    .filter((index): index is number => index !== undefined)
    .sort((a, b) => a - b);
  const count = items[SITE_CHUNK_COUNT_KEY];
  if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) {
    // Chunks at or past the count are stale leftovers of a longer list: not part of this one.
    const last = present.length > 0 ? (present[present.length - 1] as number) : -1;
    return Array.from({ length: Math.min(count, last + 1) }, (_, i) => i);
  }
  if (count !== undefined) {
    problems.push({
      key: SITE_CHUNK_COUNT_KEY,
      message: `${describeItem(count)} is not a number of chunks; read every chunk present (${present.length})`,
    });
  }
  return present;
}

/**
 * The site list's chunks as stored, read as far as they can be: a junk `sites.count` reads every
 * chunk present, a chunk that is not a list or is missing is reported and skipped, and every other
 * chunk is kept. Undefined `sites` when the area holds no site list at all.
 */
export function readSiteChunks(items: StorageItems): {
  sites: unknown[] | undefined;
  problems: SettingsProblem[];
} {
  const problems: SettingsProblem[] = [];
  const hasChunks = Object.keys(items).some(isSiteChunkKey);
  if (!(SITE_CHUNK_COUNT_KEY in items) && !hasChunks) return { sites: undefined, problems };
  const sites: unknown[] = [];
  const dropped: SettingsProblem[] = [];
  const indices = chunkIndices(items, problems);
  for (const index of indices) {
    const key = `${SITE_CHUNK_PREFIX}${index}`;
    if (!(key in items)) {
      dropped.push({ key, message: 'missing; the sites it held are lost, every other chunk kept' });
      continue;
    }
    const chunk = items[key];
    if (!Array.isArray(chunk)) {
      dropped.push({
        key,
        message: `${describeItem(chunk)} is not a list of sites; dropped, every other chunk kept`,
      });
      continue;
    }
    sites.push(...chunk);
  }
  const count = items[SITE_CHUNK_COUNT_KEY];
  if (typeof count === 'number' && Number.isSafeInteger(count) && count > indices.length) {
    const missing = count - indices.length;
    dropped.push({
      key: SITE_CHUNK_COUNT_KEY,
      message: `says ${count} chunks but only ${indices.length} were stored; ${missing} missing`,
    });
  }
  problems.push(...dropped.slice(0, MAX_CHUNK_PROBLEMS));
  if (dropped.length > MAX_CHUNK_PROBLEMS) {
    problems.push({
      key: 'siteExceptions',
      message: `…and ${dropped.length - MAX_CHUNK_PROBLEMS} more chunk problems`,
    });
  }
  return { sites, problems };
}

/**
 * The settings-shaped object stored items describe, for `parseStoredSettings`. Ignores keys that
 * are not settings (other modules share the storage area). The site list is every readable chunk
 * (`readSiteChunks`); use `settingsFromItems` to also hear what could not be read.
 */
export function fromStorageItems(items: StorageItems): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of [...SCALAR_KEYS, ...LEGACY_KEYS]) {
    if (key in items) raw[key] = items[key];
  }
  const { sites } = readSiteChunks(items);
  if (sites !== undefined) raw.siteExceptions = sites;
  return raw;
}

/** True when the items hold any part of the settings (a scalar, a legacy key, the site list). */
export function holdsSettings(items: StorageItems): boolean {
  return Object.keys(items).some(
    (key) =>
      (SCALAR_KEYS as readonly string[]).includes(key) ||
      LEGACY_KEYS.includes(key) ||
      key === SITE_CHUNK_COUNT_KEY ||
      isSiteChunkKey(key),
  );
}

/** Settings read from one area's items, with every problem found and whether they are in an older layout. */
export function settingsFromItems(items: StorageItems): ParsedSettings & { olderVersion: boolean } {
  const chunks = readSiteChunks(items);
  const raw = fromStorageItems(items);
  const version = storedVersion(raw);
  const parsed = parseStoredSettings(raw);
  return {
    settings: parsed.settings,
    problems: [...chunks.problems, ...parsed.problems],
    olderVersion: typeof version === 'number' && version < 1,
  };
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
