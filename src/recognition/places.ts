/**
 * Country and region names in English, for the foreign-qualifier rule ("India's Ministry of
 * Commerce", "Britain's Treasury"). Built once from Intl.DisplayNames over every two-letter region
 * code, plus the common short forms the API does not produce. Lower case.
 */
import { everyRegionName } from '../knowledge/story-side';
import { hasInnerSpace } from './chars';

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

let names: ReadonlySet<string> | undefined;

function buildNames(): ReadonlySet<string> {
  const found = new Set(SHORT_FORMS);
  for (const name of everyRegionName('en')) found.add(name.toLowerCase());
  return found;
}

/** True when the lower-case word names a country or region ("india", "japan", "britain"). */
export function isPlaceName(folded: string): boolean {
  names ??= buildNames();
  return names.has(folded);
}

/** A country's initialism or one-word name right after a name, then a lower-case word ("… U.S. tariffs"). */
const COUNTRY_THEN_LOWER = /^[ \u00a0]+((?:\p{Lu}\.){2,}|\p{Lu}\p{L}+)[ \u00a0]+\p{Ll}/u;

/**
 * True when a country qualifies the lower-case noun after `end` ("Trump U.S. tariffs", "Xi China
 * policy"): after a person's full name it does not lengthen the name (name-structure.ts).
 */
export function countryBeforeLowerWordAt(text: string, end: number): boolean {
  const match = COUNTRY_THEN_LOWER.exec(text.slice(end, end + COUNTRY_REACH));
  return match !== null && isPlaceName((match[1] as string).toLowerCase());
}
const COUNTRY_REACH = 40;

/**
 * The US states by name, lower case: a state's own Commerce Department or Treasury is not the
 * federal one ("Minnesota's Commerce Department", "the Ohio Treasury"). Two-word names are also
 * listed by their last word, the word a possessive attaches to ("South Carolina's").
 */
const US_STATES: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
  idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
  minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
  tennessee texas utah vermont virginia washington wisconsin wyoming hampshire jersey york carolina
  dakota`.split(/\s+/),
);

/** True when the lower-case word names a country, a region or a US state: a government of its own. */
export function isGovernmentPlace(folded: string): boolean {
  return US_STATES.has(folded) || isPlaceName(folded);
}

/** Names of one country that other names of it may stand for ("America's" for the US; "Sino-", the combining form, for China). */
const SAME_COUNTRY: readonly (readonly string[])[] = [
  ['us', 'u.s.', 'usa', 'u.s.a.', 'america', 'american', 'united states'],
  ['uk', 'u.k.', 'britain', 'british', 'united kingdom'],
  ['china', 'chinese', 'prc', 'sino'],
];

/** True when the lower-case word names a country, by name or adjective ("india", "american"). */
export function isCountryWord(folded: string): boolean {
  return isPlaceName(folded) || SAME_COUNTRY.some((names) => names.includes(folded));
}

/** Every name of the country `folded` names ("china" → china, chinese, prc); itself alone when none is listed. */
export function namesOfCountry(folded: string): readonly string[] {
  return SAME_COUNTRY.find((names) => names.includes(folded)) ?? [folded];
}

/** True when `folded` names the same country as one of `words` ("america" and "us"). */
export function sameCountryAsAny(folded: string, words: ReadonlySet<string>): boolean {
  if (words.has(folded)) return true;
  const group = SAME_COUNTRY.find((names) => names.includes(folded));
  return group?.some((name) => words.has(name)) === true;
}

/** The Associated Press abbreviations of US state names, lower case ("ill.", "n.y."). */
const AP_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich.
  minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d.
  tenn. tex. vt. va. wash. w.va. wis. wyo.`.split(/\s+/),
);

/**
 * A US state right after a comma, closing the phrase ("Commerce, Texas,", "Geneva, Ill.", "Geneva,
 * New York.", a dateline's "MADRID, Iowa —"): the name before the comma is a US town of that name. "Washington" is left out: a
 * list of capitals ("Geneva, Washington and Beijing") names it as a city.
 */
export function usStateAfterComma(text: string, end: number): boolean {
  // The phrase opens with the comma: most names are followed by anything else.
  return text.charCodeAt(end) === COMMA && mayOpenStatePhrase(text, end) && usStatePhraseAt(text, end);
}

/**
 * False where STATE_AFTER_COMMA cannot match at the comma at `end`, read by code unit: it needs
 * a space, tab or no-break space after the comma, then a capital (\p{Lu}); an ASCII unit other
 * than A-Z there ("Commerce, and", "Greer, the") rules the phrase out without a slice or RegExp.
 */
function mayOpenStatePhrase(text: string, end: number): boolean {
  let i = end + 1;
  const limit = Math.min(text.length, end + MAX_STATE_PHRASE);
  if (i >= limit || !isPhraseSpace(text.charCodeAt(i))) return false;
  while (i < limit && isPhraseSpace(text.charCodeAt(i))) i++;
  if (i >= limit) return false;
  const unit = text.charCodeAt(i);
  return unit >= 0x80 || (unit >= 0x41 && unit <= 0x5a);
}

/** The white space STATE_AFTER_COMMA allows after the comma: space, tab, no-break space. */
const isPhraseSpace = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0xa0;

/**
 * A bare name word text[start, end) (one word: no space inside) before a comma and a US state is a
 * town of that name: "a plant in Greer, South Carolina". Read for persons by the full rules
 * (name-structure.ts) and by the gate (inert-neighbors.ts).
 */
export function bareNameBeforeState(text: string, start: number, end: number): boolean {
  return usStateAfterComma(text, end) && !hasInnerSpace(text, start, end);
}

/** usStateAfterComma without the test of the first code unit: the phrase matched at `end`. */
export function usStatePhraseAt(text: string, end: number): boolean {
  const match = STATE_AFTER_COMMA.exec(text.slice(end, end + MAX_STATE_PHRASE));
  if (match === null) return false;
  const words = (match[1] as string).toLowerCase().split(/\s+/);
  const last = words[words.length - 1] as string;
  if (last === 'washington') return false;
  return US_STATES.has(last) || AP_STATE_ABBREVIATIONS.has(`${words.join(' ')}.`);
}

const MAX_STATE_PHRASE = 24;
const COMMA = 0x2c;
/** A dateline's state ends before a dash or a bracketed agency: "MADRID, Iowa —", "Geneva, Ill. (AP)". */
const STATE_AFTER_COMMA =
  /^,[ \t\u00a0]+((?:\p{Lu}[\p{L}.]*[ \t\u00a0]+)?\p{Lu}[\p{L}.]*?)(?=\.?(?:[,;:)]|\s*$|[ \t\u00a0]+[(\u2014\u2013-])|\.\s)/u;
