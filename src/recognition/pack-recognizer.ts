/**
 * One compiled pack's recognizer for space-separated scripts: the scan, the sweep and the
 * rules steps described in index.ts.
 */
import type { Entity } from '../knowledge/schema';
import { type AcceptedMentions, noMentionsAccepted } from './accepted';
import { AcronymReadings } from './acronyms';
import type { AliasEntry, EntryTable } from './aliases';
import * as boundaries from './boundaries';
import { CandidateBuffer } from './candidates';
import { asciiLowerIn, keepCapitalsBesideWritten } from './capitals';
import { charTables } from './chars';
import * as choiceBits from './choice';
import { type SentenceIndex, sentenceIndex } from './context';
import { lazy } from './lazy';
import * as letterCase from './letter-case';
import { inRanges, lowerCaseBlocks } from './lower-case-blocks';
import type { Mention, Recognizer } from './mention';
import { namedAsOwn, OtherBodies } from './other-bodies';
import { type FullNameFinder, NO_CLAIM, PageRules, type TraceEvent } from './page-rules';
import type { PatternFacts } from './pattern-facts';
import * as patternFacts from './pattern-facts';
import { chooseEntity, contextAllows, type EntityMarks, markNamed } from './rules';
import { termBefore } from './securities';
import type { PatternMatcher } from './word-trie';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { NO_ENTITY, NO_FORM, singleFormCaseMask } = patternFacts;
const { CASE_MASK_BITS, caseAllows, caseMaskOf, opensInLowerCase } = letterCase;
const { passesWordBoundaries } = boundaries;
const { NO_CHOICE, choiceEntity, choiceOf, isAcronym, isGeneric, isWeak, namesFully } = choiceBits;

const NONE: ReadonlySet<string> = new Set();

/**
 * One compiled pack's recognizer. Its scratch (candidates, per-entity marks) is reused across
 * calls: recognize() is synchronous and never re-entered.
 */
export class PackRecognizer implements Recognizer {
  private readonly entities: readonly Entity[];
  private readonly ids: readonly string[];
  private readonly indexOfId: () => ReadonlyMap<string, number>;
  private readonly entriesOf: (pattern: number) => AliasEntry[];
  private readonly facts: PatternFacts;
  private readonly rules: PageRules;
  private readonly normalize: Uint16Array;
  private readonly candidates = new CandidateBuffer();
  private readonly choices = new choiceBits.PatternChoices();
  /** Per call: how the page spells each acronym out (acronyms.ts); other bodies' names. */
  private readonly readings = new AcronymReadings();
  private readonly bodies = new OtherBodies();
  private readonly fullySeen: EntityMarks;
  private readonly namedUnambiguously: EntityMarks;
  private readonly namedFully: EntityMarks;
  private readonly lastSeen: EntityMarks;
  /** Every set of per-call marks above, renewed together at each call. */
  private readonly allMarks: readonly EntityMarks[];
  private readonly lastSeenAt: Int32Array;
  private calls = 0;
  /** The text of the current call, and its sentences (for notInSentenceWith). */
  private text = '';
  private sentences: SentenceIndex | undefined;
  /** The blocks of the current text written all in lower case (lower-case-blocks.ts). */
  private lowerBlocks: number[] = [];
  private readonly inLowerCase = (position: number): boolean => inRanges(this.lowerBlocks, position);
  private readonly ownWordsOf = (entity: number): ReadonlySet<string> => this.rules.ownWords(entity);
  private trace: ((event: TraceEvent) => void) | undefined;

  constructor(
    entities: readonly Entity[],
    table: EntryTable,
    facts: PatternFacts,
    private readonly matcher: PatternMatcher,
    storyWords: readonly string[],
    fullNames?: FullNameFinder,
  ) {
    this.entities = entities;
    this.ids = entities.map((entity) => entity.id);
    this.indexOfId = lazy(() => new Map(entities.map((entity, index) => [entity.id, index])));
    this.entriesOf = table.entriesOf;
    this.facts = facts;
    this.rules = new PageRules(this.entities, table.oneWordPersonAliasesOf, storyWords, fullNames);
    this.normalize = charTables().normalize;
    const count = this.entities.length;
    this.namedFully = { seen: new Uint32Array(count), call: 0 };
    this.fullySeen = { seen: new Uint32Array(count), call: 0, anywhere: this.namedFully };
    this.namedUnambiguously = { seen: new Uint32Array(count), call: 0 };
    this.lastSeen = { seen: new Uint32Array(count), call: 0 };
    this.allMarks = [this.fullySeen, this.namedUnambiguously, this.namedFully, this.lastSeen];
    this.lastSeenAt = new Int32Array(count);
  }

