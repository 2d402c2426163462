/**
 * The reader's settings: the one module other code imports from `src/settings/` (files inside the
 * folder import each other directly). Pure; the background is the only context that reads and
 * writes them in `storage` (extension/background/user-storage.ts).
 *
 * - site-rules.ts: the `Settings` shape and the per-site rule, without validation (no valibot);
 * - schema.ts: defaults and per-key validation of stored values; migration.ts: older layouts;
 * - storage-layout.ts: how settings are laid out in `storage.sync` / `storage.local`;
 * - settings-areas.ts: reading and writing them across the two areas without losing data;
 * - stored-problems.ts: the last repair's record, read defensively;
 * - settings-file.ts: the export/import file; hostname.ts: site hostnames as listed;
 * - page-access.ts: whether Backstory can run on a tab's URL, and if not, why.
 */
export { canonicalPageHostname, type HostnameResult, hostnameCovers, normalizeHostname } from './hostname';
export { migrateToCurrent, storedVersion } from './migration';
export { type PageAccess, pageAccess } from './page-access';
export {
  defaultSettings,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_SITE_EXCEPTIONS,
  type ParsedSettings,
  parseStoredSettings,
  SETTING_KEYS,
  SETTINGS_DEFAULTS,
  type SettingKey,
} from './schema';
export {
  type LoadedSettings,
  loadStoredSettings,
  patchStoredSettings,
  type RepairResult,
  repairStoredSettings,
  type SettingsAreas,
  type StorageAreaLike,
  storeSettings,
} from './settings-areas';
export {
  applySettingsPatch,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  type SettingsFileResult,
  type SettingsPatch,
  serializeSettingsFile,
} from './settings-file';
export {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  isHighlightingEnabled,
  SETTINGS_VERSION,
  type Settings,
  type SettingsProblem,
  withSiteHighlighting,
  withSiteListed,
} from './site-rules';
export {
  fitsSyncQuota,
  fromStorageItems,
  holdsSettings,
  readSiteChunks,
  SETTINGS_AREA_KEY,
  SETTINGS_PROBLEMS_KEY,
  type SettingsAreaName,
  type StorageItems,
  type StoredProblems,
  settingsFromItems,
  staleKeys,
  toStorageItems,
  touchesSettings,
} from './storage-layout';
export { parseStoredProblems } from './stored-problems';
