/**
 * The story's sides on a page. A pack's entities carry the side of its story they belong to
 * (`side`, a country code: pack data); a place's card is about talks between those sides. A page
 * names a side by the country's names ("China", "Chinese", "PRC"; "US", "American", "United
 * States"; in Han script "中国", "美國"), by its capital standing for its government ("Beijing",
 * "Washington"), or by a pack entity of that side that counts on the page ("Xi", "He Lifeng",
 * "MOFCOM"; "Bessent", "USTR"). A page that leaves one side out is about another meeting or
 * another government, whatever pack name it holds, when it names another country instead:
 * "Trump said Madrid must pay more to NATO … Spain", "officials gathered in Geneva to discuss the
 * Ukraine plan" (place-anchors.ts). A page naming one side and no other country says too little
 * to tell, and keeps its places.
 */
import type { Entity } from '../knowledge/schema';
import { regionName } from '../knowledge/story-side';
import { capitalsOf } from './capital-cities';
import { escapeRegExp } from './chars';
import { isPlaceName, namesOfCountry, sameCountryAsAny } from './places';

export type StorySide = {
  /** The side's country, lower case ("china", "united states"). */
  country: string;
  /** Whether a text names the side's country or capital, as written. */
  names: RegExp;
  /** The indexes of the pack's entities of this side. */
  entities: readonly number[];
};

/** Languages whose names of a country a page may write: English, then Han script. */
const HAN_LOCALES = ['zh-Hans', 'zh-Hant'] as const;

/** How a lower-case English name is written: short forms and initialisms in capitals, others capitalized or in capitals. */
function written(name: string): readonly string[] {
  if (name.length <= 3 || name.includes('.')) return [name.toUpperCase()];
  return [name.replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase()), name.toUpperCase()];
}

const escaped = (name: string): string => escapeRegExp(name).replace(/\s+/g, '\\s+');

/** The test for a country's names and capitals: whole words in Latin script, any run in Han. */
function namesTest(code: string): RegExp {
  const english = regionName('en', code)?.toLowerCase();
  const latin =
    english === undefined ? [] : [...namesOfCountry(english), ...capitalsOf(english)].flatMap(written);
  const han = HAN_LOCALES.map((locale) => regionName(locale, code)).filter((n) => n !== undefined);
  const words =
    latin.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${latin.map(escaped).join('|')})(?![\\p{L}\\p{N}])` : '';
  return new RegExp([words, ...han.map(escaped)].filter((p) => p !== '').join('|') || '(?!)', 'u');
}

/** Per pack (entity list): its story's sides. */
const sidesByPack = new WeakMap<readonly Entity[], readonly StorySide[]>();

/** The sides of the pack's story: one per `side` code its entities carry (none for a pack without). */
export function storySides(entities: readonly Entity[]): readonly StorySide[] {
  let sides = sidesByPack.get(entities);
  if (sides === undefined) {
    sides = sidesOf(entities);
    sidesByPack.set(entities, sides);
  }
  return sides;
}

function sidesOf(entities: readonly Entity[]): readonly StorySide[] {
  const members = new Map<string, number[]>();
  for (const [i, entity] of entities.entries()) {
    if (entity.side === undefined) continue;
    const list = members.get(entity.side) ?? [];
    list.push(i);
    members.set(entity.side, list);
  }
  return [...members].map(([code, list]) => ({
    country: regionName('en', code)?.toLowerCase() ?? code.toLowerCase(),
    names: namesTest(code),
    entities: list,
  }));
}

/** Whether `text` names every side of `sides`, by a name or by an entity that counts (true when there are none). */
export function namesEverySide(
  text: string,
  sides: readonly StorySide[],
  counts: (entity: number) => boolean,
): boolean {
  return sides.every((side) => side.entities.some(counts) || side.names.test(text));
}

/** A page that leaves a side of the story out: the sides, and whether it names another country. */
export type SideLeftOut = {
  sides: readonly StorySide[];
  /** Whether the page names, capitalized, a country that is none of the sides', outside a city's apposition (memoized). */
  namesAnotherParty: () => boolean;
};

/** The page `text` when it leaves a side of the pack's story out (by name and by entity), else undefined. */
export function sidesIfOneLeftOut(
  text: string,
  pack: readonly Entity[],
  counts: (entity: number) => boolean,
): SideLeftOut | undefined {
  const sides = storySides(pack);
  if (namesEverySide(text, sides, counts)) return undefined;
  let another: boolean | undefined;
  const namesAnotherParty = (): boolean => {
    another ??= namesOtherCountry(text, sides);
    return another;
  };
  return { sides, namesAnotherParty };
}

/** A capitalized word or two ("Spain", "South Korea", "EU"). */
const CAPITALIZED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}\p{L}+)?/gu;

/** A full stop ending a word. */
const FINAL_STOP = /\.$/;

/**
 * The country a capitalized run names ("south korea", "spain"), lower case, or undefined. The run
 * may cross a sentence's end ("Ukraine. Talks"): its first word's full stop is no part of it.
 */
function countryOf(run: string): string | undefined {
  const words = run.toLowerCase().replace(FINAL_STOP, '');
  const first = words.split(/\s/)[0] as string;
  return [words, first, first.replace(FINAL_STOP, '')].find(isPlaceName);
}

/** A city's name and a comma right before `at`: "Geneva, " of "Geneva, Switzerland". */
const CITY_COMMA = /\p{Lu}\p{L}+,[ \u00a0]$/u;

/**
 * Whether `text` names, capitalized, a country that is none of the sides' ("Spain", "Ukraine",
 * "EU"). A country in apposition to a city ("Geneva, Switzerland", "Busan, South Korea") is
 * where the city is, not a party: it does not count.
 */
export function namesOtherCountry(text: string, sides: readonly StorySide[]): boolean {
  const own = new Set(sides.map((side) => side.country));
  for (const match of text.matchAll(CAPITALIZED)) {
    const country = countryOf(match[0]);
    if (country === undefined || sameCountryAsAny(country, own)) continue;
    const before = CITY_COMMA.exec(text.slice(Math.max(0, match.index - CITY_REACH), match.index));
    if (before === null || countryOf(before[0].slice(0, -2)) !== undefined) return true;
  }
  return false;
}

/** How far back a city's name before a comma is read: the longest one-word city name and ", ". */
const CITY_REACH = 40;
