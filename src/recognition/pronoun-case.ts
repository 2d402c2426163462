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
import { opensSentence, previousWord } from './name-tokens';
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

/**
 * True when the alias at text[start, end) is a function word written with a capital (`asWritten`
 * is the alias, "He") directly after a lower-case preposition of its sentence: a name, not the
 * pronoun.
 */
export function nameByObjectCase(text: string, start: number, end: number, asWritten: string): boolean {
  const alias = asWritten.toLowerCase();
  if (!FUNCTION_WORDS.has(alias) || end - start !== alias.length) return false;
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
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
  const first = text.charAt(start);
  return first !== first.toLowerCase() && !opensSentence(text, start);
}
