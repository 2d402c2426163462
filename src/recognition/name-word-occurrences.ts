/**
 * Coreference setup (coreference.ts): the occurrence of every one-word person alias candidate of a
 * call, read from the text around it, then resolved into claims. Work that cannot change an answer
 * is skipped:
 * - the word before a name word inside a full name is read only when its last letter could end an
 *   honorific (mr, mrs, ms, miss, madam, madame, mme, messrs): those occurrences need it for
 *   nothing else;
 * - only the occurrences of words that also occur bare are resolved together (and their
 *   honorifics and kinship read): an occurrence of any other word resolves to its own claim.
 *   An ASCII word of a length no bare word has is settled without building its lower-case key.
 * tests/unit/recognition-gates.test.ts checks both shortcuts against the full reads.
 */

import {
  type NameWordOccurrence,
  NO_CLAIM,
  OTHER_PERSON,
  resolveNameWords,
  soleNameWordEntity,
} from './coreference';
import {
  type Gender,
  HONORIFIC_WORDS,
  honorificGender,
  honorificsByWord,
  honorificVerdict,
} from './honorifics';
import { namedAsRelative, possessiveOfRelative, relativeNamedAfter } from './kinship';
import type { FullNameSpan } from './mention';
import { initialedOwnName } from './middle-initials';
import { misspeltFullNameAt } from './misspelt-full-names';
import { MAX_FUNCTION_WORD, type NameOwner, type StructureVerdict } from './name-structure';
import { nextWord, possessiveEnd, previousWord, type Word } from './name-tokens';
import { OFFICE_TENURE_NOUNS, ORDINAL_WORDS, TENURE_NOUNS, TITLE_WORDS } from './name-words';
import { titleNotHeld } from './person-titles';
import { opensOtherFullName } from './pronoun-case';
import { afterRelationLabel } from './relation-labels';

/** The alias facts coreference needs, per alias entry. */
export type RuleEntry = { entity: number; nameWord: boolean; weak: boolean };

/** How far back a longer alias holding a name word may start (in code units). */
const MAX_NAME_REACH = 64;
const NOT_NAME_WORD = -1;
/** occurrenceClaim's answer for the entity's full name with middle initials (middle-initials.ts). */
const INITIALED = -4;
const UNKNOWN = -2;
const SPACE = 0x20;
const PERIOD = 0x2e;
/** The last letter of every honorific word, lower case. */
const HONORIFIC_ENDS: ReadonlySet<number> = new Set(HONORIFIC_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/** Per pattern, the entity whose one-word person alias every entry is (soleNameWordEntity), computed once. */
export class NameWordEntities {
  private known = new Int32Array(0);

  constructor(private readonly entriesOf: (pattern: number) => readonly RuleEntry[]) {}

  /** The entity, or -1 when the pattern is no claimable name word. */
  of(pattern: number): number {
    if (pattern >= this.known.length) {
      const grown = new Int32Array(Math.max(pattern + 1, this.known.length * 2)).fill(UNKNOWN);
      grown.set(this.known);
      this.known = grown;
    }
    let entity = this.known[pattern] as number;
    if (entity === UNKNOWN) {
      entity = soleNameWordEntity(this.entriesOf(pattern)) ?? NOT_NAME_WORD;
      this.known[pattern] = entity;
    }
    return entity;
  }
}

/**
 * False when the word previousWord(text, start) reads cannot be an honorific: one space before
 * `start`, and the unit before it (or before a period there) an ASCII letter no honorific ends
 * with. A possessive word is no honorific either way, so the letter before "'s" needs no check.
 */
export function mayFollowHonorific(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== SPACE) return true;
  let at = start - 2;
  if (text.charCodeAt(at) === PERIOD) at--;
  const unit = text.charCodeAt(at);
  const asciiLetter = (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  return !asciiLetter || HONORIFIC_ENDS.has(unit | 0x20);
}

/** What the occurrences read besides the text: per-call facts of the page rules. */
export type OccurrenceContext = {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  entriesOf: (k: number) => readonly RuleEntry[];
  /** Per candidate, its pattern; per pattern, whether its one entry has no rule (so no name word) and its sole entity (pattern-facts.ts). */
  patterns: Int32Array;
  facts: { readonly ruleFree: Uint8Array; readonly soleEntity: Int32Array };
  /** Name structure of candidate k read as `entity` (cached per candidate by the caller). */
  structure: (k: number, entity: number) => StructureVerdict;
  gender: (entity: number) => Gender | undefined;
  /** The person titles among the entity's roles (person-titles.ts titlesHeld). */
  titlesHeld: (entity: number) => ReadonlySet<string>;
  /** The entity's name facts (name-owner.ts), for its given name before middle initials. */
  owner: (entity: number) => NameOwner;
  nameSpans: readonly FullNameSpan[] | undefined;
};

/** Resolves the name-word candidates `indexes` (owners: their entities), writing claims and where they sit. */
export function resolveCandidates(
  c: OccurrenceContext,
  indexes: readonly number[],
  owners: readonly number[],
  claims: Int32Array,
  claimAt: Int32Array,
): void {
  const { text } = c;
  const count = indexes.length;
  const nameClaims = new Int32Array(count);
  // Claims of a full name with middle initials ("Howard W. Lutnick": middle-initials.ts).
  const initialed = new Uint8Array(count);
  // In the order the candidates come: name structure is cached by the first reading.
  for (let i = 0; i < count; i++) {
    const claim = occurrenceClaim(c, indexes[i] as number, owners[i] as number);
    initialed[i] = claim === INITIALED ? 1 : 0;
    nameClaims[i] = claim === INITIALED ? (owners[i] as number) : claim;
  }
  // Only the words that occur bare need resolving together; any other occurrence resolves to its own
  // claim (resolveWord), and reads nothing more.
  const bareKeys = new Set<string>();
  const bareLengths = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (nameClaims[i] !== NO_CLAIM) continue;
    const key = keyOf(text, c.starts[indexes[i] as number] as number, c.ends[indexes[i] as number] as number);
    bareKeys.add(key);
    bareLengths.add(key.length);
  }
  const group: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = indexes[i] as number;
    const [start, end] = [c.starts[k] as number, c.ends[k] as number];
    // An ASCII word keeps its length in lower case: one of a length no bare word has is no bare word.
    const key =
      nameClaims[i] === NO_CLAIM || !bareLengths.has(end - start) ? undefined : keyOf(text, start, end);
    if (
      nameClaims[i] === NO_CLAIM ||
      (key !== undefined ? bareKeys.has(key) : !asciiOnly(text, start, end))
    ) {
      group.push(i);
      keys.push(key ?? keyOf(text, start, end));
      continue;
    }
    claims[k] = nameClaims[i] as number;
    claimAt[k] = start;
  }
  if (group.length > 0)
    resolveGroup(c, indexes, owners, nameClaims, initialed, group, keys, bareKeys, claims, claimAt);
}

