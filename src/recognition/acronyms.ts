/**
 * Acronym clashes. Short capitalised names are reused: "MGX" is an Abu Dhabi investor, a Materialise
 * design label and a server standard; "BIS" is a US bureau and a Basel bank. A page that spells an
 * acronym out as something else — "Mobile Game Exchange (MGX)", "MGX (Modular Graphics
 * eXtension)" — shows it means someone else there, so the pack's acronym then counts only with
 * page evidence of its own entity (evidence.ts). An expansion made of the entity's own alias words
 * ("Bureau of Industry and Security (BIS)") is the entity's.
 */
import type { Entity } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';
import { aliasWords } from './aliases';

/** Most capitalised words an expansion before "(ACRONYM)" may have. */
const MAX_EXPANSION_WORDS = 8;
/** Longest expansion read inside the parentheses after an acronym, in code units. */
const MAX_EXPANSION_CHARS = 80;
/** Capitalised words an expansion needs: one capitalised word is a name, not an expansion. */
const MIN_EXPANSION_WORDS = 2;
/** Lower-case words an expansion may hold between its capitalised ones. */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', '&']);
const CAPITALIZED = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EXPANSION_AFTER = new RegExp(`^[ \\u00a0]?\\(([^()\\n]{2,${MAX_EXPANSION_CHARS}})\\)`);

const ownWordsCache = new WeakMap<Entity, ReadonlySet<string>>();

/** Every word of every alias of `entity`, lower case. */
function ownWordsOf(entity: Entity): ReadonlySet<string> {
  let words = ownWordsCache.get(entity);
  if (words === undefined) {
    words = new Set(entity.aliases.flatMap((alias) => aliasWords(aliasRule(alias).text)));
    ownWordsCache.set(entity, words);
  }
  return words;
}

/** True when `words` read as an expansion (two or more capitalised words) of none of `own`. */
function expandsOther(words: readonly string[], own: ReadonlySet<string>): boolean {
  const capitalized = words.filter((w) => CAPITALIZED.test(w));
  if (capitalized.length < MIN_EXPANSION_WORDS) return false;
  return !capitalized.some((w) => own.has(w.toLowerCase().replace(/[^\p{L}\p{N}.&'-]/gu, '')));
}

/** The run of capitalised words (and connectors between them) that ends right before `end`. */
function capitalizedRunBefore(text: string, end: number): string[] {
  const words = text
    .slice(Math.max(0, end - MAX_EXPANSION_CHARS), end)
    .trimEnd()
    .split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_EXPANSION_WORDS * 2; i--) {
    const word = words[i] as string;
    if (CAPITALIZED.test(word)) run.unshift(word);
    else if (CONNECTORS.has(word) && run.length > 0) run.unshift(word);
    else break;
  }
  while (run.length > 0 && !CAPITALIZED.test(run[0] as string)) run.shift();
  return run;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(text[start - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[end] ?? ' ');
}

/**
 * True when the text spells `acronym` out as something `entity` is not called, before it in
 * parentheses or after it in parentheses. Only exact-case occurrences are read.
 */
export function spelledOutAsOther(text: string, acronym: string, entity: Entity): boolean {
  const own = ownWordsOf(entity);
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
    const end = at + acronym.length;
    if (!isWholeWord(text, at, end)) continue;
    if (text[at - 1] === '(' && text[end] === ')' && expandsOther(capitalizedRunBefore(text, at - 1), own)) {
      return true;
    }
    // An expansion after the acronym opens with a capital: "MGX (an Abu Dhabi fund)" describes it.
    const after = EXPANSION_AFTER.exec(text.slice(end, end + MAX_EXPANSION_CHARS + 3));
    const words = after === null ? [] : (after[1] as string).trim().split(/\s+/);
    if (CAPITALIZED.test(words[0] ?? '') && expandsOther(words, own)) return true;
  }
  return false;
}
