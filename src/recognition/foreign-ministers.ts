/**
 * Another government's minister names the body in its sentence. "Federal Minister for Commerce,
 * Engr. Khurram Dastgir Khan, said that Ministry of Commerce would pursue …" is Pakistan's
 * ministry: every government has a ministry of commerce, and a sentence that names its minister
 * by a name the pack does not know is about that minister's government, on a page of tariffs as
 * on any other. The pack's own minister ("Commerce Minister Wang Wentao said the Ministry of
 * Commerce …") and a title qualified by the body's own country ("China's Commerce Minister")
 * keep the body; a title without a name after it ("the Commerce Minister said") says nothing.
 */
import { indexOfText } from './chars';
import { sentenceAround } from './context';
import { titleNamesOwnBody } from './office-evidence';

/** Alias words that are not the body's own word: "Ministry of Commerce" is about "Commerce". */
const HEAD_WORDS: ReadonlySet<string> = new Set(['ministry', 'department', 'dept', 'of', 'the']);
/** The most characters read after the title for the holder's name (honorifics, a comma). */
const NAME_REACH = 24;
/** How far back from the alias the title is looked for, past a sentence end an abbreviation makes. */
const LOOK_BACK = 160;
/** "Minister" and its body word, either way round: "Commerce Minister", "Minister for (the) Commerce". */
const MINISTER = /\bMinister\b/g;
/** What may stand between the title and the holder's name: spaces, a comma, abbreviated honorifics. */
const BEFORE_NAME = /^(?:[\s,]|[A-Z][a-z]{0,4}\.)*/;

/** The body word of a generic alias, capitalized as a title writes it ("Commerce"), if it is one. */
function bodyWord(alias: string): string | undefined {
  const words = alias.split(/\s+/).filter((w) => !HEAD_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  // Only a generic name: "US Department of Commerce" names its country and is no other's.
  const word = words.length === 1 ? words[0] : undefined;
  if (word === undefined || !/^[A-Za-z]+$/.test(word)) return undefined;
  return word[0]?.toUpperCase() + word.slice(1).toLowerCase();
}

/** Where the title around "Minister" at `at` names the body word `word`, as [word start, title end). */
function titleAround(text: string, at: number, word: string): [number, number] | undefined {
  const after = at + 'Minister'.length;
  if (text.startsWith(word, at - word.length - 1) && text[at - 1] === ' ')
    return [at - word.length - 1, after];
  const tail = /^ (?:of|for) (?:the )?(?:[A-Z][a-z]+ (?:and|&) )?/.exec(text.slice(after, after + 40));
  if (tail === null || !text.startsWith(word, after + tail[0].length)) return undefined;
  const wordStart = after + tail[0].length;
  return [wordStart, wordStart + word.length];
}

/**
 * True when the sentence of the generic alias text[start, end) names a minister of its body word
 * followed by a name no pack person mention starts in (`personStartsIn(from, to)`), and the title
 * is not qualified by one of the entity's own country words (`ownWords`).
 */
export function otherMinisterInSentence(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
  personStartsIn: (from: number, to: number) => boolean,
): boolean {
  const word = bodyWord(text.slice(start, end));
  if (word === undefined) return false;
  // The sentence, read back over abbreviations' periods ("Engr. Khurram …") within the line.
  const sentence = sentenceAround(text, start, end);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const from = Math.max(lineStart, Math.min(sentence.start, start - LOOK_BACK));
  const part = text.slice(from, sentence.end);
  if (!part.includes('Minister')) return false;
  MINISTER.lastIndex = 0;
  for (let m = MINISTER.exec(part); m !== null; m = MINISTER.exec(part)) {
    const title = titleAround(text, from + m.index, word);
    if (title === undefined) continue;
    const [wordStart, titleEnd] = title;
    const gap = BEFORE_NAME.exec(text.slice(titleEnd, titleEnd + NAME_REACH))?.[0].length ?? 0;
    const nameAt = titleEnd + gap;
    if (!/^[A-Z][a-z]/.test(text.slice(nameAt, nameAt + 2))) continue;
    if (personStartsIn(titleEnd, nameAt + 1)) continue;
    if (titleNamesOwnBody(text, wordStart, wordStart + word.length, ownWords)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the line of text[start, end) holds "Minister": otherMinisterInSentence reads nothing
 * outside that line (its sentence and its look-back stop at a line feed), so where the line has
 * none it is false without reading the sentence. Made once per call: each search starts where the
 * last found nothing before, so mentions asked in text order read the text about once.
 */
export function ministerInLine(text: string): (start: number, end: number) => boolean {
  let searchedFrom = 0;
  let foundAt = indexOfText(text, 'Minister');
  return (start, end) => {
    // No "Minister" anywhere (most pages): no line read.
    if (foundAt < 0 && searchedFrom === 0) return false;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (lineStart < searchedFrom || (foundAt >= 0 && foundAt < lineStart)) {
      searchedFrom = lineStart;
      foundAt = indexOfText(text, 'Minister', lineStart);
    }
    if (foundAt < 0) return false;
    const lineEnd = text.indexOf('\n', end);
    return foundAt + 'Minister'.length <= (lineEnd < 0 ? text.length : lineEnd);
  };
}
