/**
 * An entity's side of its pack's story (`Entity.side`): an ISO 3166-1 alpha-2 country code ("CN"
 * for China's negotiators, ministries and companies; "US" for the US ones), as the entity's
 * description says. Left out for an entity of no side (a venue, a company between the sides). The
 * sides of a story are the codes its pack's entities carry (recognition/story-sides.ts).
 */
import * as v from 'valibot';

/**
 * The name Intl gives the region `code` in `locale` ("CN" in "en": "China"), or undefined when it
 * knows none (no name, the code itself back, or "Unknown Region").
 */
export function regionName(locale: string, code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
    return name === undefined || name === code || name.startsWith('Unknown') ? undefined : name;
  } catch {
    return undefined;
  }
}

const CODE_LETTERS = 26;
const CODE_A = 65;

/**
 * The names Intl gives every two-letter region code in `locale` (AA…ZZ), with regionName's
 * filter; one DisplayNames for all 676 codes. Empty where the locale is not supported.
 */
export function everyRegionName(locale: string): string[] {
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (let a = 0; a < CODE_LETTERS; a++) {
    for (let b = 0; b < CODE_LETTERS; b++) {
      const code = String.fromCharCode(CODE_A + a, CODE_A + b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name !== undefined && name !== code && !name.startsWith('Unknown')) found.push(name);
    }
  }
  return found;
}

/** Whether `value` is a two-letter region code Intl knows by an English name ("CN", "US"). */
export function isRegionCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && regionName('en', value) !== undefined;
}

export const StorySideSchema = v.pipe(
  v.string('must be a string'),
  v.check(isRegionCode, 'must be an ISO 3166-1 alpha-2 country code like "CN"'),
);
