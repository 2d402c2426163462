/**
 * A one-word person alias inside the entity's own full name with its given name misspelt, read
 * for coreference (name-word-occurrences.ts): see misspeltFullNameAt.
 */
import { hasInnerSpace } from './chars';
import { misspeltOwnName } from './misspelt-names';
import { continuesName, isNameWord, type NameOwner } from './name-structure';
import { nextWord, previousWord } from './name-tokens';

/**
 * Whether the one-word person alias at [start, end) stands in the entity's own full name with its
 * given name misspelt ("trade negotiator Li Chengang" for Li Chenggang), as name-structure.ts
 * personVerdict reads it: such a name is the entity named in full, so an afterFullName surname
 * inside it is no longer held back, and it claims the later bare surname.
 */
export function misspeltFullNameAt(text: string, start: number, end: number, owner: NameOwner): boolean {
  if (owner.misspelling === undefined || hasInnerSpace(text, start, end)) return false;
  const before = previousWord(text, start);
  const next = nextWord(text, end);
  const nameBefore = isNameWord(before, owner) && !before.possessive;
  const nameAfter = continuesName(next, owner);
  return misspeltOwnName(text, start, nameBefore ? before : undefined, nameAfter ? next : undefined, owner);
}
