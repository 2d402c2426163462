/**
 * Coreference setup (coreference.ts): the occurrence of every one-word person alias candidate of a
 * call, read from the text around it, then resolved into claims. Work that cannot change an answer
 * is skipped:
 * - the word before a name word inside a full name is read only when its last letter could end an
 *   honorific (mr, mrs, ms, miss, madam, madame, mme, messrs): those occurrences need it for
 *   nothing else;
 * - whether a full name is introduced as a relative (kinship.ts) is read only for words that also
 *   occur bare: with no bare occurrence of the word, no resolution reads it;
 * - with no bare occurrence at all, each occurrence's claim is its resolution: nothing more is read.
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
import { namedAsRelative, possessiveOfRelative } from './kinship';
import type { FullNameSpan } from './mention';
import type { StructureVerdict } from './name-structure';
import { nextWord, previousWord, type Word } from './name-tokens';
import { ORDINAL_WORDS, TENURE_NOUNS, TITLE_WORDS } from './name-words';

/** The alias facts coreference needs, per alias entry. */
export type RuleEntry = { entity: number; nameWord: boolean; weak: boolean };

/** How far back a longer alias holding a name word may start (in code units). */
const MAX_NAME_REACH = 64;
const NOT_NAME_WORD = -1;
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
  /** Name structure of candidate k read as `entity` (cached per candidate by the caller). */
  structure: (k: number, entity: number) => StructureVerdict;
  gender: (entity: number) => Gender | undefined;
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
  let bare = 0;
  // In the order the candidates come: name structure is cached by the first reading.
  for (let i = 0; i < count; i++) {
    nameClaims[i] = occurrenceClaim(c, indexes[i] as number, owners[i] as number);
    if (nameClaims[i] === NO_CLAIM) bare++;
  }
  // With no bare occurrence, every occurrence resolves to its own claim (resolveWord).
  if (bare === 0) {
    for (let i = 0; i < count; i++) {
      const k = indexes[i] as number;
      claims[k] = nameClaims[i] as number;
      claimAt[k] = c.starts[k] as number;
    }
    return;
  }
  const nameStarts: number[] = new Array(count);
  const nameEnds: number[] = new Array(count);
  const before: (Word | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const k = indexes[i] as number;
    const start = c.starts[k] as number;
    nameStarts[i] = start;
    nameEnds[i] = c.ends[k] as number;
    const read = nameClaims[i] === NO_CLAIM || mayFollowHonorific(text, start);
    before[i] = read ? previousWord(text, start) : undefined;
  }
  const honorifics = honorificsByWord(text, nameStarts, nameEnds, before);
  const occurrences: NameWordOccurrence[] = new Array(count);
  const bareKeys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const k = indexes[i] as number;
    const key = text.slice(nameStarts[i], nameEnds[i]).toLowerCase();
    const claim = nameClaims[i] as number;
    if (claim !== NO_CLAIM) {
      occurrences[i] = { key, start: nameStarts[i] as number, claim, titled: false, relational: false };
      continue;
    }
    bareKeys.add(key);
    occurrences[i] = bareOccurrence(c, k, owners[i] as number, key, before[i], honorifics.get(key));
  }
  // A full name introduced as a relative ("the son of Larry Ellison") matters only to bare mentions.
  for (const occurrence of occurrences) {
    if (occurrence.relational === false && bareKeys.has(occurrence.key as string))
      occurrence.relational = namedAsRelative(text, occurrence.start);
  }
  const resolutions = resolveNameWords(occurrences);
  for (let i = 0; i < count; i++) {
    const k = indexes[i] as number;
    const resolution = resolutions[i] as { entity: number; at: number };
    claims[k] = resolution.entity;
    claimAt[k] = resolution.at;
  }
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
  const titled =
    honorific === 'titled' ||
    (title !== undefined && TITLE_WORDS.has(title) && !ORDINAL_WORDS.has(title)) ||
    (after !== undefined && TENURE_NOUNS.has(after.folded));
  const strong = c.entriesOf(k).some((e) => !e.weak);
  return { key, start, claim: NO_CLAIM, titled, entity, strong, ofRelative: possessiveOfRelative(text, end) };
}

/** own entity inside one of its longer aliases, OTHER_PERSON inside another full name, else NO_CLAIM. */
function occurrenceClaim(c: OccurrenceContext, k: number, entity: number): number {
  const start = c.starts[k] as number;
  const end = c.ends[k] as number;
  for (let j = k - 1; j >= 0 && (c.starts[j] as number) >= start - MAX_NAME_REACH; j--) {
    if ((c.ends[j] as number) < end || (c.starts[j] as number) > start) continue;
    if (!c.entriesOf(j).some((e) => e.entity === entity && !e.nameWord)) continue;
    if (c.structure(j, entity) === 'keep') return entity;
  }
  // A longer alias may also start at the same position (sorted before it, longest first).
  if (c.nameSpans !== undefined) {
    const inside = c.nameSpans.some((s) => s.start <= start && end <= s.end && s.end - s.start > end - start);
    return inside ? OTHER_PERSON : NO_CLAIM;
  }
  return c.structure(k, entity) === 'other-person' ? OTHER_PERSON : NO_CLAIM;
}
