/**
 * Three shapes of a name that is not the pack's entity although it holds one of its aliases:
 *
 * - A company's name after "the", standing alone ("the Oracle said", "the Oracle (Gloria Foster)",
 *   "the Oracle, who …", "the Oracle at Delphi"): a company is not "the Oracle"; a character, a title or a thing named by
 *   the common word is. Lower-case continuations ("the Oracle co-founder", "the Oracle deal") keep
 *   the company.
 * - A place name after a geographic head noun ("Lake Geneva", "Port Busan", "Mount Madrid"): a
 *   different place named after it, even opening a sentence.
 * - A name after a chain of surname particles ("Miguel de la Madrid", "De la Madrid had …"): a
 *   person's surname.
 *
 * Facts about English, not about any entity.
 */
import { APOSTROPHE_VARIANTS, spaceRunStart } from './chars';
import { nextWord, previousWord, type Word } from './name-tokens';
import { NAME_CONNECTORS, PERSON_VERBS } from './name-words';

const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set([
  'lake',
  'lakes',
  'loch',
  'lac',
  'mount',
  'mt.',
  'port',
  'fort',
  'cape',
]);

/** Words after "the Oracle," that open a clause about a person or thing, not a company list. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Prepositions after "the <name>": the name heads a phrase of its own ("the Oracle at Delphi"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'with', 'to', 'for', 'by']);

/** Punctuation after "the <name>" that leaves the name standing alone. */
const ALONE_AFTER = new Set([
  '.',
  '!',
  '?',
  ';',
  ':',
  '(',
  ')',
  "'",
  ...APOSTROPHE_VARIANTS.map((unit) => String.fromCharCode(unit)),
]);

/**
 * False when the word before `start` cannot be "the", read by code unit: the word reader needs
 * white space before `start`, and a word folding to "the" ends in "e"/"E" (or "s"/"S" of a
 * possessive, or "." that the reader then refuses) right before it. Most words fail here without
 * building a word.
 */
export function mayFollowThe(text: string, start: number): boolean {
  const i = spaceRunStart(text, start);
  if (i === start) return false;
  const unit = text.charCodeAt(i - 1);
  return unit === 0x65 || unit === 0x45 || unit === 0x73 || unit === 0x53 || unit === 0x2e;
}

/** True when text[start, end), a company's one-word name, stands alone after "the" ("the Oracle said"). */
export function companyAsCommonNoun(text: string, start: number, end: number): boolean {
  // A company's full name takes "the" ("the TikTok USDS Joint Venture was", "the Oracle
  // Corporation in 2019"); only a one-word name standing alone is read as the common word.
  if (!mayFollowThe(text, start) || /\s/.test(text.slice(start, end))) return false;
  if (previousWord(text, start)?.folded !== 'the') return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const ch = text[i];
  if (ch === undefined || ch === '\n' || ALONE_AFTER.has(ch)) return true;
  if (ch === ',') {
    const after = nextWord(text, i + 1) ?? nextWord(text, i + 2);
    return after !== undefined && RELATIVE_WORDS.has(after.folded);
  }
  const next = nextWord(text, end);
  return (
    next !== undefined &&
    next.shape === 'lower' &&
    (PERSON_VERBS.has(next.folded) || PREPOSITIONS.has(next.folded))
  );
}

/** True when `before` is a capitalized geographic head noun ("Lake" Geneva). */
export function geographicHeadBefore(before: Word | undefined): boolean {
  return before !== undefined && before.shape === 'capitalized' && GEOGRAPHIC_HEADS.has(before.folded);
}

/**
 * True when `word`, a surname particle right before the alias, follows another particle that is
 * capitalized ("De la Madrid") or follows a chain of them after a capitalized name word ("Miguel
 * de la Madrid"); `isName` tells a name word.
 */
export function particleChainBefore(
  text: string,
  word: Word | undefined,
  isName: (w: Word | undefined) => boolean,
): boolean {
  if (word === undefined || !NAME_CONNECTORS.has(word.folded)) return false;
  let head = previousWord(text, word.start);
  if (head === undefined || !NAME_CONNECTORS.has(head.folded)) return false;
  while (head !== undefined && NAME_CONNECTORS.has(head.folded)) {
    if (head.shape === 'capitalized') return true;
    head = previousWord(text, head.start);
  }
  return isName(head);
}
