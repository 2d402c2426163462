/**
 * Office titles: "Treasury Secretary Scott Bessent" is ONE mention (Scott Bessent). An
 * organization mention directly followed by a government office title and a person mention is
 * part of that person's title, so it is dropped.
 *
 * Decision: corporate titles do NOT absorb the company. In "Nvidia CEO Jensen Huang" or
 * "Oracle chairman Larry Ellison" the company is a real reference a reader may want a card for,
 * so both mentions stay. Only the words below count as office titles.
 */
import * as chars from './chars';
import * as nameTokens from './name-tokens';
import { FUNCTION_WORDS } from './name-words';
import * as wordEdges from './word-edges';

const { endingBefore, NO_WORD, startingAfter } = wordEdges;
const { nextWord, previousWord } = nameTokens;

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop).
const { isAnySpace, isHorizontalSpace } = chars;

/** Government office titles (lower case). The last title word before the name must be one of these. */
export const OFFICE_TITLE_WORDS: ReadonlySet<string> = new Set([
  'secretary',
  'undersecretary',
  'minister',
  'premier',
  'representative',
  'ambassador',
  'commissioner',
  'envoy',
  'negotiator',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);

/** Words that may come before an office title word inside the title (lower case). */
export const OFFICE_TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'under',
  'assistant',
  'acting',
  'trade',
  'chief',
  'senior',
  'special',
]);

export type TitledSpan = { start: number; end: number; isOrganization: boolean; isPerson: boolean };

/** Longest gap between an organization and a person that can still be a title ("Deputy Trade Representative "). */
const MAX_TITLE_GAP = 64;

function wordsIn(gap: string): string[] | undefined {
  if (gap.length === 0 || gap.length > MAX_TITLE_GAP) return undefined;
  for (let i = 0; i < gap.length; i++) {
    const unit = gap.charCodeAt(i);
    if (unit === 0x0a) return undefined;
  }
  if (!isHorizontalSpace(gap.charCodeAt(0)) || !isHorizontalSpace(gap.charCodeAt(gap.length - 1))) {
    return undefined;
  }
  return gap
    .trim()
    .split(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/)
    .filter((w) => w.length > 0);
}

function isOfficeTitle(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1] as string;
  if (!OFFICE_TITLE_WORDS.has(last)) return false;
  return lower.slice(0, -1).every((w) => OFFICE_TITLE_MODIFIERS.has(w));
}

/**
 * Indexes of organization mentions that are only the start of a person's office title:
 * ORG + office title word(s) + PERSON ("Treasury Secretary Scott Bessent"), or an ORG alias that
 * itself ends in an office title directly followed by PERSON ("U.S. Trade Representative Jamieson Greer").
 */
export function titleOrganizationIndexes(text: string, spans: readonly TitledSpan[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < spans.length; i++) {
    const org = spans[i] as TitledSpan;
    const person = spans[i + 1] as TitledSpan;
    if (!org.isOrganization || !person.isPerson) continue;
    if (opensOfficeTitle(text, org.start, org.end, person.start)) dropped.add(i);
  }
  return dropped;
}

/**
 * True when the organization mention text[orgStart, orgEnd), directly followed by a person
 * mention at `personStart`, is only the start of that person's office title (the test
 * titleOrganizationIndexes applies to each organization → person pair).
 */
export function opensOfficeTitle(
  text: string,
  orgStart: number,
  orgEnd: number,
  personStart: number,
): boolean {
  if (personStart - orgEnd > MAX_TITLE_GAP) return false;
  const words = wordsIn(text.slice(orgEnd, personStart));
  if (words === undefined) return false;
  if (words.length > 0) return isOfficeTitle(words);
  const orgWords = text.slice(orgStart, orgEnd).split(/\s+/);
  return isOfficeTitle(orgWords.slice(-1));
}

