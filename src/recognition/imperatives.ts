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
 */
import { isAnySpace } from './chars';
import { nextWord, opensSentence } from './name-tokens';

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

/**
 * True when the one-word alias at text[start, end) opens a sentence of running text and a
 * lower-case determiner follows it directly: an imperative verb, not a name.
 */
export function opensImperative(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAnySpace(text.charCodeAt(i))) return false;
  const next = nextWord(text, end);
  if (next === undefined || next.shape !== 'lower' || !DETERMINERS.has(next.folded)) return false;
  return opensSentence(text, start) && lineEndsSentence(text, next.end);
}
