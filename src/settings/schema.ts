/**
 * The reader's settings (version 1): shape, defaults and per-key validation of what storage holds.
 *
 * `parseStoredSettings` never throws: a corrupt or unknown value falls back to its default for
 * that key only and is reported as a problem, so one bad value never wipes the others.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../knowledge/schema';
import { describeValue as describe } from './describe-value';
import { normalizeHostname } from './hostname';
import { migrateToCurrent } from './migration';
import { HIGHLIGHT_STYLES, SETTINGS_VERSION, type Settings, type SettingsProblem } from './site-rules';

export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
/** Most site exceptions kept (far above any real list; bounds storage and matching work). */
export const MAX_SITE_EXCEPTIONS = 20_000;
/** Most problems reported for one key (a list of 5,000 bad sites is summarized, not listed). */
const MAX_PROBLEMS_PER_KEY = 5;

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = [
  'version',
  'enabledByDefault',
  'siteExceptions',
  'highlightStyle',
  'entityTypes',
  'hoverDelayMs',
  'showBadge',
];

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabledByDefault: true,
  siteExceptions: [],
  highlightStyle: 'underline',
  entityTypes: [...ENTITY_TYPES],
  hoverDelayMs: 300,
  showBadge: true,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return {
    ...SETTINGS_DEFAULTS,
    siteExceptions: [...SETTINGS_DEFAULTS.siteExceptions],
    entityTypes: [...SETTINGS_DEFAULTS.entityTypes],
  };
}

export interface ParsedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

const BooleanSchema = v.boolean();
const StyleSchema = v.picklist(HIGHLIGHT_STYLES);
const DelaySchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(HOVER_DELAY_MIN_MS),
  v.maxValue(HOVER_DELAY_MAX_MS),
);

function scalar<T>(
  key: SettingKey,
  raw: Record<string, unknown>,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  expected: string,
  problems: SettingsProblem[],
): T {
  if (!(key in raw)) return fallback;
  const result = v.safeParse(schema, raw[key]);
  if (result.success) return result.output;
  problems.push({
    key,
    message: `${describe(raw[key])} is not ${expected}; using the default (${describe(fallback)})`,
  });
  return fallback;
}

function capped(key: string, messages: string[], problems: SettingsProblem[]): void {
  for (const message of messages.slice(0, MAX_PROBLEMS_PER_KEY)) problems.push({ key, message });
  if (messages.length > MAX_PROBLEMS_PER_KEY) {
    problems.push({ key, message: `…and ${messages.length - MAX_PROBLEMS_PER_KEY} more like these` });
  }
}

function parseSiteExceptions(raw: Record<string, unknown>, problems: SettingsProblem[]): string[] {
  const key = 'siteExceptions';
  if (!(key in raw)) return [];
  const value = raw[key];
  if (!Array.isArray(value)) {
    problems.push({ key, message: `${describe(value)} is not a list of sites; using an empty list` });
    return [];
  }
  const sites = new Set<string>();
  const messages: string[] = [];
  for (const entry of value) {
    const result = normalizeHostname(entry);
    if (result.ok) sites.add(result.hostname);
    else messages.push(`dropped ${describe(entry)}: ${result.reason}`);
  }
  capped(key, messages, problems);
  const list = [...sites];
  if (list.length > MAX_SITE_EXCEPTIONS) {
    problems.push({ key, message: `kept the first ${MAX_SITE_EXCEPTIONS} of ${list.length} sites` });
    return list.slice(0, MAX_SITE_EXCEPTIONS);
  }
  return list;
}

function parseEntityTypes(raw: Record<string, unknown>, problems: SettingsProblem[]): EntityType[] {
  const key = 'entityTypes';
  const fallback = [...SETTINGS_DEFAULTS.entityTypes];
  if (!(key in raw)) return fallback;
  const value = raw[key];
  if (!Array.isArray(value)) {
    problems.push({ key, message: `${describe(value)} is not a list of types; using all types` });
    return fallback;
  }
  const known = new Set<string>(ENTITY_TYPES);
  const kept = new Set<EntityType>();
  const messages: string[] = [];
  for (const entry of value) {
    if (typeof entry === 'string' && known.has(entry)) kept.add(entry as EntityType);
    else messages.push(`dropped ${describe(entry)}: not one of ${ENTITY_TYPES.join(', ')}`);
  }
  capped(key, messages, problems);
  // Keep the canonical order so equal settings compare equal.
  return ENTITY_TYPES.filter((type) => kept.has(type));
}

/**
 * Settings from whatever storage held (already reassembled by `fromStorageItems`), migrated from
 * older versions, validated key by key. Missing keys take their defaults silently (fresh install);
 * corrupt values take their defaults and are reported; unknown keys are reported and ignored.
 */
export function parseStoredSettings(stored: unknown): ParsedSettings {
  const problems: SettingsProblem[] = [];
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    if (stored !== undefined && stored !== null) {
      problems.push({
        key: '(all)',
        message: `${describe(stored)} is not a settings object; using defaults`,
      });
    }
    return { settings: defaultSettings(), problems };
  }
  const migrated = migrateToCurrent(stored as Record<string, unknown>);
  problems.push(...migrated.problems);
  const raw = migrated.values;

  for (const key of Object.keys(raw)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      problems.push({ key, message: 'not a setting this version knows; ignored' });
    }
  }
  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabledByDefault: scalar(
      'enabledByDefault',
      raw,
      BooleanSchema,
      SETTINGS_DEFAULTS.enabledByDefault,
      'true or false',
      problems,
    ),
    siteExceptions: parseSiteExceptions(raw, problems),
    highlightStyle: scalar(
      'highlightStyle',
      raw,
      StyleSchema,
      SETTINGS_DEFAULTS.highlightStyle,
      `one of ${HIGHLIGHT_STYLES.join(', ')}`,
      problems,
    ),
    entityTypes: parseEntityTypes(raw, problems),
    hoverDelayMs: scalar(
      'hoverDelayMs',
      raw,
      DelaySchema,
      SETTINGS_DEFAULTS.hoverDelayMs,
      `a whole number of milliseconds from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`,
      problems,
    ),
    showBadge: scalar(
      'showBadge',
      raw,
      BooleanSchema,
      SETTINGS_DEFAULTS.showBadge,
      'true or false',
      problems,
    ),
  };
  return { settings, problems };
}
