/**
 * A business named with its owner's possessive: "Trump’s Castle casino resort", "Wang's Kitchen",
 * "Li's Garden Restaurant". Running text writes a person's possessive before a common noun in lower
 * case ("Trump's decision", "Xi's visit", "Trump's castle"); a capitalized word right after it is a
 * name, and when every capitalized word there is the head noun of an establishment's name
 * (Castle, Kitchen, Garden, Grill, Hotel …), the possessive is the first word of that name, as
 * "Trump" is in "Trump Tower". A proper name after the possessive ("Trump's Rose Garden speech",
 * "Trump's White House", "Trump's Kitchen Cabinet") keeps the person: not every word is such a head.
 */
import * as chars from './chars';
import * as nameTokens from './name-tokens';

// Module-local copies: an imported binding may compile to a getter call under tsx.
const { isApostrophe, isWordAt } = chars;
const { nextWord } = nameTokens;

const LOWER_S = 0x73;
const UPPER_S = 0x53;
const SPACE = 0x20;

/** Head nouns of a shop's, restaurant's, hotel's or casino's name, lower case. */
export const ESTABLISHMENT_HEADS: ReadonlySet<string> = new Set([
  'bakery',
  'bar',
  'bistro',
  'brewery',
  'cafe',
  'café',
  'casino',
  'castle',
  'deli',
  'diner',
  'eatery',
  'emporium',
  'garden',
  'gardens',
  'grill',
  'grille',
  'hotel',
  'inn',
  'kitchen',
  'lounge',
  'palace',
  'pizzeria',
  'pub',
  'restaurant',
  'saloon',
  'steakhouse',
  'tavern',
]);

/**
 * True when text[end] starts a possessive "'s" (any apostrophe) followed by one or more
 * capitalized words, every one an establishment head ("’s Castle casino", "'s Garden Restaurant.").
 */
export function possessiveEstablishmentAfter(text: string, end: number): boolean {
  if (!isApostrophe(text.charCodeAt(end))) return false;
  const s = text.charCodeAt(end + 1);
  if ((s !== LOWER_S && s !== UPPER_S) || isWordAt(text, end + 2)) return false;
  // Cheap refusal before any word is built: one space, then a capital letter.
  if (text.charCodeAt(end + 2) !== SPACE) return false;
  let word = nextWord(text, end + 2);
  let heads = 0;
  while (word !== undefined && word.shape === 'capitalized') {
    if (!ESTABLISHMENT_HEADS.has(word.folded)) return false;
    heads++;
    if (word.possessive) break;
    word = nextWord(text, word.end);
  }
  return heads > 0;
}
