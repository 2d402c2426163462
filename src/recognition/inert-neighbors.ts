/**
 * A gate before name structure (name-structure.ts), read by code unit: when both neighbors of a
 * candidate are plain words (or punctuation) that no rule of name structure reads, the verdict is
 * settled without building a `Word` or reading the line. A plain word is ASCII letters, lower case
 * after its first, with a space before it. The cases:
 *
 * - before: exactly one space, then a plain word, or a comma, semicolon or colon (nothing read),
 *   or a period after a plain word that is no abbreviation ("said. ": the sentence opens, so a
 *   function word as the candidate is read);
 * - after: exactly one space and a plain word ending at white space or punctuation, or any unit
 *   that is not white space (nextWord then reads nothing);
 * - neither word a name connector ("of", "de"), a place noun ("neighborhood"), a generational
 *   suffix ("jr"), a committee's head ("Treasury committee"), nor "the" before a company
 *   (name-shapes.ts), nor, before a place or an organization, "and", "on" or "for" (body-names.ts);
 *   a capitalized one only a function word ("The", "We", "Monday": never part of a name) that is
 *   no title word ("US") and not the candidate's own word again (a twin, "He He");
 * - one of them a lower-case word a Title Case headline would not leave in lower case
 *   (headlines.ts), so the line is no headline; otherwise the line is read.
 *
 * Then a person's verdict is 'keep' (no capitalized or twin word beside it; 'place-name' for a
 * bare name word after which ", Texas" closes; 'longer-name' for a family's name, "the Trump
 * family", kinship.ts) and another entity's is 'place-name' after ", Texas", 'qualifier' for a
 * generic word beside another government's words ("the state Treasury", government-words.ts) or
 * in a sentence naming another government, else 'keep'. Else undefined: the full rules decide.
 * tests/unit/recognition-gates.test.ts checks the gate against the full rules.
 */
import { COMMITTEE_HEADS } from './body-names';
import * as chars from './chars';
import { foreignGovernmentInSentence } from './foreign-sentence';
import { otherGovernmentAround } from './government-words';
import type { LineShapes } from './headlines';
import * as headlines from './headlines';
import { isObjectDeterminer } from './imperatives';
import { bareWordReading } from './kinship';
import { MAX_FUNCTION_WORD, type NameOwner, type StructureVerdict, structureVerdict } from './name-structure';
import { ABBREVIATIONS, suffixAfterComma } from './name-tokens';
import * as nameWords from './name-words';
import { usStateAfterComma } from './places';
import { possessiveEstablishmentAfter } from './possessive-names';
import { WordShapes } from './word-shapes';

const { FUNCTION_WORDS, GENERATIONAL_SUFFIXES, NAME_CONNECTORS, PLACE_NOUNS, TITLE_WORDS } = nameWords;
const { HEADLINE_LOWER } = headlines;

// A module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const { isAnySpace, isApostrophe } = chars;

const SPACE = 0x20;
const PERIOD = 0x2e;
/** Units that may end a plain word after the candidate: white space and sentence punctuation. */
const WORD_END: ReadonlySet<number> = new Set([0x20, 0x0a, 0x2c, 0x2e, 0x3b, 0x3a, 0x29, 0x21, 0x3f]);
/** Lower-case words some rule of name structure reads beside a candidate. */
const TRIGGERS = new Set([...NAME_CONNECTORS, ...PLACE_NOUNS, ...GENERATIONAL_SUFFIXES, ...COMMITTEE_HEADS]);
/** Lower-case words before an organization or place that body-names.ts reads ("on Commerce", "and Commerce"). */
const BODY_LINKS: ReadonlySet<string> = new Set(['and', 'on', 'for']);
/** Longer plain words are neither triggers nor headline words: no string is built for them. */
const MAX_LISTED = 14;
/** The lists classOf reads of a lower-case word, and of a capitalized one (a function word or not). */
const LOWER_READ = new WordShapes([TRIGGERS, ['the'], HEADLINE_LOWER]);
const CAPITAL_READ = new WordShapes([FUNCTION_WORDS]);

const isLower = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;
const isUpper = (unit: number): boolean => unit >= 0x41 && unit <= 0x5a;

/** Start of the plain word ending one unit (a space, a period) before `start`, or -1. */
function plainWordBefore(text: string, start: number): number {
  let i = start - 1;
  while (i > 0 && isLower(text.charCodeAt(i - 1))) i--;
  if (i > 0 && isUpper(text.charCodeAt(i - 1))) i--;
  return i < start - 1 && i > 0 && text.charCodeAt(i - 1) === SPACE ? i : -1;
}

