/**
 * Words around a generic organization alias that make it another government's or institution's
 * body: a lower-case word naming a government below the nation right before it ("the state
 * Treasury", "the provincial commerce department"), an institution's possessive ("the company's
 * treasury department", "the university's Commerce Department"), or "in" and a country or US state right after it ("the Ministry of
 * Commerce in Thailand", "the Commerce Department in Minnesota", "the Treasury in South
 * Australia"), or another country's capital ("the ministry of commerce in Tokyo", "the Treasury in
 * London"; capital-cities.ts). "Washington" is left out: "the Treasury in Washington" is the
 * federal one.
 */
import { countryOfCapital } from './capital-cities';
import type { Word } from './name-tokens';
import * as nameTokens from './name-tokens';
import { isGovernmentPlace, sameCountryAsAny } from './places';
import * as wordEdges from './word-edges';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { endingBefore, startingAfter } = wordEdges;
const { nextWord, previousWord } = nameTokens;

const SUBNATIONAL: ReadonlySet<string> = new Set([
  'state',
  'provincial',
  'municipal',
  'county',
  'city',
  'regional',
  'territorial',
  'prefectural',
]);
/**
 * Institutions that keep a treasury or a commerce department of their own, in the possessive before
 * the generic word: "the company's treasury department", "the university's Commerce Department",
 * "Delhi University's Commerce Department".
 */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  'university',
  'college',
  'school',
  'academy',
  'institute',
  'company',
  'corporation',
  'firm',
  'business',
  'bank',
  'hospital',
  'church',
  'club',
  'charity',
  'foundation',
  'town',
  'village',
  'parish',
  'district',
]);
/** A nation's level of government, written between its possessive and the body: "Pakistan's federal". */
const NATIONAL_LEVEL: ReadonlySet<string> = new Set(['federal', 'national', 'central']);
/** The last two letters of each SUBNATIONAL and NATIONAL_LEVEL word: no other word before a name is read for them. */
const SUBNATIONAL_ENDINGS: ReadonlySet<string> = new Set(
  [...SUBNATIONAL, ...NATIONAL_LEVEL].map((w) => w.slice(-2)),
);
/** Words of a place name after "in": "South Carolina", "the United Arab Emirates". */
const MAX_PLACE_WORDS = 3;
/**
 * The government named by up to MAX_PLACE_WORDS capitalized words ending with `last`: a country,
 * region or US state ("Pakistan's", "Saudi Arabia's", "New Zealand's", "United Arab Emirates'");
 * undefined when they name none. The shortest name wins ("People's Republic of China's" is China).
 */
function placeEndingWith(text: string, last: Word): string | undefined {
  const words = [last.folded];
  let word = last;
  for (;;) {
    const name = words.join(' ');
    if (isGovernmentPlace(name)) return name;
    const previous = previousWord(text, word.start);
    if (words.length === MAX_PLACE_WORDS || previous?.shape !== 'capitalized' || previous.possessive) {
      return undefined;
    }
    words.unshift(previous.folded);
    word = previous;
  }
}

/**
 * Whose government `before`, the capitalized word right before an organization alias, ends the
 * name of: 'other' for a government other than the entity's own (one of `ownWords`: "Saudi
 * Arabia's Ministry of Commerce", "New Zealand Treasury", "Minnesota's Commerce Department"),
 * 'own' for the entity's own country written in full ("the United States Department of the
 * Treasury": a qualifier naming the body itself, not a longer name; so is "China's Ministry of
 * Commerce"), undefined when it ends no government's name.
 */
export function governmentBefore(
  text: string,
  before: Word,
  ownWords: ReadonlySet<string>,
): 'own' | 'other' | undefined {
  if (before.shape !== 'capitalized') return undefined;
  const place = placeEndingWith(text, before);
  if (place === undefined) return undefined;
  return sameCountryAsAny(place, ownWords) ? 'own' : 'other';
}

/** A national level word after another government's possessive: "Pakistan's federal Ministry". */
function otherNationalLevel(text: string, before: Word, ownWords: ReadonlySet<string>): boolean {
  if (before.shape !== 'lower' || !NATIONAL_LEVEL.has(before.folded)) return false;
  const owner = previousWord(text, before.start);
  return owner?.possessive === true && governmentBefore(text, owner, ownWords) === 'other';
}

function placeWordsAfter(text: string, end: number): Word[] {
  let word = nextWord(text, end);
  if (word?.folded === 'the') word = nextWord(text, word.end);
  const words: Word[] = [];
  while (word !== undefined && words.length < MAX_PLACE_WORDS && word.shape !== 'lower') {
    words.push(word);
    if (word.possessive) break;
    word = nextWord(text, word.end);
  }
  return words;
}

