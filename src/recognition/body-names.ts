/**
 * Another body's longer name ending in the alias, read backwards from the word before it:
 *
 * - a connector after a capitalized head ("Masters de Madrid", "Chamber of Commerce", "Faculty of
 *   Commerce"), and for an organization also "on" and "for" after a body's head noun ("Senate
 *   Committee on Commerce", "Ministry for Commerce");
 * - the same through a coordination: the alias is the last of capitalized names joined by "and"
 *   or "&" after such a head ("Committee on Energy and Commerce", "Ministry of Industry and
 *   Commerce", "Ministry of Trade & Commerce").
 * - after it, a committee's head noun in lower case ("MPs on the Treasury committee", the
 *   field's committee of a parliament: `committeeAfter`, read by name-structure.ts).
 *
 * A head that is the entity's own word or an office title does not make another body, nor before a
 * coordination does their plural ("the Departments of State and Commerce", "the Secretaries of
 * Treasury and Commerce" are the entity's own), nor a head opening a sentence ("Shares of Nvidia");
 * a body's head noun after a dotted initialism opens none ("the U.S. Chamber of Commerce"). Facts about
 * English names, not about any entity.
 */

import * as chars from './chars';
import { INSTITUTION_HEADS } from './institutions';
import { opensSentence, previousWord, type Word } from './name-tokens';
import { FUNCTION_WORDS, NAME_CONNECTORS } from './name-words';

// Module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const { isHorizontalSpace } = chars;

/** Prepositions that join a body's head noun to its field ("Committee on", "Ministry for"). */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for']);
/**
 * The head nouns of bodies named "<head> on/for <field>". Only these: before "for" or "on" a
 * person's name is no head ("Trump picks Mnuchin for Treasury", "Bessent on Treasury's plans").
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'subcommittee',
  'commission',
  'council',
  'board',
  'ministry',
  'bureau',
  'agency',
  'office',
  'institute',
  'center',
  'centre',
  'caucus',
  'panel',
  'forum',
  'chamber',
]);
const COORDINATORS: ReadonlySet<string> = new Set(['and']);
/** A dotted initialism of two or more capitals, its last period included ("U.S.", "U.K."). */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
/** Capitalized names before "and" ("Small Business and Commerce"). */
const MAX_COORDINATED_WORDS = 3;

/** A capitalized word that may name a body's field ("Energy", "Trade", "Small Business"). */
function fieldWord(word: Word | undefined): boolean {
  return word !== undefined && word.shape === 'capitalized' && !FUNCTION_WORDS.has(word.folded);
}

/** The singular of a regular plural ("departments" → "department", "secretaries" → "secretary"). */
function singular(folded: string): string | undefined {
  if (folded.endsWith('ies')) return `${folded.slice(0, -3)}y`;
  if (folded.endsWith('s') && !folded.endsWith('ss')) return folded.slice(0, -1);
  return undefined;
}

/**
 * An ampersand joined by spaces right before text[start] ("Trade & Commerce"), read as the word
 * "and" that it writes; undefined otherwise. Word reads (name-tokens.ts) stop at it as at any
 * punctuation.
 */
export function ampersandBefore(text: string, start: number): Word | undefined {
  let at = start;
  if (at < 1 || !isHorizontalSpace(text.charCodeAt(at - 1))) return undefined;
  while (at > 0 && isHorizontalSpace(text.charCodeAt(at - 1))) at--;
  if (at < 2 || text.charAt(at - 1) !== '&' || !isHorizontalSpace(text.charCodeAt(at - 2))) return undefined;
  return { start: at - 1, end: at, folded: 'and', shape: 'lower', possessive: false };
}

/**
 * True when `before`, the word right before an alias, makes it part of another body's longer name.
 * `isName` tells a capitalized name word that is neither a title nor one of the entity's own words.
 */
export function longerBodyNameBefore(
  text: string,
  before: Word,
  isName: (word: Word | undefined) => boolean,
  organization: boolean,
): boolean {
  let connector: Word | undefined = before;
  const coordinated = COORDINATORS.has(before.folded);
  if (coordinated) {
    let word = previousWord(text, before.start);
    for (let n = 0; n < MAX_COORDINATED_WORDS && fieldWord(word); n++) {
      connector = previousWord(text, (word as Word).start);
      word = connector;
    }
    // "Energy and Commerce" with no head before it is a list, not a name.
    if (connector === undefined || connector === before || fieldWord(connector)) return false;
  }
  if (NAME_CONNECTORS.has(connector.folded)) return isHead(text, connector, isName, coordinated);
  if (!organization || connector.shape !== 'lower' || !BODY_PREPOSITIONS.has(connector.folded)) return false;
  const head = previousWord(text, connector.start);
  return head !== undefined && BODY_HEADS.has(head.folded) && isHead(text, connector, isName, coordinated);
}

/**
 * The head nouns of a committee named, in lower case, after its field: "MPs on the Treasury
 * committee" (a parliament's), "the Senate Commerce subcommittee". A department's own units go by
 * other nouns ("a Treasury office", "the Commerce bureau"), and a "panel" or "commission" may be
 * the department's own advisers: not read.
 */
export const COMMITTEE_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee']);

/** True when `next`, the word right after a generic organization word, is a committee's lower-case head. */
export function committeeAfter(next: Word | undefined): boolean {
  return next !== undefined && next.shape === 'lower' && COMMITTEE_HEADS.has(next.folded);
}

/** A head noun of a body or an institution ("Chamber", "Council", "Bank"). */
function bodyHead(word: Word): boolean {
  return BODY_HEADS.has(word.folded) || INSTITUTION_HEADS.has(word.folded);
}

/**
 * True when a dotted initialism stands right before `start` ("the U.S. Chamber of Commerce"): its
 * period closes the initialism, and the capital after it names a body the initialism qualifies
 * rather than opening a sentence.
 */
function afterInitialism(text: string, start: number): boolean {
  const before = previousWord(text, start);
  return before !== undefined && DOTTED_INITIALISM.test(text.slice(before.start, before.end + 1));
}

/**
 * True when the capitalized word before `connector` heads a name of its own; before a coordination
 * its singular must be one too ("the Departments of State and Commerce" are the entity's).
 */
function isHead(
  text: string,
  connector: Word,
  isName: (word: Word | undefined) => boolean,
  coordinated: boolean,
): boolean {
  const head = previousWord(text, connector.start);
  if (head === undefined || !isName(head)) return false;
  if (opensSentence(text, head.start) && !(bodyHead(head) && afterInitialism(text, head.start))) return false;
  if (!coordinated) return true;
  const one = singular(head.folded);
  return one === undefined || isName({ ...head, folded: one });
}
