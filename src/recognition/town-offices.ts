/**
 * A town's offices. Mayors, aldermen and councillors serve towns and cities, never a government
 * department or a company: an organization word right before such a title ("Commerce Mayor Clark
 * Hill", "the Commerce mayor", "Commerce Deputy Mayor") is the name of a town called so (Commerce,
 * Georgia), whatever else the page says, as "Commerce, Calif." is (places.ts).
 */
import { nextWord } from './name-tokens';
import { OFFICE_TITLE_MODIFIERS } from './titles';

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

/** True when a town's office title follows text[.., end), after at most two modifiers ("Deputy"). */
export function townOfficeAfter(text: string, end: number): boolean {
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