  /** `namedElsewhere`: ids of entities named strongly in another script of the text (han-merge.ts). */
  recognize(
    text: string,
    trace?: (event: TraceEvent) => void,
    namedElsewhere: ReadonlySet<string> = NONE,
  ): Mention[] {
    this.beginCall(text);
    this.trace = trace;
    try {
      this.lowerBlocks = lowerCaseBlocks(text);
      this.matcher.scan(text, this.onMatch, this.lowerBlocks);
      this.candidates.finishScan(text, this.entriesOf, this.rules.kinds, this.rules.oneWordPersonAliasesOf);
      markNamed(this.candidates, this.facts, this.namedUnambiguously, this.namedFully);
      this.sentences = sentenceIndex(text);
      const { count, starts, ends, patterns } = this.candidates;
      this.rules.begin(text, count, starts, ends, patterns, this.entriesOf, this.facts);
      const accepted = this.sweep();
      // An id this pack does not hold (-1) names nothing here.
      for (const id of namedElsewhere) accepted.namedElsewhere.push(this.indexOfId().get(id) ?? -1);
      const kept = this.rules.finish(accepted, trace);
      const { person } = this.rules.kinds;
      const mentions: Mention[] = [];
      // Only a person's mention with no ASCII lower-case letter can be dropped there (rare).
      let capitalsOfPerson = false;
      for (const k of kept) {
        const start = accepted.starts[k] as number;
        const end = accepted.ends[k] as number;
        const entity = accepted.entities[k] as number;
        mentions.push({ entity: this.ids[entity] as string, start, end, text: text.slice(start, end) });
        if (!capitalsOfPerson && person[entity] === 1) capitalsOfPerson = !asciiLowerIn(text, start, end);
      }
      if (!capitalsOfPerson) return mentions;
      return keepCapitalsBesideWritten(mentions, (id) => person[this.indexOfId().get(id) ?? -1] === 1);
    } finally {
      this.text = '';
      this.readings.reset('');
      this.lowerBlocks = [];
      this.sentences = undefined;
      this.trace = undefined;
    }
  }

  private beginCall(text: string): void {
    this.calls = this.calls >= 0xfffffffe ? 1 : this.calls + 1;
    for (const marks of this.allMarks) {
      if (this.calls === 1) marks.seen.fill(0);
      marks.call = this.calls;
    }
    this.candidates.count = 0;
    this.readings.reset(text);
    this.bodies.reset();
    this.text = text;
  }

  /** The matcher's callback: keeps a match on word boundaries whose letter case some entry allows. */
  private readonly onMatch = (pattern: number, start: number, end: number): void => {
    const { text, normalize, facts } = this;
    if (!passesWordBoundaries(text, start, end)) return;
    // A single form's case from the facts (no entry read); "DONALD TRUMP", "donald trump": the slow check.
    let mask =
      facts.formAt[pattern] === NO_FORM ? 0 : singleFormCaseMask(normalize, text, start, end, facts, pattern);
    if (mask === 0) mask = caseMaskOf(normalize, text, start, end, this.entriesOf(pattern), this.inLowerCase);
    if (mask !== 0) this.candidates.push(start, end, pattern, mask);
  };

  /** Whether entry `entryIndex` of candidate k allows its letter case and its context. */
  private passes(k: number, entryIndex: number, entry: AliasEntry): boolean {
    const { starts, ends, caseMasks } = this.candidates;
    const start = starts[k] as number;
    const end = ends[k] as number;
    const mask = caseMasks[k] as number;
    const caseOk =
      entryIndex < CASE_MASK_BITS
        ? (mask & (1 << entryIndex)) !== 0
        : caseAllows(this.normalize, this.text, start, end, entry, this.inLowerCase);
    if (!caseOk) return false;
    // A name word claimed by a full name in the text: the claim decides (coreference.ts).
    const claim = entry.nameWord ? this.rules.claim(k) : NO_CLAIM;
    if (claim !== NO_CLAIM && claim !== entry.entity) return false;
    const sentences = this.sentences as SentenceIndex;
    return contextAllows(this.text, start, end, entry, this.fullySeen, sentences, claim === entry.entity);
  }

  private passingEntries(k: number): AliasEntry[] {
    const entries = this.entriesOf(this.candidates.patterns[k] as number);
    return entries.filter((entry, entryIndex) => this.passes(k, entryIndex, entry));
  }

