/**
 * Per-entity facts about a person's name that name structure (name-structure.ts) reads: the
 * entity's own name words and on which side of a one-word alias its given name sits.
 */

import type { Entity } from '../knowledge/schema';
import { abbreviatedForms } from './abbreviations';
import { aliasWords } from './aliases';
import { oneWordAliasTexts } from './name-order';
import type { NameOwner } from './name-structure';
import { CORPORATE_SUFFIXES } from './name-words';
import { isPlaceName } from './places';

/** Per pack (entity list): the countries its aliases name ("us", "china"), lower case. */
const countriesByPack = new WeakMap<readonly Entity[], ReadonlySet<string>>();

/** The countries the pack's own aliases name: the story's sides, never "another government". */
function packCountriesOf(entities: readonly Entity[]): ReadonlySet<string> {
  let countries = countriesByPack.get(entities);
  if (countries === undefined) {
    const words = entities.flatMap((e) =>
      e.aliases.flatMap((a) => aliasWords(typeof a === 'string' ? a : a.text)),
    );
    countries = new Set(words.filter(isPlaceName));
    countriesByPack.set(entities, countries);
  }
  return countries;
}

/** Per-entity name facts: own words and on which side its given name sits around a one-word alias. */
export function nameOwner(
  entity: Entity,
  oneWordAliases: readonly string[],
  pack: readonly Entity[] = [entity],
): NameOwner {
  const texts = entity.aliases.map((a) => (typeof a === 'string' ? a : a.text));
  // "US Treasury Dept": the abbreviated forms' words are the entity's own too (abbreviations.ts).
  const ownWords = new Set([...texts, ...texts.flatMap(abbreviatedForms)].flatMap(aliasWords));
  let givenBefore = false;
  let givenAfter = false;
  // The words before a one-word alias in a full name ("jamieson" in "Jamieson Greer").
  const givenNames = new Set<string>();
  // The words after it ("jinping" in "Xi Jinping").
  const givenNamesAfter = new Set<string>();
  // The full names holding a one-word alias, as the pack writes them ("Jamieson Greer").
  const fullNames = new Set<string>();
  // The pack's own one-word aliases: a given name read alone (name-order.ts) is no surname.
  const ownOneWord = new Set([...oneWordAliasTexts(texts)].map((w) => w.toLowerCase()));
  for (const word of oneWordAliases.map((w) => w.toLowerCase()).filter((w) => ownOneWord.has(w))) {
    for (const [i, words] of texts.map(aliasWords).entries()) {
      const at = words.indexOf(word);
      if (at < 0 || words.length < 2) continue;
      if (at > 0) givenBefore = true;
      if (at < words.length - 1) givenAfter = true;
      for (const given of words.slice(0, at)) givenNames.add(given);
      for (const given of words.slice(at + 1)) givenNamesAfter.add(given);
      fullNames.add(texts[i] as string);
    }
  }
  if (!givenBefore && !givenAfter) givenBefore = true;
  return {
    isPerson: entity.type === 'person',
    isOrganization: entity.type === 'organization',
    ownWords,
    givenBefore,
    givenAfter,
    misspelling: { givenNames, givenNamesAfter, fullNames: [...fullNames] },
    // Read only when a sentence names another government: it reads every alias of the pack.
    packCountries: () => packCountriesOf(pack),
    // "Shop" for TikTok: its own product after its name (name-structure.ts).
    productWords: new Set((entity.productWords ?? []).map((w) => w.text.toLowerCase())),
    isCompany: entity.type === 'organization' && [...ownWords].some((w) => CORPORATE_SUFFIXES.has(w)),
  };
}
