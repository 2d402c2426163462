/**
 * A gate before name structure (name-structure.ts), read by code unit: when both neighbors of a
 * candidate are plain lower-case words (or punctuation after it) that no rule of name structure
 * reads, the verdict is settled without building a `Word` or reading the line. The cases:
 *
 * - before: exactly one space, then a word of ASCII lower-case letters with a space before it;
 * - after: exactly one space and such a word ending at white space or punctuation, or any unit
 *   that is not white space (nextWord then reads nothing);
 * - neither word a name connector ("of", "de"), a place noun ("neighborhood"), a generational
 *   suffix ("jr"), nor "the" before a company (name-shapes.ts);
 * - one of them not a word a Title Case headline leaves in lower case (headlines.ts), so the line
 *   is no headline; otherwise the line is read.
 *
 * Then a person's verdict is 'keep' (no capitalized or twin word beside it) and another entity's is
 * 'place-name' after ", Texas", 'qualifier' for a generic word in a sentence naming another
 * government, else 'keep'. Anything else returns undefined: the full rules decide.
 * tests/unit/recognition-gates.test.ts checks the gate against the full rules.
 */
import { foreignGovernmentInSentence } from './foreign-sentence';
import type { LineShapes } from './headlines';
import { type NameOwner, type StructureVerdict, structureVerdict } from './name-structure';
import { GENERATIONAL_SUFFIXES, NAME_CONNECTORS, PLACE_NOUNS } from './name-words';
import { usStateAfterComma } from './places';

const SPACE = 0x20;
const PERIOD = 0x2e;
/** Units that may end a plain word after the candidate: white space and sentence punctuation. */
const WORD_END: ReadonlySet<number> = new Set([0x20, 0x0a, 0x2c, 0x2e, 0x3b, 0x3a, 0x29, 0x21, 0x3f]);
/** Lower-case words some rule of name structure reads beside a candidate. */
const TRIGGERS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...PLACE_NOUNS, ...GENERATIONAL_SUFFIXES]);
/** headlines.ts HEADLINE_LOWER: the short words a Title Case headline leaves in lower case. */
const HEADLINE_LOWER: ReadonlySet<string> = new Set(
  'a an the of in on at to for and or but nor with by as vs via from into per'.split(' '),
);
/** Longer plain words are neither triggers nor headline words: no string is built for them. */
const MAX_LISTED = 14;

const isLower = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;

/** Start of the plain lower-case word ending one space before `start`, or -1. */
function plainWordBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== SPACE || !isLower(text.charCodeAt(start - 2))) return -1;
  let i = start - 2;
  while (i > 0 && isLower(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === SPACE ? i : -1;
}

/** End of the plain lower-case word starting one space after `end`, or -1. */
function plainWordAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== SPACE || !isLower(text.charCodeAt(end + 1))) return -1;
  let i = end + 1;
  while (i < text.length && isLower(text.charCodeAt(i))) i++;
  if (i < text.length && !WORD_END.has(text.charCodeAt(i))) return -1;
  // "jr." — a word of one or two letters before a period is read with the period.
  return text.charCodeAt(i) === PERIOD && i - end - 1 <= 2 ? -1 : i;
}

/** 0: not listed; 1: a trigger (or "the" for a company); 2: a headline's lower-case word only. */
function classOf(text: string, from: number, to: number, company: boolean): number {
  if (to - from > MAX_LISTED) return 0;
  const word = text.slice(from, to);
  if (TRIGGERS.has(word) || (company && word === 'the')) return 1;
  return HEADLINE_LOWER.has(word) ? 2 : 0;
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
  const from = plainWordBefore(text, start);
  if (from < 0) return undefined;
  const company = owner.isCompany === true;
  const before = classOf(text, from, start - 1, company);
  if (before === 1) return undefined;
  let headlineRuledOut = before === 0;
  const unit = text.charCodeAt(end);
  // A white-space unit after the candidate: only one space and a plain word are read here.
  if (end < text.length && (unit === SPACE || unit <= SPACE || unit >= 0x80)) {
    const to = plainWordAfter(text, end);
    if (to < 0) return undefined;
    const after = classOf(text, end + 1, to, company);
    if (after === 1) return undefined;
    headlineRuledOut ||= after === 0;
  }
  if (!headlineRuledOut && lines.isHeadlineAt(start)) return undefined;
  if (owner.isPerson) return 'keep';
  if (usStateAfterComma(text, end)) return 'place-name';
  if (
    generic &&
    foreignGovernmentInSentence(text, start, end, owner.ownWords, owner.packCountries ?? owner.ownWords)
  )
    return 'qualifier';
  return 'keep';
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
