/**
 * A function-word alias in the object case. English puts a pronoun after a preposition in its
 * object form: "with him", "between him and Bessent", never "with he". So a capitalized "He"
 * right after a preposition, inside a sentence ("Bessent said he had spoken online with He.",
 * "the talks between He and Bessent"), is not the pronoun but a surname, and the pack's rule that
 * such an alias counts only after its entity's full name (`afterFullName`, there to keep the
 * pronoun out) does not hold it back; the mention is still weak and needs page evidence like any
 * bare surname. Prepositions that also open clauses ("for he is", "than he", "before he left")
 * are left out.
 */
import { isApostrophe, isWordAt } from './chars';
import { TIME_NOUNS } from './imperatives';
import { nextWord, opensSentence, previousWord } from './name-tokens';
import { FUNCTION_WORDS } from './name-words';

/** Prepositions that take only an object, never a clause with a subject pronoun. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'between',
  'by',
  'from',
  'to',
  'of',
  'against',
  'among',
  'amongst',
  'beside',
  'alongside',
  'toward',
  'towards',
  'including',
  'about',
  'into',
  'onto',
  'upon',
  'without',
  'via',
  'versus',
]);

/** Whether the word at `start` is written with a capital (its first unit is not lower case). */
function capitalAt(text: string, start: number): boolean {
  const first = text.charAt(start);
  return first !== first.toLowerCase();
}

/**
 * True when the alias at text[start, end) is a function word written with a capital (`asWritten`
 * is the alias, "He") directly after a lower-case preposition of its sentence: a name, not the
 * pronoun.
 */
export function nameByObjectCase(text: string, start: number, end: number, asWritten: string): boolean {
  const alias = asWritten.toLowerCase();
  if (!FUNCTION_WORDS.has(alias) || end - start !== alias.length) return false;
  if (!capitalAt(text, start)) return false;
  const before = previousWord(text, start);
  return before !== undefined && before.shape === 'lower' && PREPOSITIONS.has(before.folded);
}

/**
 * True when the alias at text[start, end) is a function word written with a capital inside a
 * sentence (not opening it): English writes the pronoun there in lower case, so "He" there is a
 * surname. With the entity named in full anywhere on the page, even after it ("The Treasury
 * secretary added that He will join him. … shakes hands with Vice-Premier He Lifeng", a caption
 * under the text), the pack's afterFullName rule does not hold it back. Headlines, where every
 * word is capitalized, are read as pronouns by name structure (name-structure.ts).
 */
export function nameInsideSentence(text: string, start: number, end: number, asWritten: string): boolean {
  const alias = asWritten.toLowerCase();
  if (!FUNCTION_WORDS.has(alias) || end - start !== alias.length) return false;
  return capitalAt(text, start) && !opensSentence(text, start);
}

/** Letters of a contraction after the word ("He’s", "He’d", "He’ll"), at most. */
const MAX_CONTRACTION = 2;

/** Where the text goes on after a contraction at `end` ("’s My" → before " My"); `end` when none. */
function afterContraction(text: string, end: number): number {
  if (!isApostrophe(text.charCodeAt(end))) return end;
  let i = end + 1;
  while (i < text.length && i - end <= MAX_CONTRACTION && /[a-z]/.test(text[i] as string)) i++;
  return i > end + 1 && !isWordAt(text, i) ? i : end;
}

/**
 * True when the function word at text[start, end) stands in a run of Title Case words inside a
 * sentence: the word after it, or after its contraction, is capitalized and is neither one of the
 * entity's own words (`ownWords`: "He Lifeng") nor a time word ("met He Tuesday"). Titles of
 * songs, books and films are written so ("He Ain’t Heavy, He’s My Brother went to #7", "read What
 * He Said"); a surname inside running text is followed by lower-case words or punctuation.
 */
export function insideTitleCase(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
): boolean {
  if (!capitalAt(text, start)) return false;
  const next = nextWord(text, afterContraction(text, end));
  return (
    next !== undefined &&
    next.shape === 'capitalized' &&
    !ownWords.has(next.folded) &&
    !TIME_NOUNS.has(next.folded)
  );
}

/**
 * True when a function-word alias at text[start, end) reads as the word itself, not a surname:
 * opening a sentence or a headline, or inside a Title Case run (insideTitleCase) — but never after
 * a possessive, which a noun follows ("Meeting With China’s He, US Says").
 */
export function readsAsFunctionWord(
  text: string,
  start: number,
  end: number,
  lines: { isHeadlineAt(at: number): boolean },
  ownWords: ReadonlySet<string>,
): boolean {
  if (!FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())) return false;
  if (opensSentence(text, start)) return true;
  // A possessive is followed by a noun, never by a pronoun: "Meeting With China’s He, US Says".
  if (previousWord(text, start)?.possessive === true) return false;
  return lines.isHeadlineAt(start) || insideTitleCase(text, start, end, ownWords);
}

/**
 * Words that follow a subject pronoun and are capitalized only in Title Case ("He Said", "He Will
 * Return"): never a given name.
 */
const PRONOUN_FOLLOWERS: ReadonlySet<string> = new Set(
  `said says told tells will would could should can may might must was is has had did does also
  then never still just added adds went got made took wants wanted knew thinks thought became left
  came saw won lost`.split(/\s+/),
);

/**
 * True when a function-word alias written with a capital at text[start, end) opens another
 * person's two-word name ("He Kexin won gold", "gymnast He Kexin said"): one space, then a
 * capitalized word that is no function word, time word or pronoun follower and does not end like
 * a verb ("-ed", "-s"), then no capitalized word (a Title Case run is a title: "He Ain’t Heavy",
 * "He Kexin Wins Gold"). Such a full name claims the later bare mentions of the word
 * (coreference.ts), as "Keith Ellison" claims "Ellison".
 */
export function opensOtherFullName(text: string, start: number, end: number): boolean {
  if (!capitalAt(text, start) || text.charAt(end) !== ' ') return false;
  const next = nextWord(text, end);
  if (next === undefined || next.shape !== 'capitalized' || next.end - next.start < 2) return false;
  const word = next.possessive ? next.folded.replace(/'s$/, '') : next.folded;
  if (FUNCTION_WORDS.has(word) || TIME_NOUNS.has(word) || PRONOUN_FOLLOWERS.has(word)) return false;
  if (/(ed|s)$/.test(word) || !/^[a-z-]+$/.test(word)) return false;
  return next.possessive || nextWord(text, next.end)?.shape !== 'capitalized';
}