const keyOf = (text: string, start: number, end: number): string => text.slice(start, end).toLowerCase();

function asciiOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Resolves the occurrences `group` (indexes into `indexes`) of the words that occur bare, keyed by `keys`. */
function resolveGroup(
  c: OccurrenceContext,
  indexes: readonly number[],
  owners: readonly number[],
  nameClaims: Int32Array,
  initialed: Uint8Array,
  group: readonly number[],
  keys: readonly string[],
  bareKeys: ReadonlySet<string>,
  claims: Int32Array,
  claimAt: Int32Array,
): void {
  const { text } = c;
  const starts = group.map((i) => c.starts[indexes[i] as number] as number);
  const ends = group.map((i) => c.ends[indexes[i] as number] as number);
  const before = group.map((i, g) =>
    nameClaims[i] === NO_CLAIM || mayFollowHonorific(text, starts[g] as number)
      ? previousWord(text, starts[g] as number)
      : undefined,
  );
  const honorifics = honorificsByWord(text, starts, ends, before);
  const occurrences = group.map((i, g): NameWordOccurrence => {
    const [key, start, claim] = [keys[g] as string, starts[g] as number, nameClaims[i] as number];
    if (claim === NO_CLAIM) {
      const k = indexes[i] as number;
      return bareOccurrence(c, k, owners[i] as number, key, before[g], honorifics.get(key));
    }
    // A full name introduced as a relative ("the son of Larry Ellison") matters only to bare mentions.
    // So is a name listed after a relation label ("Daughter: Xi Mingze", "Preceded by Wang Min").
    const relational =
      bareKeys.has(key) &&
      (namedAsRelative(text, start, ends[g] as number) || afterRelationLabel(text, start));
    return { key, start, claim, titled: false, relational, initialed: initialed[i] === 1 };
  });
  const resolutions = resolveNameWords(occurrences);
  group.forEach((i, g) => {
    const k = indexes[i] as number;
    const resolution = resolutions[g] as { entity: number; at: number };
    claims[k] = resolution.entity;
    claimAt[k] = resolution.at;
  });
}