/**
 * The government named by "in" and a place right after text[.., end): a country, US state or
 * region as written ("minnesota", "united kingdom"), or a capital's country ("tokyo" → "japan",
 * "washington" → "united states"); undefined when no such place follows.
 */
function governmentAfter(text: string, end: number): string | undefined {
  // Only a lower-case "in" opens the phrase: a word starting otherwise is not read.
  const edge = startingAfter(text, end);
  if (edge !== undefined && edge !== 'in') return undefined;
  const preposition = nextWord(text, end);
  if (preposition?.folded !== 'in' || preposition.shape !== 'lower') return undefined;
  const words = placeWordsAfter(text, preposition.end).map((w) => w.folded);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    // "the ministry of commerce in Tokyo": a capital stands for its country's government.
    const country = countryOfCapital(name);
    if (country !== undefined) return country;
    if (isGovernmentPlace(name)) return name;
  }
  const last = words.length > 1 ? (words[words.length - 1] as string) : '';
  return isGovernmentPlace(last) ? last : undefined;
}

/**
 * True when the words around text[start, end), a generic organization alias of an entity whose
 * own alias words are `ownWords`, make it another government's body.
 */
export function otherGovernmentAround(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
): boolean {
  const edge = endingBefore(text, start);
  // A subnational word, or an institution's possessive (its last unit an "s"), before the name.
  if (edge === undefined || SUBNATIONAL_ENDINGS.has(edge)) {
    const before = previousWord(text, start);
    if (before?.shape === 'lower' && SUBNATIONAL.has(before.folded)) return true;
    // Possessive only: "private equity firm Silver Lake" is an apposition, the firm itself.
    if (before?.possessive === true && INSTITUTIONS.has(before.folded)) return true;
    if (before !== undefined && otherNationalLevel(text, before, ownWords)) return true;
  }
  const place = governmentAfter(text, end);
  return place !== undefined && !sameCountryAsAny(place, ownWords);
}

/**
 * True when "in" and the entity's own country or its capital follow the generic alias
 * text[.., end) ("the Treasury in Washington", "the Commerce Department in the United States"):
 * the pack's own body, named as unmistakably as by "the US Treasury".
 */
export function ownGovernmentAfter(text: string, end: number, ownWords: ReadonlySet<string>): boolean {
  const place = governmentAfter(text, end);
  return place !== undefined && sameCountryAsAny(place, ownWords);
}

/** Words of a country's official name after "of": "the People's Republic of China". */
const MAX_OFFICIAL_NAME_WORDS = 5;
/** Code units of a possessive ending ("'s"), which name-tokens.ts leaves out of the word. */
const POSSESSIVE_S = 2;

/**
 * The words of a proper name right after "of" (and "the") at text[.., end): capitalized words,
 * with "of" inside ("People's Republic of China", "United States of America"); a word ending in a
 * period closes it.
 */
function officialNameAfterOf(text: string, end: number): Word[] {
  const of = nextWord(text, end);
  if (of?.folded !== 'of' || of.shape !== 'lower') return [];
  let word = nextWord(text, of.end);
  if (word?.folded === 'the' && word.shape === 'lower') word = nextWord(text, word.end);
  const words: Word[] = [];
  while (word !== undefined && words.length < MAX_OFFICIAL_NAME_WORDS) {
    const innerOf = word.folded === 'of' && word.shape === 'lower' && words.length > 0;
    if (word.shape !== 'capitalized' && !innerOf) break;
    words.push(word);
    if (word.folded.endsWith('.')) break;
    // Past a possessive's "'s" inside the name ("People's Republic").
    word = nextWord(text, word.possessive ? word.end + POSSESSIVE_S : word.end);
  }
  while (words.length > 0 && (words[words.length - 1] as Word).shape === 'lower') words.pop();
  return words;
}

/**
 * True when "of", "the" or not, and a name ending with the entity's own country (one of
 * `ownWords`) follow the organization alias text[.., end): "Ministry of Commerce of the People's
 * Republic of China", "Department of the Treasury of the United States". That is the body's
 * official name, not a longer name holding the alias; another country there ("Ministry of
 * Commerce of India") or a name that goes on past the country ("… of China Merchants Bank") is not.
 */
export function ownCountryOfAfter(text: string, end: number, ownWords: ReadonlySet<string>): boolean {
  const words = officialNameAfterOf(text, end).map((w) => w.folded.replace(/\.$/, ''));
  for (let n = 1; n <= Math.min(MAX_PLACE_WORDS, words.length); n++) {
    const name = words.slice(-n).join(' ');
    if (isGovernmentPlace(name) || sameCountryAsAny(name, ownWords)) return sameCountryAsAny(name, ownWords);
  }
  return false;
}
