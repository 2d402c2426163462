/**
 * Honorifics and grammatical gender. "Mr.", "Ms.", "Mrs." and "Miss" before a bare surname say
 * whether a man or a woman is meant, which a surname shared by a family cannot:
 *
 *   "Melania Trump … Mrs. Trump said"          → not the president, whoever claims the word
 *   "Ms. Trump's memoir" (no full name at all)  → not the president either
 *   "Mary L. Trump … Mr. Trump's niece … Ms. Trump" → the text itself tells two Trumps apart by
 *     honorific, so "Mr. Trump" is the pack's man, as "President Trump" would be
 *
 * A pack person's gender is not a field of the pack: it is read from the pronouns of the
 * entity's own English description and facts ("confirmed him as Treasury Secretary"). An entity
 * whose texts use no personal pronoun, or both kinds equally, has no gender, and honorifics then
 * say nothing about it.
 */
import type { Entity } from '../knowledge/schema';
import type { Word } from './name-tokens';

export type Gender = 'male' | 'female';

/** Honorifics before a surname and the gender each implies (lower case, without a final period). */
const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['messrs', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['madam', 'female'],
  ['madame', 'female'],
  ['mme', 'female'],
]);

/** The honorific words, lower case, without a period. */
export const HONORIFIC_WORDS: readonly string[] = [...HONORIFICS.keys()];

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
const WORD = /\p{L}+/gu;

/** The gender an honorific word implies ("Mr." → male), or undefined for any other word. */
export function honorificGender(word: Word | undefined): Gender | undefined {
  if (word === undefined || word.shape === 'lower' || word.possessive) return undefined;
  return HONORIFICS.get(word.folded.replace(/\.$/, ''));
}

/** The gender the pronouns of `texts` give their subject, when one kind clearly dominates. */
export function pronounGender(texts: readonly string[]): Gender | undefined {
  let male = 0;
  let female = 0;
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      if (MALE_PRONOUNS.has(word)) male++;
      else if (FEMALE_PRONOUNS.has(word)) female++;
    }
  }
  if (male > female) return 'male';
  if (female > male) return 'female';
  return undefined;
}

/**
 * A pack person's gender from its English description and facts; undefined for anything else. A
 * merged lexicon's entity (knowledge/merge.ts) has no facts and carries the gender read from them.
 */
export function entityGender(entity: Entity & { gender?: Gender }): Gender | undefined {
  if (entity.type !== 'person') return undefined;
  if (entity.gender !== undefined) return entity.gender;
  const texts = [entity.description ?? '', ...(entity.facts ?? []).map((fact) => fact.text)];
  return pronounGender(texts);
}

/**
 * What an honorific before a bare surname says about a pack person of `gender`: 'other' when it
 * names the other sex ("Mrs. Trump" for the president); 'titled' when it agrees and the text
 * uses the other sex's honorific with the same word too, so the honorific sets this mention apart
 * from a relative's full name as an office title does; undefined when it says nothing.
 */
export function honorificVerdict(
  honorific: Gender | undefined,
  gender: Gender | undefined,
  seenWithWord: ReadonlySet<Gender> | undefined,
): 'other' | 'titled' | undefined {
  if (honorific === undefined || gender === undefined) return undefined;
  if (honorific !== gender) return 'other';
  return seenWithWord !== undefined && seenWithWord.size > 1 ? 'titled' : undefined;
}

/**
 * Per call: for each bare name word (lower case), the genders of the honorifics written before
 * it anywhere in `text` ("mr" and "ms" before "trump"). `starts[i]`, `ends[i]`: the bare name
 * word candidates; `before[i]`: the word right before each (name-tokens.ts previousWord).
 */
export function honorificsByWord(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  before: readonly (Word | undefined)[],
): Map<string, Set<Gender>> {
  const seen = new Map<string, Set<Gender>>();
  for (let i = 0; i < starts.length; i++) {
    const honorific = honorificGender(before[i]);
    if (honorific === undefined) continue;
    const key = text.slice(starts[i] as number, ends[i] as number).toLowerCase();
    seen.set(key, (seen.get(key) ?? new Set()).add(honorific));
  }
  return seen;
}
