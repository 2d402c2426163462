/**
 * A plural possessive before a name: "the United Arab Emirates' Ministry of Commerce", "the
 * Philippines’ Treasury", "the Netherlands' finance ministry". name-tokens' `previousWord` stops at
 * punctuation, and the apostrophe after a plural's "s" is one, so the word before the name was
 * not read at all and another country written so never qualified a generic body.
 */
import * as chars from './chars';
import type { Word } from './name-tokens';
import * as nameTokens from './name-tokens';

// Module-local copies: an imported binding may compile to a getter call under tsx.
const { isApostrophe, spaceRunJoins, spaceRunStart } = chars;
const { wordEndingAt } = nameTokens;
const LOWER_S = 0x73;
const UPPER_S = 0x53;

/**
 * The word ending in "s" and an apostrophe right before `start`, joined to it by horizontal
 * spaces, read as a possessive ("Emirates'" → "emirates", possessive); undefined otherwise.
 */
export function pluralPossessiveBefore(text: string, start: number): Word | undefined {
  const i = spaceRunStart(text, start);
  if (i === start || !spaceRunJoins(text, i, start)) return undefined;
  const apostrophe = i - 1;
  if (apostrophe < 2 || !isApostrophe(text.charCodeAt(apostrophe))) return undefined;
  const s = text.charCodeAt(apostrophe - 1);
  if (s !== LOWER_S && s !== UPPER_S) return undefined;
  const word = wordEndingAt(text, apostrophe);
  return word === undefined ? undefined : { ...word, possessive: true };
}
