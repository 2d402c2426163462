/**
 * Relatives named in passing. A full name introduced as someone's relative — "the son of Larry
 * Ellison", "his father, Donald Trump", "Trump's granddaughter Kai Trump", "His second son, Xi
 * Jinping" — names that person, but the page is about someone else: the bare surname around it
 * keeps meaning the person the page is about (coreference.ts). Facts about English, not about
 * any entity. All entries lower case.
 */
import { hasInnerSpace, isApostrophe, isAsciiLower } from './chars';
import { nextWord, previousWord, type Word, wordEndingAt } from './name-tokens';
import { TITLE_WORDS } from './name-words';
import { bareNameBeforeState } from './places';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** Nouns of family relations. */
export const KINSHIP_NOUNS = words(`
  son sons daughter daughters father fathers mother mothers parent parents dad mom mum
  grandfather grandmother grandson grandsons granddaughter granddaughters grandchild grandchildren
  grandparent grandparents grandpa grandma niece nieces nephew nephews uncle uncles aunt aunts
  brother brothers sister sisters sibling siblings cousin cousins wife husband widow widower
  child children heir heiress stepson stepdaughter stepfather stepmother son-in-law
  daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law ex-wife ex-husband
`);

/** Words that may stand between a kinship noun and the name ("the son of billionaire Oracle founder …"). */
const BETWEEN = words(`
  of the a an his her their its late eldest oldest youngest younger older elder second first
  third fourth only estranged former billionaire founder co-founder cofounder mogul tycoon
  and then current
`);

/** How many words back from a full name a kinship noun may sit. */
const MAX_WORDS_BACK = 6;

/**
 * How a full name sits in a kinship phrase (coreference.ts reads it):
 * - 'anchor': the name follows "of" ("the son of Larry Ellison") or is the relative of a pronoun
 *   or a bare name ("his father, Donald Trump", "Trump's granddaughter Kai Trump"): a relative
 *   named in passing;
 * - 'introduced': the name is a parent of another full name in the possessive ("Xi Jinping's
 *   father, Xi Zhongxun"): the text turns to that person, who claims the word as any full name;
 * - 'none': no kinship noun before it in the same sentence.
 */
export type RelativeRole = 'none' | 'anchor' | 'introduced';

/** Kinship nouns of an earlier generation: a text that names one through a full name turns to them. */
const ELDER_NOUNS = words('father mother parent parents grandfather grandmother');

/**
 * The kinship role of the full name starting at `start`: a kinship noun before it in the same
 * sentence, with only "of", determiners, descriptors, titles or capitalized words (and commas) in
 * between.
 */
export function relativeRole(text: string, start: number): RelativeRole {
  let at = start;
  let afterOf = false;
  for (let k = 0; k < MAX_WORDS_BACK; k++) {
    const word = wordBefore(text, at);
    if (word === undefined) return 'none';
    if (KINSHIP_NOUNS.has(word.folded)) {
      const turns = !afterOf && ELDER_NOUNS.has(word.folded) && possessedByFullName(text, word.start);
      return turns ? 'introduced' : 'anchor';
    }
    if (word.shape === 'lower' && !describes(word.folded)) return 'none';
    if (word.possessive && word.shape !== 'lower') return 'none';
    if (word.folded === 'of') afterOf = true;
    at = word.start;
  }
  return 'none';
}

/**
 * True when the full name holding the name word text[start, end) is introduced as
 * a relative in passing: in a kinship phrase (relativeRole) or as the possessor in an apposition
 * naming a relative (possessorInApposition).
 */
export function namedAsRelative(text: string, start: number, end = start): boolean {
  return relativeRole(text, start) === 'anchor' || (end > start && possessorInApposition(text, start, end));
}

const SPACE = 0x20;

/** Nouns of a family as a whole, which a surname before them names as a family. */
const FAMILY_NOUNS = words('family families clan dynasty household kids');

/** Words that open a noun phrase: a surname between one and a family noun is that phrase's modifier. */
const DETERMINERS = words('the a an this that these those another each every both either');

/** How many lower-case words (describers: "older", "first") may stand between the determiner and the surname. */
const MAX_DESCRIBERS = 2;

/**
 * True when the bare surname text[start, end) is used as a family's name: a family or kinship noun
 * in lower case right after it, and a determiner before it with at most MAX_DESCRIBERS lower-case
 * words between ("the Trump family", "the older Trump son Fred", "a Vance sibling", "the first Trump
 * family insider"). The phrase is about the family or one member of it, not about the person of
 * that name. Without the determiner, headline style ("Trump son Eric says …") the surname is that
 * person, whose relative follows, and stays a name.
 */
