/**
 * Per-entity facts about a person's name that name structure (name-structure.ts) reads: the
 * entity's own name words and on which side of a one-word alias its given name sits.
 */

import type { Entity } from '../knowledge/schema';
import { abbreviatedForms } from './abbreviations';
import { aliasWords } from './aliases';
import type { NameOwner } from './name-structure';

/** Per-entity name facts: own words and on which side its given name sits around a one-word alias. */
export function nameOwner(entity: Entity, oneWordAliases: readonly string[]): NameOwner {
  const texts = entity.aliases.map((a) => (typeof a === 'string' ? a : a.text));
  // "US Treasury Dept": the abbreviated forms' words are the entity's own too (abbreviations.ts).
  const ownWords = new Set([...texts, ...texts.flatMap(abbreviatedForms)].flatMap(aliasWords));
  let givenBefore = false;
  let givenAfter = false;
  for (const word of oneWordAliases.map((w) => w.toLowerCase())) {
    for (const words of texts.map(aliasWords)) {
      const at = words.indexOf(word);
      if (at < 0 || words.length < 2) continue;
      if (at > 0) givenBefore = true;
      if (at < words.length - 1) givenAfter = true;
    }
  }
  if (!givenBefore && !givenAfter) givenBefore = true;
  return {
    isPerson: entity.type === 'person',
    isOrganization: entity.type === 'organization',
    ownWords,
    givenBefore,
    givenAfter,
  };
}