/** End of the plain word starting one space after `end`, or -1. */
function plainWordAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== SPACE) return -1;
  let i = end + 1;
  if (isUpper(text.charCodeAt(i))) i++;
  while (i < text.length && isLower(text.charCodeAt(i))) i++;
  if (i === end + 1) return -1;
  if (i < text.length && !WORD_END.has(text.charCodeAt(i))) return -1;
  // "jr." — a word of one or two letters before a period is read with the period.
  return text.charCodeAt(i) === PERIOD && i - end - 1 <= 2 ? -1 : i;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
/** What stands before a candidate: classOf's 0–2 for a plain word, or no word (mid-sentence or opening one). */
const NO_WORD = 3;
const OPENS = 4;

/** What one space before `start` follows: a plain word's class, NO_WORD, OPENS, or -1 (read it all). */
function beforeClass(text: string, start: number, end: number, company: boolean, body: boolean): number {
  if (text.charCodeAt(start - 1) !== SPACE) return -1;
  const unit = text.charCodeAt(start - 2);
  if (unit === COMMA) return NO_WORD;
  if (unit === SEMICOLON || unit === COLON) return OPENS;
  if (unit === PERIOD) {
    // previousWord reads nothing after a period that ends a word of two letters or more, unless
    // the word is an abbreviation ("gen."): then the sentence opens.
    const from = plainWordBefore(text, start - 1);
    if (from < 0 || start - 2 - from < 2) return -1;
    if (ABBREVIATIONS.has(text.slice(from, start - 2).toLowerCase())) return -1;
    return OPENS;
  }
  const from = plainWordBefore(text, start);
  if (from < 0) return -1;
  if (body && start - 1 - from <= 3 && BODY_LINKS.has(text.slice(from, start - 1))) return 1;
  return classOf(text, from, start - 1, company, start, end);
}

/**
 * 0: a lower-case word no rule reads; 1: a word some rule reads (a trigger, "the" before a company,
 * a capitalized word that is no function word, a title word or the candidate's own word again);
 * 2: a lower-case word a headline may hold, or a capitalized function word: inert, but the line
 * may be a headline.
 */
function classOf(
  text: string,
  from: number,
  to: number,
  company: boolean,
  start: number,
  end: number,
): number {
  const capitalized = isUpper(text.charCodeAt(from));
  if (to - from > MAX_LISTED) return capitalized ? 1 : 0;
  // Most words beside a candidate are in no list read below: settled by their shape, no slice.
  if (!(capitalized ? CAPITAL_READ : LOWER_READ).mayHold(text, from, to)) return capitalized ? 1 : 0;
  const raw = text.slice(from, to);
  const word = capitalized ? raw.toLowerCase() : raw;
  if (TRIGGERS.has(word) || (company && word === 'the')) return 1;
  if (!capitalized) return HEADLINE_LOWER.has(word) ? 2 : 0;
  if (!FUNCTION_WORDS.has(word) || TITLE_WORDS.has(word)) return 1;
  return end - start === to - from && text.slice(start, end).toLowerCase() === word ? 1 : 2;
}

/**
 * structureVerdict(text, start, end, owner, lines, generic) when the neighbors are inert (see
 * above), else undefined.
 */
export function inertVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  lines: LineShapes,
  generic: boolean,
): StructureVerdict | undefined {
  if (!inertNeighbors(text, start, end, owner.isCompany === true, owner.isPerson, lines)) return undefined;
  return owner.isPerson
    ? inertPersonVerdict(text, start, end, lines)
    : inertOtherVerdict(text, start, end, owner, generic);
}

/** Whether both neighbors are inert (see above) for an owner that is a company, a person or neither. */
function inertNeighbors(
  text: string,
  start: number,
  end: number,
  company: boolean,
  person: boolean,
  lines: LineShapes,
): boolean {
  const before = beforeClass(text, start, end, company, !person);
  if (before < 0 || before === 1) return false;
  // An opening function word ("He said"), or one before a capitalized word or a contraction ("What
  // He Said", "He's My Brother": a title, pronoun-case.ts), is read by the full rules.
  if (
    (before === OPENS || isUpper(text.charCodeAt(end + 1)) || isApostrophe(text.charCodeAt(end))) &&
    end - start <= MAX_FUNCTION_WORD &&
    FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())
  )
    return false;
  let headlineRuledOut = before === 0;
  const unit = text.charCodeAt(end);
  if (person && unit === COMMA && suffixAfterComma(text, end)) return false;
  // A white-space unit after the candidate: only one space and a plain word are read here.
  if (end < text.length && (unit === SPACE || unit <= SPACE || unit >= 0x80)) {
    const to = plainWordAfter(text, end);
    if (to < 0) return false;
    const after = classOf(text, end + 1, to, company, start, end);
    if (after === 1) return false;
    // "Chew your food.": a determiner after an opening word, read by the full rules (imperatives.ts).
    if (before === OPENS && isObjectDeterminer(text.slice(end + 1, to))) return false;
    headlineRuledOut ||= after === 0;
  }
  return headlineRuledOut || !lines.isHeadlineAt(start);
}