/**
 * Words naming the holder of an office. An organization word that opens or closes such a title
 * names the office, not the body ("the Commerce Secretary said", "US Secretary of the Treasury",
 * "Treasury chief"), whether or not the holder is named after it (docs/recognition.md, rule 4).
 * Staff words (spokesperson, envoy) are left out: "a Treasury spokesperson" speaks for the body.
 */
export const OFFICE_HOLDER_WORDS: ReadonlySet<string> = new Set([
  'secretary',
  'secretaries',
  'undersecretary',
  'minister',
  'ministers',
  'chief',
  'chiefs',
]);

/**
 * The stems of every office holder word, any case: a text holding none of them holds none of
 * the words holderAfter and holderBefore accept (titles.test.ts checks every word has one).
 */
export const HOLDER_STEMS = ['secretar', 'minister', 'chief'];
/**
 * Each stem's letters in either ASCII case, without the `i` and `u` flags (about twice as fast on
 * a long text): no other code unit lower-cases to one of these letters, so no word folding to a
 * holder word is missed (tests/unit/recognition-gates.test.ts).
 */
const HOLDER_WORD_ANYWHERE = new RegExp(
  HOLDER_STEMS.map((stem) => [...stem].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|'),
);

/** Words that may sit between an office holder word and the organization ("Secretary of the Treasury"). */
const OF_THE = new Set(['of', 'the', 'for']);

/**
 * True when the organization mention text[start, end) is part of an office title with no pack
 * person needed: followed by title modifiers and an office holder word ("Commerce Secretary",
 * "Treasury Deputy Secretary"), preceded by one and "of (the)" ("Secretary of the Treasury",
 * "Vice Minister of Commerce"), or itself ending in an office title and directly followed by a
 * capitalized word ("US Trade Representative Robert Lighthizer"). A company's "chief" is a
 * corporate post, never an office (`company`).
 */
export function isOfficeTitleWord(
  text: string,
  start: number,
  end: number,
  holderWordsInText = true,
  company = false,
): boolean {
  return (
    (holderWordsInText && (holderAfter(text, end, company) || holderBefore(text, start))) ||
    titleBeforeName(text, start, end)
  );
}

/**
 * False when no office holder word appears anywhere in `text`, in any letter case: then no
 * organization word in it opens or closes an office title by a holder word, and
 * isOfficeTitleWord can skip reading the words around each one (pass the answer as
 * `holderWordsInText`). One native pass over the text instead of word reads per organization.
 */
export function holderWordsIn(text: string): boolean {
  return HOLDER_WORD_ANYWHERE.test(text);
}

/** How many letters of the word after an organization holderMayBeAround compares (every listed word has as many). */
const OPENING = 4;
/** The first OPENING letters of every word holderAfter reads first (a holder word or a title modifier). */
const AFTER_OPENINGS: ReadonlySet<string> = new Set([
  ...[...OFFICE_HOLDER_WORDS, ...OFFICE_TITLE_MODIFIERS].map((w) => w.slice(0, OPENING)),
  // "and" and the space startingAfter cuts after: a coordinated field first (`coordinatedFieldEnd`).
  'and ',
]);
/** The last two letters of each word holderBefore reads first ("of", "the", "for"). */
const BEFORE_ENDINGS: ReadonlySet<string> = new Set([...OF_THE].map((w) => w.slice(-2)));

/**
 * Whether the word nextWord(text, end) reads may be a holder word or a title modifier, by code
 * unit: false when no word follows, or when its first OPENING units (word-edges.ts, cut at a unit
 * that is no letter) open no listed word (every listed word is a plain word of at least OPENING
 * letters); true when not settled.
 */
function holderMayFollow(text: string, end: number): boolean {
  const opening = startingAfter(text, end, OPENING);
  if (opening === NO_WORD) return false;
  return opening === undefined || AFTER_OPENINGS.has(opening.toLowerCase());
}

/**
 * False when no office holder word can open or close a title around the organization at
 * [start, end), read by code unit (word-edges.ts): the word after it opens with letters that
 * open no holder word or title modifier (or there is none), and the word before it ends with two
 * letters that end none of "of", "the", "for" (or there is none). Then holderAfter and holderBefore
 * are false (tests/unit/recognition-gates.test.ts).
 */
export function holderMayBeAround(text: string, start: number, end: number): boolean {
  if (holderMayFollow(text, end)) return true;
  const before = endingBefore(text, start);
  return before === undefined || BEFORE_ENDINGS.has(before);
}

/**
 * Words after "chief" that make a corporate post ("chief executive", "Chief Financial Officer",
 * "chief economist"): the organization before it is named, as in "Nvidia CEO" (rule 4 keeps a
 * company before its corporate title); "Treasury chief" alone stays the office.
 */
const CORPORATE_CHIEF_WORDS: ReadonlySet<string> = new Set([
  'executive',
  'executives',
  'operating',
  'financial',
  'technology',
  'information',
  'marketing',
  'commercial',
  'product',
  'scientist',
  'economist',
  'counsel',
  'officer',
]);

/** `company`: the organization is a company, whose "chief" is a corporate post ("Nvidia chief Jensen Huang"). */
function holderAfter(text: string, end: number, company: boolean): boolean {
  let at = coordinatedFieldEnd(text, end);
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    const word = nextWord(text, at);
    if (word === undefined || word.shape === 'other') return false;
    if (OFFICE_HOLDER_WORDS.has(word.folded)) {
      if (company && word.folded.startsWith('chief')) return false;
      const post = word.folded === 'chief' ? nextWord(text, word.end) : undefined;
      return post === undefined || !CORPORATE_CHIEF_WORDS.has(post.folded);
    }
    if (!OFFICE_TITLE_MODIFIERS.has(word.folded) || word.possessive) return false;
    at = word.end;
  }
  return false;
}

