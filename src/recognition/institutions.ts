/**
 * Institutions named after a place or an organization with a title word in between: "Silver Lake
 * State Park", "Busan State University", "Kuala Lumpur General Hospital". A title word ("State",
 * "General") does not lengthen a name by itself ("Commerce Secretary", "Nvidia CEO"), but followed
 * by an institution's head noun it is part of that institution's name, and the pack's word inside
 * it names the institution, not the pack's entity.
 */
import { nextWord, type Word } from './name-tokens';
import { PLACE_NOUNS, TITLE_WORDS } from './name-words';

/** Head nouns of institutions and sites, beside the place nouns ("park", "station"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  ...PLACE_NOUNS,
  'university',
  'college',
  'school',
  'academy',
  'institute',
  'hospital',
  'clinic',
  'bank',
  'prison',
  'penitentiary',
  'stadium',
  'airport',
  'museum',
  'library',
  'cemetery',
  'cathedral',
  'church',
  'hotel',
  'forest',
  'beach',
  'reserve',
  'zoo',
]);

/** True when `word` (after a candidate) is a capitalized title word followed by a capitalized institution head. */
export function titledInstitutionAt(text: string, word: Word | undefined): boolean {
  if (word === undefined || word.shape !== 'capitalized' || !TITLE_WORDS.has(word.folded)) return false;
  const head = nextWord(text, word.end);
  return head !== undefined && head.shape === 'capitalized' && INSTITUTION_HEADS.has(head.folded);
}
