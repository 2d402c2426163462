/**
 * The settings' shape and the per-site rule, without validation (no valibot): what the content
 * script needs, kept out of `schema.ts` so the content bundle stays small. `schema.ts` re-exports
 * everything here; validation of stored values lives there.
 */
import type { EntityType } from '../knowledge/schema';
import { canonicalPageHostname, hostnameCovers } from './hostname';

export const SETTINGS_VERSION = 1;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlight on every site unless the site is in `siteExceptions`. */
  enabledByDefault: boolean;
  /** Hostnames whose state is the opposite of `enabledByDefault`; "example.com" covers subdomains. */
  siteExceptions: string[];
  /** How names are marked; `none` paints nothing but cards still open on hover. */
  highlightStyle: HighlightStyle;
  /** Entity types that are highlighted. */
  entityTypes: EntityType[];
  /** Hover time before the card opens. */
  hoverDelayMs: number;
  /** Show the number of names found on the toolbar button. */
  showBadge: boolean;
}

export interface SettingsProblem {
  /** The storage key (setting name) the problem is about. */
  key: string;
  /** What was wrong and what was used instead, in plain words. */
  message: string;
}

/**
 * Whether names are highlighted on a page with this hostname: the default, flipped when an
 * exception covers the hostname (itself or a parent domain).
 */
export function isHighlightingEnabled(settings: Settings, hostname: string): boolean {
  const host = canonicalPageHostname(hostname);
  const excepted = settings.siteExceptions.some((exception) => hostnameCovers(exception, host));
  return settings.enabledByDefault !== excepted;
}

/**
 * The site list (the options page's "Add" and "Remove") with `hostname` put on it once, at the
 * end, or with exactly that entry taken off; every other entry stays in its place.
 */
export function withSiteListed(
  siteExceptions: readonly string[],
  hostname: string,
  listed: boolean,
): string[] {
  if (!listed) return siteExceptions.filter((site) => site !== hostname);
  return siteExceptions.includes(hostname) ? [...siteExceptions] : [...siteExceptions, hostname];
}

/**
 * The site exception list after setting highlighting on `hostname` to `enabled`. Adds the
 * hostname as an exception when the default disagrees; otherwise removes every exception that
 * covers it (including a parent domain — the only way to make the default apply again).
 */
export function withSiteHighlighting(settings: Settings, hostname: string, enabled: boolean): string[] {
  const host = canonicalPageHostname(hostname);
  const kept = settings.siteExceptions.filter((exception) => !hostnameCovers(exception, host));
  return enabled === settings.enabledByDefault ? kept : [...kept, host];
}