export function familyNameAt(text: string, start: number, end: number): boolean {
  // Most names are followed by no lower-case word after one space: settled by two code units.
  if (text.charCodeAt(end) !== SPACE || !isAsciiLower(text.charCodeAt(end + 1))) return false;
  if (text.charCodeAt(start - 1) !== SPACE || hasInnerSpace(text, start, end)) return false;
  const next = nextWord(text, end);
  if (next === undefined || next.shape !== 'lower') return false;
  if (!FAMILY_NOUNS.has(next.folded) && !KINSHIP_NOUNS.has(next.folded)) return false;
  let at = start;
  for (let k = 0; k <= MAX_DESCRIBERS; k++) {
    const word = previousWord(text, at);
    if (word === undefined || word.possessive) return false;
    // The determiner may open the sentence ("The Trump family gathered"); the describers are lower case.
    if (DETERMINERS.has(word.folded)) return word.shape !== 'upper';
    if (word.shape !== 'lower') return false;
    at = word.start;
  }
  return false;
}

/**
 * What a bare name word is by the words around it, read alike by name structure and its gate: a
 * town before a comma and a US state ("in Greer, South Carolina", places.ts), a family's name
 * (familyNameAt), or undefined.
 */
export function bareWordReading(
  text: string,
  start: number,
  end: number,
): 'place-name' | 'longer-name' | undefined {
  if (bareNameBeforeState(text, start, end)) return 'place-name';
  return familyNameAt(text, start, end) ? 'longer-name' : undefined;
}

/** Capitalized words a full name may hold before its last word ("Donald J. Trump"). */
const MAX_GIVEN_WORDS = 3;

/**
 * True when the name word text[start, end) closes a full name in the possessive before a kinship
 * noun, in an apposition right after another name ending with the same word: "Fred C. Trump,
 * Donald Trump's father, built …", "Ivana Trump, Donald Trump's first wife" (a describing word may
 * stand before the noun). The apposition says how the head is related to that person; the text is
 * about the head, whose full name keeps claiming the word. Another head ("Jared Kushner, Donald
 * Trump's son-in-law") or no comma leaves the possessor a full name like any other.
 */
export function possessorInApposition(text: string, start: number, end: number): boolean {
  if (!possessiveBeforeKinship(text, end)) return false;
  let first = start;
  for (let k = 0; k < MAX_GIVEN_WORDS; k++) {
    const given = previousWord(text, first);
    if (given === undefined || given.shape !== 'capitalized' || given.possessive) break;
    first = given.start;
  }
  if (first === start) return false;
  let i = first;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (text[i - 1] !== ',') return false;
  const head = wordEndingAt(text, i - 1);
  return head !== undefined && head.shape !== 'lower' && head.folded === text.slice(start, end).toLowerCase();
}

/**
 * True when "'s" follows text[.., end) and then a kinship noun; with `describer`, one describing
 * word may stand between ("Trump's first wife").
 */
function possessiveBeforeKinship(text: string, end: number, describer = true): boolean {
  if (!isApostrophe(text.charCodeAt(end)) || (text[end + 1] !== 's' && text[end + 1] !== 'S')) return false;
  let next = nextWord(text, end + 2);
  if (describer && next !== undefined && !KINSHIP_NOUNS.has(next.folded) && describes(next.folded))
    next = nextWord(text, next.end);
  return next !== undefined && KINSHIP_NOUNS.has(next.folded);
}

/**
 * True when the kinship noun at `nounStart` is owned by a full name in the possessive: two
 * capitalized words, the last with "'s", right before it ("Xi Jinping's father"). A title before
 * a bare possessive ("President Trump's father") is no full name.
 */
function possessedByFullName(text: string, nounStart: number): boolean {
  const owner = previousWord(text, nounStart);
  if (owner === undefined || !owner.possessive || owner.shape === 'lower') return false;
  const given = previousWord(text, owner.start);
  return (
    given !== undefined &&
    given.shape !== 'lower' &&
    !given.possessive &&
    !TITLE_WORDS.has(given.folded.replace(/\.$/, ''))
  );
}

/**
 * True when a lower-case word may stand between a kinship noun and the name: one of BETWEEN or a
 * title word, or a compound ending in one ("mega-billionaire", "then-president").
 */
function describes(folded: string): boolean {
  const head = folded.slice(folded.lastIndexOf('-') + 1);
  return BETWEEN.has(folded) || TITLE_WORDS.has(folded) || BETWEEN.has(head) || TITLE_WORDS.has(head);
}

/** The word before `at`, across one comma ("his father, Donald Trump"). */
function wordBefore(text: string, at: number): Word | undefined {
  const direct = previousWord(text, at);
  if (direct !== undefined) return direct;
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (text[i - 1] !== ',') return undefined;
  return wordEndingAt(text, i - 1);
}

/** True when a bare possessive at [start, end) is followed by a kinship noun ("Trump's son"). */
export function possessiveOfRelative(text: string, end: number): boolean {
  return possessiveBeforeKinship(text, end, false);
}

/**
 * Where the relative's name starts after a bare possessive and its kinship noun, right after the
 * noun or across one comma ("Ellison's father Larry Ellison", "Trump's son, Eric Trump"); -1 when
 * no word follows the noun. Call only where possessiveOfRelative holds.
 */
export function relativeNamedAfter(text: string, end: number): number {
  const noun = nextWord(text, end + 2);
  if (noun === undefined) return -1;
  let i = noun.end;
  if (text[i] === ',') i++;
  const relative = nextWord(text, i);
  return relative === undefined || relative.shape === 'lower' ? -1 : relative.start;
}
