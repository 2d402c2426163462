/**
 * Whether a name phrase is a noun's modifier or a person. Two capitalized name words before a
 * lower-case word are a person's given name and surname when they stand alone ("Ming Xi made
 * headlines", "Jet Li starred in the film"), and two names qualifying a noun when a determiner
 * opens the phrase ("the Biden Xi summit", "a Trump Xi meeting"): the determiner belongs to the
 * noun, which a bare person's name never has before it.
 */
import { previousWord, type Word } from './name-tokens';
import { PERSON_VERBS } from './name-words';

/** Determiners and possessive pronouns that open a noun phrase (lower case). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'every',
  'each',
  'another',
  'any',
  'some',
  'no',
]);

/** True when a determiner stands right before the word `first` (joined by white space only). */
export function determinerBefore(text: string, first: Word): boolean {
  const word = previousWord(text, first.start);
  return word !== undefined && word.shape !== 'other' && !word.possessive && DETERMINERS.has(word.folded);
}

/**
 * True when the name word `given` before a surname and the surname end a person's name: where
 * the phrase ends, a person verb follows or no determiner opens it ("Ming Xi, the model", "Jet Li
 * said", "Ming Xi made headlines"), not where two names qualify a noun ("the Biden Xi summit").
 * `next` is the word after the surname.
 */
export function endsPersonName(text: string, given: Word, next: Word | undefined): boolean {
  if (next === undefined) return true;
  if (next.shape !== 'lower') return false;
  return PERSON_VERBS.has(next.folded) || !determinerBefore(text, given);
}

/** True when the word right before (not a possessive) or after text[start, end) is the same word. */
export function isTwin(text: string, start: number, end: number, before?: Word, next?: Word): boolean {
  const self = text.slice(start, end).toLowerCase();
  return (sameWord(before, self) && !before?.possessive) || sameWord(next, self);
}

/** Whether `word` is not in lower case and folds to `self` (a trailing period left out). */
function sameWord(word: Word | undefined, self: string): boolean {
  return word !== undefined && word.shape !== 'lower' && word.folded.replace(/\.$/, '') === self;
}
