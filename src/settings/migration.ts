/**
 * Migrations of stored settings from older versions to the current one (1).
 *
 * Version 0 (the pre-release layout, kept as the worked example): no `version` key, and
 * `{ enabled: boolean, disabledSites: string[], style: 'underline' | 'highlight' }`.
 * v0 → v1: `enabled` → `enabledByDefault`; `disabledSites` → `siteExceptions` (only meaningful
 * while `enabled` was true — with highlighting off everywhere v0 ignored the list);
 * `style: 'highlight'` → `highlightStyle: 'background'`.
 */
import { describeValue } from './describe-value';
import type { SettingsProblem } from './site-rules';

const V0_KEYS = ['enabled', 'disabledSites', 'style'];
const V0_STYLE_NAMES: Record<string, string> = { underline: 'underline', highlight: 'background' };

export interface MigrationResult {
  values: Record<string, unknown>;
  problems: SettingsProblem[];
}

/** Detects the stored version: the `version` key, or 0 when only v0 keys are present. */
export function storedVersion(raw: Record<string, unknown>): unknown {
  if ('version' in raw) return raw.version;
  return V0_KEYS.some((key) => key in raw) ? 0 : undefined;
}

export function migrateV0ToV1(raw: Record<string, unknown>): Record<string, unknown> {
  const { enabled, disabledSites, style, version: _version, ...rest } = raw;
  const values: Record<string, unknown> = { ...rest, version: 1 };
  if (enabled !== undefined) values.enabledByDefault = enabled;
  if (disabledSites !== undefined && enabled !== false) values.siteExceptions = disabledSites;
  if (style !== undefined)
    values.highlightStyle = typeof style === 'string' ? (V0_STYLE_NAMES[style] ?? style) : style;
  return values;
}

/** The stored values in the current version's shape; an unknown version is read as current and reported. */
export function migrateToCurrent(raw: Record<string, unknown>): MigrationResult {
  const version = storedVersion(raw);
  if (version === undefined || version === 1) return { values: raw, problems: [] };
  if (version === 0) return { values: migrateV0ToV1(raw), problems: [] };
  const { version: _ignored, ...rest } = raw;
  return {
    values: rest,
    problems: [
      {
        key: 'version',
        message: `stored settings say version ${describeValue(version)}, which this version does not know; read them as version 1`,
      },
    ],
  };
}
