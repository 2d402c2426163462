/**
 * Longer names in headlines. Capitalization says nothing in a Title Case or ALL CAPS headline, so
 * "TRUMP TOWER FIRE" or "Oracle Park Hosts Game Seven" cannot show by itself that the alias is
 * part of a longer name. The page usually says it again in running text ("the fire at Trump
 * Tower", "fans at Oracle Park"): one sense per page, so the headline's alias and its neighbour
 * read as the same two words do where the page writes them in a sentence. Facts about English
 * pages, not about any entity.
 */
import { escapeRegExp } from './chars';
import type { LineShapes } from './headlines';
import { nextWord, previousWord, type Word } from './name-tokens';
import { FUNCTION_WORDS, TITLE_WORDS } from './name-words';

/** A word, in any letter case, that can be part of a name: not a function word, title or own word. */
function isNeighbor(word: Word, ownWords: ReadonlySet<string>): boolean {
  const bare = word.folded.replace(/\.$/, '');
  return !FUNCTION_WORDS.has(bare) && !TITLE_WORDS.has(bare) && !ownWords.has(bare);
}

/**
 * The start of the alias in an occurrence outside headlines of the headline's alias text[start,
 * end) together with its neighbour word (the next word, then the previous one), any letter case;
 * undefined when the page writes them together nowhere else. A neighbour is any word but a title,
 * a function word or one of the entity's own words (`ownWords`).
 */
export function runningTextOccurrence(
  text: string,
  start: number,
  end: number,
  lines: LineShapes,
  ownWords: ReadonlySet<string>,
): number | undefined {
  const alias = text.slice(start, end);
  for (const side of ['next', 'previous'] as const) {
    const word = side === 'next' ? nextWord(text, end) : previousWord(text, start);
    if (word === undefined || word.shape === 'lower' || word.possessive || !isNeighbor(word, ownWords))
      continue;
    const neighbor = text.slice(word.start, word.end);
    const [first, second] = side === 'next' ? [alias, neighbor] : [neighbor, alias];
    const phrase = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(first)}[ \\t\\u00a0]+${escapeRegExp(second)}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    for (const match of text.matchAll(phrase)) {
      const at = match.index;
      if (lines.isHeadlineAt(at)) continue;
      return side === 'next' ? at : at + match[0].length - alias.length;
    }
  }
  return undefined;
}
