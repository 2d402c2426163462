/**
 * Product lines and sports teams after a company's name. An acronym or a word with a digit or an
 * inner capital after a company's own name is its product line ("Nvidia DGX Cloud", "Nvidia
 * H20"), unless a capitalized head noun that only a team's name closes ("Racing", "Motorsport",
 * "Sailing") follows it: "Oracle BMW Racing", like "BMW Oracle Racing", is a yacht-racing team
 * named after its sponsors, and the acronym is part of the team's name (name-structure.ts).
 */
import type { Word } from './name-tokens';
import * as nameTokens from './name-tokens';

// Module-local copy: an imported binding may compile to a getter call (CommonJS interop under
// tsx: the bench, annotate, tests).
const { nextWord } = nameTokens;

/** Head nouns that close a sports team's name and never a product line's (lower case). */
export const TEAM_HEADS: ReadonlySet<string> = new Set([
  'racing',
  'motorsport',
  'motorsports',
  'sailing',
  'yachting',
]);

/** True when a capitalized team head noun ("Racing") is the word right after `end`. */
export function teamNameAfter(text: string, end: number): boolean {
  const word = nextWord(text, end);
  return word !== undefined && word.shape === 'capitalized' && TEAM_HEADS.has(word.folded);
}

/**
 * True when `word` is an acronym with a team head noun right after it ("BMW" in "Oracle BMW
 * Racing"): a sponsor's name inside the team's, which an all-capitals word after a name is not
 * otherwise ("Nvidia DGX Cloud").
 */
export function sponsorInTeamName(text: string, word: Word | undefined): boolean {
  return word !== undefined && word.shape === 'upper' && teamNameAfter(text, word.end);
}

const PRODUCT_SHAPE = /\p{N}|^.+\p{Lu}/u;

/**
 * A word shaped like a product or model name rather than a proper name's next word: it holds a
 * digit ("H20", "B200") or a capital after its first letter ("GeForce", "NVLink"), or it is an
 * acronym ("RTX", "DGX").
 */
export function isProductWord(text: string, word: Word): boolean {
  if (teamNameAfter(text, word.end)) return false; // "Oracle BMW Racing": a team
  return word.shape === 'upper' || PRODUCT_SHAPE.test(text.slice(word.start, word.end));
}

/**
 * A product after its maker's name: a word the pack lists as the organization's own ("Shop" after
 * "TikTok": `productWords`, lower case), or, after its own (not `generic`) name, a word shaped like
 * a model's ("GeForce", "H20").
 */
export function makersProduct(
  text: string,
  word: Word,
  generic: boolean,
  productWords: ReadonlySet<string> | undefined,
): boolean {
  return productWords?.has(word.folded) === true || (!generic && isProductWord(text, word));
}
