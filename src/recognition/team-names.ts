/**
 * Sports teams named after their sponsors. "Oracle BMW Racing" and "BMW Oracle Racing" are one
 * yacht-racing team's names: a capitalized head noun that only a team's name closes ("Racing",
 * "Motorsport", "Sailing") right after the word that follows a company's name makes that word
 * part of the team's name, though an acronym after a company's own name otherwise reads as its
 * product line ("Nvidia DGX Cloud", name-structure.ts).
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
