/**
 * A town's offices. Mayors, aldermen and councillors serve towns and cities, never a government
 * department or a company: an organization word right before such a title ("Commerce Mayor Clark
 * Hill", "the Commerce mayor", "Commerce Deputy Mayor") is the name of a town called so (Commerce,
 * Georgia), whatever else the page says, as "Commerce, Calif." is (places.ts).
 */
import * as nameTokens from './name-tokens';
import * as titles from './titles';
import * as wordEdges from './word-edges';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { nextWord } = nameTokens;
const { OFFICE_TITLE_MODIFIERS } = titles;
const { NO_WORD, startingAfter } = wordEdges;

/** Titles of a town's or city's elected officers (lower case). */
export const TOWN_OFFICES: ReadonlySet<string> = new Set([
  'mayor',
  'mayors',
  'alderman',
  'aldermen',
  'alderwoman',
  'councilman',
  'councilmen',
  'councilwoman',
  'councilwomen',
  'councilmember',
  'councillor',
  'councillors',
  'councilor',
  'councilors',
  'selectman',
  'selectmen',
]);

/** The most title modifiers read before the office ("Acting Deputy Mayor"). */
const MAX_MODIFIERS = 2;

/** How many letters of the word after townOfficeAfter compares (every listed word has as many). */
const OPENING = 4;
/** The first OPENING letters of every word townOfficeRead reads first (a town's office or a modifier). */
const OPENINGS: ReadonlySet<string> = new Set(
  [...TOWN_OFFICES, ...OFFICE_TITLE_MODIFIERS].map((w) => w.slice(0, OPENING)),
);

/**
 * True when a town's office title follows text[.., end), after at most two modifiers ("Deputy").
 * Settled by code unit, without building a `Word`, when no word follows or the word after opens
 * with OPENING units (cut at a unit that is no letter, word-edges.ts) that open no town's office
 * nor modifier: the common case ("market", "country", "chips", "as" no longer send it to a read).
 */
export function townOfficeAfter(text: string, end: number): boolean {
  const opening = startingAfter(text, end, OPENING);
  if (opening === NO_WORD || (opening !== undefined && !OPENINGS.has(opening.toLowerCase()))) return false;
  return townOfficeRead(text, end);
}

/** townOfficeAfter read word by word (exported for the property that checks the shortcut). */
export function townOfficeRead(text: string, end: number): boolean {
  let at = end;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const word = nextWord(text, at);
    if (word === undefined || word.shape === 'other' || word.possessive) return false;
    if (TOWN_OFFICES.has(word.folded)) return true;
    if (!OFFICE_TITLE_MODIFIERS.has(word.folded)) return false;
    at = word.end;
  }
  return false;
}