/** The coreference facts of a bare one-word person alias candidate k (coreference.ts). */
function bareOccurrence(
  c: OccurrenceContext,
  k: number,
  entity: number,
  key: string,
  before: Word | undefined,
  seenWithWord: ReadonlySet<Gender> | undefined,
): NameWordOccurrence {
  const { text } = c;
  const start = c.starts[k] as number;
  const end = c.ends[k] as number;
  const after = nextWord(text, end);
  const title = before?.folded.replace(/\.$/, '');
  // "Mrs. Trump" is not the president; "Mr. Trump" beside a "Ms. Trump" is set apart as titled.
  const honorific = honorificVerdict(honorificGender(before), c.gender(entity), seenWithWord);
  if (honorific === 'other') return { key, start, claim: OTHER_PERSON, titled: false };
  // "Judge Greer" is a judge: not the trade representative, who never was one (person-titles.ts).
  if (titleNotHeld(before, c.titlesHeld(entity))) return { key, start, claim: OTHER_PERSON, titled: false };
  const titled =
    honorific === 'titled' ||
    (title !== undefined && TITLE_WORDS.has(title) && !ORDINAL_WORDS.has(title)) ||
    (after !== undefined && TENURE_NOUNS.has(after.folded));
  const strong = c.entriesOf(k).some((e) => !e.weak);
  const ofRelative = possessiveOfRelative(text, end);
  const relativeAt = ofRelative ? relativeNamedAfter(text, end) : -1;
  const heldOffice = !titled && strong && ownsOfficeTenure(text, end);
  return { key, start, claim: NO_CLAIM, titled, entity, strong, ofRelative, relativeAt, heldOffice };
}

/** Whether a possessive "'s" at `end` owns a noun of an office's tenure ("Trump's administration", "Trump’s Cabinet"). */
function ownsOfficeTenure(text: string, end: number): boolean {
  const owned = possessiveEnd(text, end);
  if (owned < 0) return false;
  const noun = nextWord(text, owned);
  return noun !== undefined && OFFICE_TENURE_NOUNS.has(noun.folded);
}

/**
 * Whether some entry of candidate j names `entity` by an alias that is no name word. A rule-free
 * pattern's one entry is no name word: its sole entity answers without reading the entry objects
 * (scattered over the heap: cache misses on every name word of a large pack).
 */
export function namesByLongerAlias(c: OccurrenceContext, j: number, entity: number): boolean {
  const pattern = c.patterns[j] as number;
  if (c.facts.ruleFree[pattern] === 1) return c.facts.soleEntity[pattern] === entity;
  return c.entriesOf(j).some((e) => e.entity === entity && !e.nameWord);
}

/**
 * own entity inside one of its longer aliases or in its own full name misspelt, INITIALED after
 * its own given name and middle initials, OTHER_PERSON inside another full name, else NO_CLAIM.
 */
function occurrenceClaim(c: OccurrenceContext, k: number, entity: number): number {
  const start = c.starts[k] as number;
  const end = c.ends[k] as number;
  for (let j = k - 1; j >= 0 && (c.starts[j] as number) >= start - MAX_NAME_REACH; j--) {
    if ((c.ends[j] as number) < end || (c.starts[j] as number) > start) continue;
    if (!namesByLongerAlias(c, j, entity)) continue;
    if (c.structure(j, entity) === 'keep') return entity;
  }
  const verdict = c.structure(k, entity);
  // "trade negotiator Li Chengang": the entity's own full name, misspelt (misspelt-names.ts).
  if (verdict === 'keep' && misspeltFullNameAt(c.text, start, end, c.owner(entity))) return entity;
  // "He Kexin won gold": the word read as a pronoun opens another's full name (pronoun-case.ts).
  if (end - start <= MAX_FUNCTION_WORD && verdict === 'pronoun' && opensOtherFullName(c.text, start, end))
    return OTHER_PERSON;
  // A longer alias may also start at the same position (sorted before it, longest first).
  if (c.nameSpans !== undefined) return insideLongerSpan(c.nameSpans, start, end) ? OTHER_PERSON : NO_CLAIM;
  // "Howard W. Lutnick": kept by name structure (not "… Lutnick Center"), after its own given name.
  if (verdict === 'keep' && initialedOwnName(c.text, start, c.owner(entity))) return INITIALED;
  return verdict === 'other-person' ? OTHER_PERSON : NO_CLAIM;
}

/**
 * Whether a span longer than [start, end) holds it. Its own function: a closure over start and
 * end in occurrenceClaim would make every call of it allocate their context.
 */
function insideLongerSpan(spans: readonly FullNameSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end && s.end - s.start > end - start);
}
