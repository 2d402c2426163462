/**
 * Finance-ministry offices of other countries. The US Treasury's head is a Secretary; the UK's
 * finance minister is the Chancellor (of the Exchequer), Australia's the Treasurer. A bare
 * "Treasury" in the sentence of such a title, or in the sentence after it, is that country's
 * ("Chancellor Rachel Reeves said US tariffs would hurt growth. The Treasury expects…"), unless
 * the title belongs to another office ("German Chancellor", "U.S. Treasurer", "Chancellor of
 * Germany") or the stretch names a Secretary, the US office ("Treasury Secretary Scott Bessent").
 * Facts about English and about governments' offices, not about any entity or person.
 */
import { sentenceAround } from './context';
import { nextWord, previousWord } from './name-tokens';
import { sameCountryAsAny } from './places';

const QUICK = /Chancellor|Treasurer|Exchequer/;
const OFFICE = /(?<![\p{L}\p{N}\p{M}'’.-])(?:Chancellor|Treasurer|Exchequer)(?![\p{L}\p{N}\p{M}-])/gu;
const TREASURY = /treasury/i;
const SECRETARY = /secretary/i;
const EXCHEQUER_AFTER = /^\s+of\s+the\s+Exchequer/;
/** Words before the title that keep it a finance office: "the Chancellor", "UK Chancellor". */
const UK: ReadonlySet<string> = new Set(['uk']);
const BETWEEN_SENTENCES = /[\s.!?;:…"'”’)\]]/;

/** The start of the sentence before the one that starts at `sentenceStart`. */
function previousSentenceStart(text: string, sentenceStart: number): number {
  let p = sentenceStart;
  while (p > 0 && BETWEEN_SENTENCES.test(text[p - 1] as string)) p--;
  return p === 0 ? 0 : sentenceAround(text, p, p).start;
}

/** True when the title at text[at, at + length) is a finance office, not another one. */
function financeOffice(text: string, at: number, length: number): boolean {
  const before = previousWord(text, at);
  const plainBefore =
    before === undefined ||
    before.shape === 'lower' ||
    before.folded === 'the' ||
    before.folded === 'shadow' ||
    sameCountryAsAny(before.folded, UK);
  if (!plainBefore) return false;
  const after = nextWord(text, at + length);
  return after?.folded !== 'of' || EXCHEQUER_AFTER.test(text.slice(at + length, at + length + 24));
}

/**
 * True when text[start, end), a generic organization alias holding "Treasury" of an entity whose
 * alias words are `ownWords`, follows another country's finance-office title in its sentence or
 * the sentence before, or has one after it in its own sentence.
 */
export function financeOfficeNear(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
): boolean {
  if (!TREASURY.test(text.slice(start, end)) || sameCountryAsAny('uk', ownWords)) return false;
  const own = sentenceAround(text, start, end);
  const from = previousSentenceStart(text, own.start);
  const stretch = text.slice(from, own.end);
  if (!QUICK.test(stretch) || SECRETARY.test(stretch)) return false;
  OFFICE.lastIndex = 0;
  for (let m = OFFICE.exec(stretch); m !== null; m = OFFICE.exec(stretch)) {
    if (financeOffice(text, from + m.index, m[0].length)) return true;
  }
  return false;
}
