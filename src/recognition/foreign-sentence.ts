/**
 * Another government named in the sentence. A generic organization alias ("the Treasury", "the
 * Commerce Ministry") in a sentence that names another country's government in the possessive
 * ("Britain's finance ministry, the Treasury, said …", "Australia's Treasurer said the Treasury
 * expects …") and never the entity's own country is that other government's body. Countries the
 * pack itself names in its aliases (the story's two sides) do not count: "China's finance
 * ministry and the Treasury met" names both sides of the story. Another country's finance-office
 * title near a Treasury ("Chancellor Rachel Reeves", finance-offices.ts) counts too. Facts about
 * English, not about any entity.
 */
import { financeOfficeNear } from './finance-offices';
import { isCountryWord, sameCountryAsAny } from './places';

/** Words that make "<Country>'s …" that country's government ("India's finance ministry"). */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'minister',
  'treasurer',
  'chancellor',
  'cabinet',
  'parliament',
  'premier',
  'prime',
  'finance',
  'budget',
  'central',
]);

/** How many words after the possessive a government word may stand ("Britain's new finance ministry"). */
const GOVERNMENT_REACH = 3;
/** Longest stretch read on either side of the alias. */
const MAX_REACH = 400;

const WORD = /\p{L}[\p{L}.'’]*/gu;
const ANY_GOVERNMENT_WORD = new RegExp([...GOVERNMENT_WORDS].join('|'), 'i');
const POSSESSIVE = /['’]s$/;

type SentenceWord = { folded: string; capitalized: boolean; possessive: boolean };

/** True when the period at `i` ends a sentence: not after an initial or initialism ("U.S.", "J."). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  let j = i - 1;
  while (j >= 0 && /\p{L}/u.test(text[j] as string)) j--;
  // One letter before the period ("J.", the "S." of "U.S."): an initial, not a sentence end.
  return i - j > 2;
}

/** The words of the sentence holding text[start, end), the alias left out. */
function sentenceWords(text: string, start: number, end: number): SentenceWord[] {
  let from = start;
  while (from > 0 && start - from < MAX_REACH && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_REACH && !endsSentence(text, to)) to++;
  const words: SentenceWord[] = [];
  for (const part of [text.slice(from, start), text.slice(end, to)]) {
    for (const match of part.matchAll(WORD)) {
      const raw = match[0].replace(/\.$/, (dot) => (match[0].includes('.', 1) ? dot : ''));
      const possessive = POSSESSIVE.test(raw);
      const folded = raw.replace(POSSESSIVE, '').toLowerCase();
      const capitalized = /^\p{Lu}/u.test(raw);
      words.push({ folded, capitalized, possessive });
    }
  }
  return words;
}

/**
 * The countries the pack's aliases name, or a function computing them when first needed (for the
 * name structure rules: reading every alias of a large pack costs a first recognize far more than
 * the sentences that need it).
 */
export type PackCountries = ReadonlySet<string> | (() => ReadonlySet<string>);

function countriesOf(packCountries: PackCountries): ReadonlySet<string> {
  return typeof packCountries === 'function' ? packCountries() : packCountries;
}

/**
 * True when the sentence around text[start, end) names, in the possessive, the government of a
 * country that is neither the entity's (one of `ownWords`) nor one the pack names
 * (`packCountries`), and names the entity's own country nowhere.
 */
export function foreignGovernmentInSentence(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
  packCountries: PackCountries,
): boolean {
  // "Chancellor Rachel Reeves said … The Treasury expects": another country's finance office.
  if (financeOfficeNear(text, start, end, ownWords)) return true;
  // The sentence lies within MAX_REACH of the alias: with no possessive or no government word
  // (ASCII letters, any case) there, no word of it can make the answer true.
  const reach = text.slice(Math.max(0, start - MAX_REACH), end + MAX_REACH);
  if ((!reach.includes("'s") && !reach.includes('’s')) || !ANY_GOVERNMENT_WORD.test(reach)) return false;
  return foreignGovernmentInWords(text, start, end, ownWords, packCountries);
}

/** foreignGovernmentInSentence without the quick test of its reach: every word of the sentence read. */
export function foreignGovernmentInWords(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
  packCountries: PackCountries,
): boolean {
  if (financeOfficeNear(text, start, end, ownWords)) return true;
  const words = sentenceWords(text, start, end);
  let foreign = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as SentenceWord;
    if (!word.capitalized || !isCountryWord(word.folded)) continue;
    if (sameCountryAsAny(word.folded, ownWords)) return false;
    if (!word.possessive || sameCountryAsAny(word.folded, countriesOf(packCountries))) continue;
    const after = words.slice(i + 1, i + 1 + GOVERNMENT_REACH);
    if (after.some((w) => GOVERNMENT_WORDS.has(w.folded))) foreign = true;
  }
  return foreign;
}
