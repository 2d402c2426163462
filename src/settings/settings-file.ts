/**
 * The settings export/import file: JSON `{ "format": "backstory-settings", ...Settings }`.
 * Import is strict — any problem at all and nothing changes.
 */
import { parseStoredSettings, SETTING_KEYS } from './schema';
import type { Settings, SettingsProblem } from './site-rules';

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
/** Largest settings file accepted (a 20,000-site list is well under this). */
export const MAX_SETTINGS_FILE_BYTES = 2_000_000;

export type SettingsFileResult =
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] };

/** The text of an export file for these settings. */
export function serializeSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...settings }, null, 2)}\n`;
}

function fail(key: string, message: string): SettingsFileResult {
  return { ok: false, problems: [{ key, message }] };
}

/** Reads an import file. Every key must be present and valid; unknown keys are refused. */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES)
    return fail('(file)', 'the file is too large to be a settings file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('(file)', `the file is not valid JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('(file)', 'the file does not hold a settings object');
  }
  const { format, ...values } = data as Record<string, unknown>;
  if (format !== SETTINGS_FILE_FORMAT) {
    return fail(
      'format',
      `the file is not a Backstory settings file (expected "format": "${SETTINGS_FILE_FORMAT}")`,
    );
  }
  const problems: SettingsProblem[] = [];
  if (values.version === 1) {
    for (const key of SETTING_KEYS) {
      if (!(key in values)) problems.push({ key, message: 'missing from the file' });
    }
  }
  const parsed = parseStoredSettings(values);
  problems.push(...parsed.problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: parsed.settings };
}
