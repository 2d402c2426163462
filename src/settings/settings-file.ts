/**
 * The settings export/import file: JSON `{ "format": "backstory-settings", ...settings }`.
 *
 * An import changes exactly the settings the file states and leaves every other setting as it
 * is: a file with only `"showBadge": false` turns the badge off and nothing else; an export (every
 * key) restores everything. A file is refused whole — nothing changes — when anything in it is
 * wrong (not JSON, not ours, an unknown key, one bad value) or when it states no setting at all.
 */
import { migrateToCurrent } from './migration';
import { parseStoredSettings, SETTING_KEYS, type SettingKey } from './schema';
import type { Settings, SettingsProblem } from './site-rules';

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
/** Largest settings file accepted (a 20,000-site list is well under this). */
export const MAX_SETTINGS_FILE_BYTES = 2_000_000;

/** The settings a file changes (its stated keys, validated), and which keys those are. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export type SettingsFileResult =
  | { ok: true; patch: SettingsPatch; keys: SettingKey[] }
  | { ok: false; problems: SettingsProblem[] };

/** The text of an export file for these settings. */
export function serializeSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...settings }, null, 2)}\n`;
}

function fail(key: string, message: string): SettingsFileResult {
  return { ok: false, problems: [{ key, message }] };
}

function parseJsonObject(
  text: string,
): { object: Record<string, unknown> } | { refused: SettingsFileResult } {
  if (text.length > MAX_SETTINGS_FILE_BYTES)
    return { refused: fail('(file)', 'the file is too large to be a settings file') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { refused: fail('(file)', `the file is not valid JSON (${(error as Error).message})`) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { refused: fail('(file)', 'the file does not hold a settings object') };
  }
  return { object: data as Record<string, unknown> };
}

/**
 * Reads an import file into the settings it changes. Every key stated must be known and valid
 * (older layouts are migrated first); keys not stated are not part of the patch.
 */
export function parseSettingsFile(text: string): SettingsFileResult {
  const read = parseJsonObject(text);
  if ('refused' in read) return read.refused;
  const { format, ...values } = read.object;
  if (format !== SETTINGS_FILE_FORMAT) {
    return fail(
      'format',
      `the file is not a Backstory settings file (expected "format": "${SETTINGS_FILE_FORMAT}")`,
    );
  }
  const parsed = parseStoredSettings(values);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  const stated = new Set(Object.keys(migrateToCurrent(values).values));
  const keys = SETTING_KEYS.filter((key) => key !== 'version' && stated.has(key));
  if (keys.length === 0) return fail('(file)', 'the file states no setting to import');
  const patch: Record<string, unknown> = {};
  for (const key of keys) patch[key] = parsed.settings[key];
  return { ok: true, patch: patch as SettingsPatch, keys };
}

/** `settings` with the keys of `patch` replaced (an import applied to the current settings). */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return { ...settings, ...patch, version: settings.version };
}
