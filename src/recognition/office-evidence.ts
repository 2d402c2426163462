/**
 * An office title qualified by its body's own country names that body. "The U.S. Secretary of
 * the Treasury" or "the US Commerce Secretary" is no mention of the department (labelling rule 4:
 * the words name the office), but a page that writes it is about that government's department as
 * surely as one that writes "US Treasury": the title counts as a strong naming of the body for
 * page evidence (evidence.ts), so "CFIUS is chaired by the U.S. Secretary of the Treasury" shows
 * the committee the pack relates to the Treasury, and the "Commerce" of "the Departments of
 * Defense, State, Commerce" beside it is the department. A title without the country ("the
 * Secretary of the Treasury", "Commerce Secretary") or with another one ("India's Commerce
 * Secretary") names no pack body.
 */
import { aliasWords } from './aliases';
import { previousWord } from './name-tokens';
import { isPlaceName } from './places';
import { OFFICE_HOLDER_WORDS, OFFICE_TITLE_MODIFIERS } from './titles';

/** Words read over between the organization word and the country ("U.S. Secretary of the Treasury"). */
const INSIDE_TITLE = new Set(['of', 'the', 'for']);
/** The most words read back from the organization word to the country. */
const MAX_WORDS = 6;

/** Whether `folded` is a country word of the body's own names ("us", "u.s.", "china"). */
function ownCountry(folded: string, ownWords: ReadonlySet<string>): boolean {
  return ownWords.has(folded) && isPlaceName(folded);
}

/**
 * True when the organization word at text[start, end), already found to name an office
 * (titles.ts `isOfficeTitleWord`), belongs to a title qualified by one of the entity's own
 * country words (`ownWords`, name-owner.ts): inside the matched alias ("U.S. Treasury Secretary")
 * or as the first capitalized word before the title's other words, possessive or not ("the U.S.
 * Secretary of the Treasury", "US Commerce Secretary", "China's Commerce Minister").
 */
export function titleNamesOwnBody(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
): boolean {
  if (aliasWords(text.slice(start, end)).some((w) => ownCountry(w, ownWords))) return true;
  let at = start;
  for (let k = 0; k < MAX_WORDS; k++) {
    const word = previousWord(text, at);
    if (word === undefined || word.shape === 'other') return false;
    const inTitle =
      INSIDE_TITLE.has(word.folded) ||
      OFFICE_HOLDER_WORDS.has(word.folded) ||
      OFFICE_TITLE_MODIFIERS.has(word.folded);
    if (!inTitle || word.possessive) {
      return word.shape !== 'lower' && ownCountry(word.folded, ownWords);
    }
    at = word.start;
  }
  return false;
}