const SPACE = 0x20;
const AMPERSAND = 0x26;

/**
 * Where a second field joined to the organization word in one office title ends ("Commerce and
 * Industry Minister Piyush Goyal", "the Commerce and Treasury secretaries"): "and" or a spaced
 * "&", then one capitalized word that is no function word; the holder word after it names the
 * office of both fields (rule 4). `end` itself when no such field follows.
 */
export function coordinatedFieldEnd(text: string, end: number): number {
  let at: number;
  const joiner = nextWord(text, end);
  if (joiner !== undefined) {
    if (joiner.folded !== 'and' || joiner.shape !== 'lower') return end;
    at = joiner.end;
  } else if (text.charCodeAt(end) === SPACE && text.charCodeAt(end + 1) === AMPERSAND) {
    at = end + 2;
  } else return end;
  const field = nextWord(text, at);
  if (field === undefined || field.shape !== 'capitalized' || field.possessive) return end;
  return FUNCTION_WORDS.has(field.folded) ? end : field.end;
}

function holderBefore(text: string, start: number): boolean {
  let at = start;
  let sawOf = false;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    const word = previousWord(text, at);
    if (word === undefined) return false;
    if (OF_THE.has(word.folded)) {
      sawOf = true;
      at = word.start;
      continue;
    }
    return sawOf && OFFICE_HOLDER_WORDS.has(word.folded) && word.shape !== 'lower';
  }
  return false;
}

function titleBeforeName(text: string, start: number, end: number): boolean {
  let lastStart = end;
  while (lastStart > start && !isAnySpace(text.charCodeAt(lastStart - 1))) lastStart--;
  if (lastStart === start || !OFFICE_TITLE_WORDS.has(text.slice(lastStart, end).toLowerCase())) return false;
  const next = nextWord(text, end);
  return next !== undefined && next.shape === 'capitalized' && !FUNCTION_WORDS.has(next.folded);
}

/** The most words a title may add around an organization word ("Deputy Assistant Secretary"). */
const MAX_TITLE_WORDS = 4;
