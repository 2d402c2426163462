/**
 * Country and region names in English, for the foreign-qualifier rule ("India's Ministry of
 * Commerce", "Britain's Treasury"). Built once from Intl.DisplayNames over every two-letter region
 * code, plus the common short forms the API does not produce. Lower case.
 */
const SHORT_FORMS = [
  'britain',
  'uk',
  'u.k.',
  'us',
  'u.s.',
  'usa',
  'america',
  'eu',
  'europe',
  'korea',
  'taiwan',
];
const CODE_LETTERS = 26;
const A = 65;

let names: ReadonlySet<string> | undefined;

function buildNames(): ReadonlySet<string> {
  const found = new Set(SHORT_FORMS);
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return found;
  }
  for (let a = 0; a < CODE_LETTERS; a++) {
    for (let b = 0; b < CODE_LETTERS; b++) {
      const code = String.fromCharCode(A + a, A + b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name === undefined || name === code || name.startsWith('Unknown')) continue;
      found.add(name.toLowerCase());
    }
  }
  return found;
}

/** True when the lower-case word names a country or region ("india", "japan", "britain"). */
export function isPlaceName(folded: string): boolean {
  names ??= buildNames();
  return names.has(folded);
}
