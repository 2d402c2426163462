/**
 * Case captions as courts and lawyers write them. A case name in the pack ("Learning Resources,
 * Inc. v. Trump", "TikTok v. Garland") is written in filings, dockets and law-firm notes with the
 * other parties summed up after the first ("Learning Resources, Inc., et al. v. Trump"), with
 * "vs." or a bare "v" between the parties, and with a party that is a person named in full
 * ("… v. Donald Trump", "… v. Donald J. Trump"). Each such form of a case alias matches too, with
 * the alias's rules; the person's name inside it is then a party of the case, not a card of its
 * own (the longer mention claims it). Facts about English legal writing, not about any entity.
 */

import * as chars from './chars';
import { nextWord, previousWord, type Word, wordEndingAt } from './name-tokens';

// Module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const { isHorizontalSpace } = chars;

/** What may stand for the other parties after the first: ", et al.", ", et al", " et al.", " et al". */
const OTHERS = [', et al.', ', et al', ' et al.', ' et al'] as const;
/** The words between the parties. */
const VERSUS = ['v.', 'vs.', 'v'] as const;

const CAPTION = /^(.+?),? +v\. +(.+)$/;

/**
 * The other written forms of a case alias `alias` ("A v. B"): the first party with each way of
 * writing "and others" after it, each word between the parties, and the second party in full
 * when `fullNamesOf` gives the person's longer names ending in that word ("Trump" → "Donald
 * Trump"). None for an alias that is not a two-party caption.
 */
export function caseCaptionForms(alias: string, fullNamesOf: (word: string) => readonly string[]): string[] {
  const match = CAPTION.exec(alias.trim());
  if (match === null) return [];
  const first = (match[1] as string).trim();
  const second = (match[2] as string).trim();
  const firsts = [first, ...OTHERS.map((others) => `${first}${others}`)];
  const seconds = [second, ...(second.includes(' ') ? [] : fullNamesOf(second))];
  const forms = new Set<string>();
  for (const a of firsts) {
    for (const versus of VERSUS) for (const b of seconds) forms.add(`${a} ${versus} ${b}`);
  }
  forms.delete(alias.trim());
  return [...forms];
}

/**
 * For each one-word person alias among `aliasesByPerson` (each person's Latin aliases), that
 * person's multi-word aliases ending in it: "Trump" → ["Donald Trump", "Donald J. Trump"].
 */
export function fullNamesByWord(aliasesByPerson: readonly (readonly string[])[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const aliases of aliasesByPerson) {
    const texts = aliases.map((a) => a.trim());
    for (const word of texts.filter((t) => t.length > 0 && !/\s/.test(t))) {
      const longer = texts.filter((t) => /\s/.test(t) && t.endsWith(` ${word}`));
      if (longer.length > 0) byWord.set(word, [...(byWord.get(word) ?? []), ...longer]);
    }
  }
  return byWord;
}

/** The word a court writes between the parties of a caption, folded with its period. */
const CAPTION_VERSUS = 'v.';

/** A party's word: capitalized or in capitals ("Google", "CASA", "V.O.S."), not a common word. */
function partyWord(word: Word | undefined): boolean {
  return word !== undefined && (word.shape === 'capitalized' || word.shape === 'upper');
}

/** The lower-case "v." of a caption ("Smith v. Jones"); an initial "V." is no versus. */
function isVersus(word: Word | undefined): word is Word {
  return word !== undefined && word.folded === CAPTION_VERSUS && word.shape === 'lower';
}

/**
 * True when text[start, end) is a party of a case caption: a lower-case "v." joins it to a
 * capitalized party after it ("Trump v. United States", "Oracle v. Google") or before it ("Smith
 * v. Trump", "V.O.S. Selections, Inc. v. Trump"). The caption names the case, a longer name that
 * holds the party's name (a pack's own case aliases match whole, before this is asked). "vs." is
 * left out: it also writes matchups between the parties themselves ("Trump vs. Harris").
 */
export function partyOfCaption(text: string, start: number, end: number): boolean {
  // Two code units on each side first: most names stand by no "v." at all.
  if (versusAfter(text, end)) {
    const after = nextWord(text, end);
    if (isVersus(after) && partyWord(nextWord(text, after.end + 1))) return true;
  }
  if (!versusBefore(text, start)) return false;
  const before = previousWord(text, start);
  return isVersus(before) && partyWord(partyBefore(text, before.start));
}

/** True when "v." follows `end` after horizontal spaces. */
function versusAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isHorizontalSpace(text.charCodeAt(at))) at++;
  return at > end && text[at] === 'v' && text[at + 1] === '.';
}

/** True when "v." ends right before `start`, horizontal spaces between. */
function versusBefore(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isHorizontalSpace(text.charCodeAt(at - 1))) at--;
  return at < start && text[at - 1] === '.' && text[at - 2] === 'v';
}

/**
 * The party's last word before the versus at `versusStart`, its abbreviation period allowed
 * ("Selections, Inc. v."), joined by horizontal spaces only; undefined otherwise.
 */
function partyBefore(text: string, versusStart: number): Word | undefined {
  let end = versusStart;
  while (end > 0 && isHorizontalSpace(text.charCodeAt(end - 1))) end--;
  if (end === versusStart) return undefined;
  if (text[end - 1] === '.') end--;
  return wordEndingAt(text, end);
}