/**
 * The gate's verdict on a person between inert neighbors: a bare name word before a comma and a
 * US state is a town of that name ("in Greer, South Carolina", as in name-structure.ts); a
 * possessive before an establishment's head noun opens a business's name ("Trump’s Castle").
 */
function inertPersonVerdict(text: string, start: number, end: number, lines: LineShapes): StructureVerdict {
  if (possessiveEstablishmentAfter(text, end) && !lines.isHeadlineAt(start)) return 'longer-name';
  return bareWordReading(text, start, end) ?? 'keep';
}

/** The gate's verdict on an entity that is no person, between inert neighbors. */
function inertOtherVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  generic: boolean,
): StructureVerdict {
  if (usStateAfterComma(text, end)) return 'place-name';
  // "the state Treasury", "the Commerce Department in Thailand" (government-words.ts); owner read only then.
  if (generic && owner.isOrganization && otherGovernmentAround(text, start, end, owner.ownWords))
    return 'qualifier';
  if (
    generic &&
    foreignGovernmentInSentence(text, start, end, owner.ownWords, owner.packCountries ?? owner.ownWords)
  )
    return 'qualifier';
  return 'keep';
}

const BUILT = 1;
const PERSON = 2;
const COMPANY = 4;

/**
 * gatedStructureVerdict over a pack's owners (`owner(entity)`, built on first use), whose person
 * and company flags, all the gate reads of most owners, sit in a byte per entity: the owner object
 * (scattered over the heap on a large pack) is read only past the gate or for an entity that is no
 * person.
 */
export class GatedVerdicts {
  private readonly flags: Uint8Array;

  constructor(
    private readonly owner: (entity: number) => NameOwner,
    count: number,
  ) {
    this.flags = new Uint8Array(count);
  }

  private flagsOf(entity: number): number {
    let flags = this.flags[entity] as number;
    if (flags === 0) {
      const owner = this.owner(entity);
      flags = BUILT | (owner.isPerson ? PERSON : 0) | (owner.isCompany === true ? COMPANY : 0);
      this.flags[entity] = flags;
    }
    return flags;
  }

  /** owner(entity).isCompany === true. */
  isCompany(entity: number): boolean {
    return (this.flagsOf(entity) & COMPANY) !== 0;
  }

  verdict(
    text: string,
    start: number,
    end: number,
    entity: number,
    lines: LineShapes,
    generic: boolean,
  ): StructureVerdict {
    const flags = this.flagsOf(entity);
    const person = (flags & PERSON) !== 0;
    if (!inertNeighbors(text, start, end, (flags & COMPANY) !== 0, person, lines))
      return structureVerdict(text, start, end, this.owner(entity), lines, generic);
    return person
      ? inertPersonVerdict(text, start, end, lines)
      : inertOtherVerdict(text, start, end, this.owner(entity), generic);
  }
}

/** structureVerdict (name-structure.ts), through the gate of inert neighbors first. */
export function gatedStructureVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  lines: LineShapes,
  generic = false,
): StructureVerdict {
  return (
    inertVerdict(text, start, end, owner, lines, generic) ??
    structureVerdict(text, start, end, owner, lines, generic)
  );
}

/**
 * Start of the word previousWord(text, start) reads when it is a plain lower-case word (ASCII
 * letters, one space before `start`, a space before it); start when it reads nothing because a
 * comma stands before the one space; -1 otherwise (read it with previousWord).
 */
export function lowerWordBefore(text: string, start: number): number {
  // A space at `start` would lengthen the run before it (a candidate starts with a word unit).
  if (text.charCodeAt(start - 1) !== SPACE || isAnySpace(text.charCodeAt(start))) return -1;
  if (text.charCodeAt(start - 2) === COMMA) return start;
  const from = plainWordBefore(text, start);
  return from >= 0 && isLower(text.charCodeAt(from)) ? from : -1;
}