  /** Whether some entry of candidate k passing its rules names `entity` (every entry checked, in order). */
  private passesFor(k: number, entity: number): boolean {
    const pattern = this.candidates.patterns[k] as number;
    // A rule-free single-entry pattern's candidate passes (its case mask is non-zero).
    if (this.facts.ruleFree[pattern] === 1) return this.facts.soleEntity[pattern] === entity;
    const entries = this.entriesOf(pattern);
    let found = false;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e] as AliasEntry;
      if (this.passes(k, e, entry) && entry.entity === entity) found = true;
    }
    return found;
  }

  /**
   * The entity candidate i names, and whether it names it fully (not by an afterFullName alias),
   * or NO_CHOICE when no entry passes or a shared alias cannot be settled.
   */
  private choose(i: number): number {
    const pattern = this.candidates.patterns[i] as number;
    // One entry, no context rules, case already checked: accepted as it stands (entries read once).
    if (this.facts.ruleFree[pattern] === 1)
      return this.choices.of(pattern, this.facts.soleEntity[pattern] as number, this.entriesOf);
    const entries = this.entriesOf(pattern);
    if (entries.length === 1) {
      const entry = entries[0] as AliasEntry;
      return this.passes(i, 0, entry) ? this.choices.of(pattern, entry.entity, this.entriesOf) : NO_CHOICE;
    }
    const passing = this.passingEntries(i);
    const chosen = chooseEntity(passing, this.lastSeen, this.lastSeenAt, this.namedUnambiguously);
    if (chosen === undefined) return NO_CHOICE;
    const own = passing.filter((entry) => entry.entity === chosen);
    return choiceOf(chosen, own);
  }

  /** Leftmost-longest sweep over the sorted candidates, never overlapping. */
  private sweep(): AcceptedMentions {
    const { count, starts, ends } = this.candidates;
    const accepted = noMentionsAccepted();
    let coveredUpTo = 0;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      if (start < coveredUpTo) {
        this.drop(i, undefined, 'inside a longer mention');
        continue;
      }
      const choice = this.choose(i);
      if (choice === NO_CHOICE) {
        this.drop(i, undefined, this.rules.claimExplanation(i) ?? 'alias rules or an unsettled shared alias');
        continue;
      }
      const entity = choiceEntity(choice);
      const verdict = this.rules.structure(i, entity, isGeneric(choice));
      // A generic word of an organization, which other bodies' names share (other-bodies.ts).
      const body = isGeneric(choice) && this.rules.kinds.organization[entity] === 1;
      if (verdict !== 'keep') {
        this.drop(i, entity, `name structure: ${verdict}`);
        // Another body's or person's longer name holds the words inside it too: "Commerce" in
        // "the South Carolina Department of Commerce" is not the pack's either.
        if (verdict !== 'pronoun') coveredUpTo = Math.max(coveredUpTo, ends[i] as number);
        if (body && verdict !== 'pronoun') this.bodies.sawOther(entity, start);
        continue;
      }
      // "the 10-year Treasury": a security the body issued (securities.ts).
      if (body && termBefore(this.text, start)) {
        this.drop(i, entity, 'a term before it: a security, not the body');
        continue;
      }
      // "Treasury Secretary Scott Bessent", "the Treasury in Washington": the pack's own body again.
      const generic = body && !this.rules.namedByOwnWord(i, entity);
      const own = generic ? this.namedAsOwnAt(i, entity) : undefined;
      const claimant = this.bodies.claimant(entity, generic, start, own);
      if (claimant !== undefined) {
        this.drop(i, entity, `another body's name at ${claimant} holds these words (other-bodies.ts)`);
        continue;
      }
      // A later overlapping candidate for the SAME entity extends the mention:
      // "Vice Premier He" + "He Lifeng" → "Vice Premier He Lifeng".
      let end = ends[i] as number;
      for (let j = i + 1; j < count && (starts[j] as number) < end; j++) {
        if ((ends[j] as number) > end && this.passesFor(j, entity)) end = ends[j] as number;
      }
      accepted.starts.push(start);
      accepted.ends.push(end);
      accepted.entities.push(entity);
      const lower = body && opensInLowerCase(this.text, start, this.inLowerCase);
      accepted.weak.push(isWeak(choice) || lower || this.weakAcronym(choice, start, end, accepted) ? 1 : 0);
      coveredUpTo = end;
      this.lastSeen.seen[entity] = this.calls;
      this.lastSeenAt[entity] = start;
      if (namesFully(choice)) this.fullySeen.seen[entity] = this.calls;
    }
    return accepted;
  }

  /** Candidate i's namedAsOwn, asked lazily: made here, a loop making it allocates a context per candidate. */
  private namedAsOwnAt(i: number, entity: number): () => boolean {
    return () => namedAsOwn(this.text, this.candidates, i, entity, this.facts, this.rules);
  }

  /** Whether an organization's acronym at [start, end) is weak here, recording what it needs (acronyms.ts). */
  private weakAcronym(choice: number, start: number, end: number, accepted: AcceptedMentions): boolean {
    if (!isAcronym(choice) || isWeak(choice)) return false;
    const entity = choiceEntity(choice);
    const needed = this.readings.strongNeeded(start, end, entity, this.ownWordsOf);
    const before = accepted.strongNeeded.get(entity) ?? 0;
    if (needed !== undefined) accepted.strongNeeded.set(entity, Math.max(needed, before));
    return needed !== undefined;
  }

  private drop(k: number, entity: number | undefined, rule: string): void {
    if (this.trace === undefined) return;
    const [start, end] = [this.candidates.starts[k] as number, this.candidates.ends[k] as number];
    const sole = this.facts.soleEntity[this.candidates.patterns[k] as number] as number;
    const named = entity ?? (sole === NO_ENTITY ? undefined : sole);
    const id = named === undefined ? undefined : (this.entities[named] as Entity).id;
    this.trace({ start, end, text: this.text.slice(start, end), entity: id, kept: false, rule });
  }
}
