/**
 * An entity's side of its pack's story (`Entity.side`): an ISO 3166-1 alpha-2 country code ("CN"
 * for China's negotiators, ministries and companies; "US" for the US ones), as the entity's
 * description says. Left out for an entity of no side (a venue, a company between the sides). The
 * sides of a story are the codes its pack's entities carry (recognition/story-sides.ts).
 */
import * as v from 'valibot';

/** Whether `value` is a two-letter region code Intl knows by an English name ("CN", "US"). */
export function isRegionCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(value);
    return name !== undefined && name !== value && !name.startsWith('Unknown');
  } catch {
    return false;
  }
}

export const StorySideSchema = v.pipe(
  v.string('must be a string'),
  v.check(isRegionCode, 'must be an ISO 3166-1 alpha-2 country code like "CN"'),
);
