/**
 * A verb in the imperative (or a preposition: "Throughout the talks"). A name opening an English sentence is its subject, so the next word is
 * a verb ("Chew said"), a comma, a possessive or more of the name; a determiner never follows a
 * subject directly. A one-word alias opening a sentence with a determiner right after it is
 * therefore the verb of an imperative sentence, whose object the determiner opens: "Chew your food
 * slowly.", "Chew the gum before the hearing.", "Trump the second round of spades." (card play),
 * even on a page that names the person and the story.
 *
 * Only sentences of running text: the line must carry a sentence terminator after the word, since
 * a headline drops its verb ("Trump the big winner in Busan", "Xi a guest of honour") and stays a
 * name. A Title Case or capitals line never qualifies either: its determiner is not in lower case.
 *
 * A determiner that opens a time adverbial is no object: "Trump this week said…", "Bessent the
 * next morning met…", "Xi a day later told…" keep their subject. So a time noun among the two
 * words after the determiner leaves the name alone.
 */
import * as chars from './chars';
import * as nameTokens from './name-tokens';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { isAnySpace, isAsciiLetter, isAsciiLower, spaceRunEnd } = chars;
const { nextWord, opensSentence } = nameTokens;

/** Determiners that open a noun phrase: the object of a verb before them, never a verb's subject. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'these',
  'those',
  'each',
  'every',
]);

/** Nouns of time: a determiner before one opens an adverbial ("this week"), not an object. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  [
    'moment minute minutes hour hours day days night nights morning mornings afternoon evening',
    'week weeks weekend month months year years time times season quarter decade century',
    'spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
  ]
    .join(' ')
    .split(' '),
);

/** Words looked at after the determiner for a time noun ("the following day", "a few days"). */
const TIME_PHRASE_WORDS = 2;

/** True when a time noun is among the first words from `from` ("this week", "the next day"). */
export function opensTimePhrase(text: string, from: number): boolean {
  let end = from;
  for (let n = 0; n < TIME_PHRASE_WORDS; n++) {
    const word = nextWord(text, end);
    if (word === undefined) return false;
    if (TIME_NOUNS.has(word.folded)) return true;
    end = word.end;
  }
  return false;
}

/** True when `word` is a determiner that may open the object of an imperative verb. */
export function isObjectDeterminer(word: string): boolean {
  return DETERMINERS.has(word);
}

/** True when a sentence terminator (. ! ?) follows `from` on its line. */
function lineEndsSentence(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') return false;
    if (ch === '.' || ch === '!' || ch === '?') return true;
  }
  return false;
}

/** Longest determiner (DETERMINERS: "their", "these", "those", "every"). */
const MAX_DETERMINER = 5;

/**
 * False where the word nextWord(text, end) reads cannot be a lower-case determiner, told by code
 * unit before a Word is built: a word (after the same space run) that opens with no ASCII
 * lower-case letter folds to no determiner or is no lower-case word, and one that opens with six
 * ASCII letters is longer than every determiner.
 */
export function mayBeDeterminerAfter(text: string, end: number): boolean {
  const i = spaceRunEnd(text, end);
  if (!isAsciiLower(text.charCodeAt(i))) return false;
  let j = i + 1;
  while (j - i <= MAX_DETERMINER && isAsciiLetter(text.charCodeAt(j))) j++;
  return j - i <= MAX_DETERMINER;
}

/**
 * True when the one-word alias at text[start, end) opens a sentence of running text and a
 * lower-case determiner follows it directly: an imperative verb, not a name.
 */
export function opensImperative(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAnySpace(text.charCodeAt(i))) return false;
  if (!mayBeDeterminerAfter(text, end)) return false;
  const next = nextWord(text, end);
  if (next === undefined || next.shape !== 'lower' || !DETERMINERS.has(next.folded)) return false;
  if (!opensSentence(text, start) || !lineEndsSentence(text, next.end)) return false;
  return !opensTimePhrase(text, next.end);
}
