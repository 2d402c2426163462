/**
 * Recognition: find every mention of a pack entity in plain text.
 *
 * compileRecognizer(pack) folds every alias (chars.ts) into one pattern matcher: a trie walked
 * from word starts (word-trie.ts). Tests and the bench may pass another matcher with the same
 * contract (the Aho–Corasick automaton in scripts/lib/automaton.ts serves as their oracle).
 * recognize(text) then:
 *  1. scans once, keeping candidates that sit on word boundaries (boundaries.ts) and satisfy
 *     their alias's letter-case rule (exact, or exact-or-upper = also ALL CAPS);
 *  2. sweeps candidates left to right, longest first at each start (leftmost-longest, never
 *     overlapping), accepting the first whose alias rules hold in context: afterFullName,
 *     notFollowedBy, notPrecededBy, notInSentenceWith (context.ts);
 *  3. settles aliases shared by several entities (`ambiguous`, or the same text listed by two
 *     entities): the entity mentioned most recently before wins; else the only one of them the
 *     text names elsewhere by an unshared alias; else the candidate is skipped (precision first);
 *     A later candidate overlapping an accepted one and naming the same entity extends it
 *     ("Vice Premier He" + "He Lifeng" → one mention "Vice Premier He Lifeng");
 *  4. applies the rules about language (page-rules.ts): name structure — namesakes, names inside
 *     longer names, other countries' bodies, the pronoun (name-structure.ts) —, coreference of
 *     name words (coreference.ts), organizations that only open a person's office title
 *     (titles.ts) and page evidence for weak aliases (evidence.ts).
 *
 * Modules: aliases.ts (compile), letter-case.ts and pattern-facts.ts (case rules), candidates.ts
 * (the candidate buffer), context.ts, rules.ts, page-rules.ts, boundaries.ts. Pure TypeScript, no
 * DOM, no compromise (that lives in unknown-names.ts). Rationale and measurements:
 * docs/recognition.md.
 */
import type { Entity, Pack } from '../knowledge/schema';
import {
  type AliasEntry,
  type CompiledPack,
  compileAliases,
  oneWordPersonAliases,
  startUnitsOf,
} from './aliases';
import { passesWordBoundaries } from './boundaries';
import { CandidateBuffer } from './candidates';
import { charTables } from './chars';
import { type SentenceIndex, sentenceIndex } from './context';
import { withHanScript } from './han-merge';
import { CASE_MASK_BITS, caseAllows, caseMaskOf } from './letter-case';
import { type AcceptedMentions, NO_CLAIM, PageRules, type TraceEvent } from './page-rules';
import { NO_ENTITY, NO_FORM, type PatternFacts, patternFacts, singleFormCaseMask } from './pattern-facts';
import { chooseEntity, contextAllows, type EntityMarks } from './rules';
import { buildWordTrie, type PatternMatcher } from './word-trie';

export { type CompiledPack, compileAliases } from './aliases';

export type Mention = { entity: string; start: number; end: number; text: string };
export type { TraceEvent } from './page-rules';
/** `trace`, when given, hears which rule kept or dropped every candidate (annotate --explain). */
export type Recognizer = { recognize(text: string, trace?: (event: TraceEvent) => void): Mention[] };
/**
 * Builds the pattern matcher that finds candidates from the folded patterns and, per pattern, the
 * raw code units a match may start with (a hint a matcher may ignore). The default is the word
 * trie (word-trie.ts); any matcher reporting the same occurrences yields the same mentions.
 */
export type MatcherBuilder = (
  patterns: readonly string[],
  startUnits: readonly (readonly number[])[],
) => PatternMatcher;
export type RecognizerOptions = { buildMatcher?: MatcherBuilder };

/**
 * One compiled pack's recognizer. Its scratch (candidates, per-entity marks) is reused across
 * calls: recognize() is synchronous and never re-entered.
 */
class PackRecognizer implements Recognizer {
  private readonly entities: readonly Entity[];
  private readonly entriesByPattern: readonly AliasEntry[][];
  private readonly facts: PatternFacts;
  private readonly rules: PageRules;
  private readonly normalize: Uint16Array;
  private readonly candidates = new CandidateBuffer();
  private readonly fullySeen: EntityMarks;
  private readonly namedUnambiguously: EntityMarks;
  private readonly lastSeen: EntityMarks;
  private readonly lastSeenAt: Int32Array;
  private calls = 0;
  /** The text of the current call, and its sentences (for notInSentenceWith). */
  private text = '';
  private sentences: SentenceIndex | undefined;
  private trace: ((event: TraceEvent) => void) | undefined;

  constructor(
    compiled: CompiledPack,
    private readonly matcher: PatternMatcher,
    storyWords: readonly string[],
  ) {
    this.entities = compiled.entities;
    this.entriesByPattern = compiled.entriesByPattern;
    this.facts = patternFacts(compiled.entriesByPattern);
    this.rules = new PageRules(this.entities, oneWordPersonAliases(compiled), storyWords);
    this.normalize = charTables().normalize;
    const count = this.entities.length;
    this.fullySeen = { seen: new Uint32Array(count), call: 0 };
    this.namedUnambiguously = { seen: new Uint32Array(count), call: 0 };
    this.lastSeen = { seen: new Uint32Array(count), call: 0 };
    this.lastSeenAt = new Int32Array(count);
  }

  recognize(text: string, trace?: (event: TraceEvent) => void): Mention[] {
    this.beginCall(text);
    this.trace = trace;
    try {
      this.matcher.scan(text, this.onMatch);
      this.candidates.sortByStartThenLongest();
      this.markUnambiguous();
      this.sentences = sentenceIndex(text);
      const { count, starts, ends, patterns } = this.candidates;
      this.rules.begin(
        text,
        count,
        starts,
        ends,
        (k) => this.entriesByPattern[patterns[k] as number] as AliasEntry[],
      );
      const accepted = this.sweep();
      return this.rules.finish(accepted, trace).map((k) => {
        const start = accepted.starts[k] as number;
        const end = accepted.ends[k] as number;
        const entity = (this.entities[accepted.entities[k] as number] as Entity).id;
        return { entity, start, end, text: text.slice(start, end) };
      });
    } finally {
      this.text = '';
      this.sentences = undefined;
      this.trace = undefined;
    }
  }

  private beginCall(text: string): void {
    this.calls = this.calls >= 0xfffffffe ? 1 : this.calls + 1;
    if (this.calls === 1) {
      this.fullySeen.seen.fill(0);
      this.namedUnambiguously.seen.fill(0);
      this.lastSeen.seen.fill(0);
    }
    this.fullySeen.call = this.calls;
    this.namedUnambiguously.call = this.calls;
    this.lastSeen.call = this.calls;
    this.candidates.count = 0;
    this.text = text;
  }

  /** The matcher's callback: keeps a match on word boundaries whose letter case some entry allows. */
  private readonly onMatch = (pattern: number, start: number, end: number): void => {
    const { text, normalize, facts } = this;
    if (!passesWordBoundaries(text, start, end)) return;
    const mask =
      facts.formAt[pattern] === NO_FORM
        ? caseMaskOf(normalize, text, start, end, this.entriesByPattern[pattern] as AliasEntry[])
        : singleFormCaseMask(normalize, text, start, end, facts, pattern);
    if (mask !== 0) this.candidates.push(start, end, pattern, mask);
  };

  /** Entities the text names by an alias no other entity shares: evidence for ambiguous aliases. */
  private markUnambiguous(): void {
    const { count, patterns } = this.candidates;
    for (let k = 0; k < count; k++) {
      const entity = this.facts.soleEntity[patterns[k] as number] as number;
      if (entity !== NO_ENTITY) this.namedUnambiguously.seen[entity] = this.calls;
    }
  }

  /** Whether entry `entryIndex` of candidate k allows its letter case and its context. */
  private passes(k: number, entryIndex: number, entry: AliasEntry): boolean {
    const { starts, ends, caseMasks } = this.candidates;
    const start = starts[k] as number;
    const end = ends[k] as number;
    const mask = caseMasks[k] as number;
    const caseOk =
      entryIndex < CASE_MASK_BITS
        ? (mask & (1 << entryIndex)) !== 0
        : caseAllows(this.normalize, this.text, start, end, entry);
    if (!caseOk) return false;
    // A name word claimed by a full name in the text: the claim decides (coreference.ts).
    const claim = entry.nameWord ? this.rules.claim(k) : NO_CLAIM;
    if (claim !== NO_CLAIM && claim !== entry.entity) return false;
    const sentences = this.sentences as SentenceIndex;
    return contextAllows(this.text, start, end, entry, this.fullySeen, sentences, claim === entry.entity);
  }

  private passingEntries(k: number): AliasEntry[] {
    const entries = this.entriesByPattern[this.candidates.patterns[k] as number] as AliasEntry[];
    return entries.filter((entry, entryIndex) => this.passes(k, entryIndex, entry));
  }

  /** Whether some entry of candidate k passing its rules names `entity` (every entry checked, in order). */
  private passesFor(k: number, entity: number): boolean {
    const pattern = this.candidates.patterns[k] as number;
    // A rule-free single-entry pattern's candidate passes (its case mask is non-zero).
    if (this.facts.ruleFree[pattern] === 1) return this.facts.soleEntity[pattern] === entity;
    const entries = this.entriesByPattern[pattern] as AliasEntry[];
    let found = false;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e] as AliasEntry;
      if (this.passes(k, e, entry) && entry.entity === entity) found = true;
    }
    return found;
  }

  /**
   * The entity candidate i names, and whether it names it fully (not by an afterFullName alias),
   * or undefined when no entry passes or a shared alias cannot be settled.
   */
  private choose(i: number): { entity: number; namesFully: boolean; weak: boolean } | undefined {
    const pattern = this.candidates.patterns[i] as number;
    const entries = this.entriesByPattern[pattern] as AliasEntry[];
    if (this.facts.ruleFree[pattern] === 1) {
      // One entry, no context rules, case already checked: accepted as it stands.
      const entity = this.facts.soleEntity[pattern] as number;
      return { entity, namesFully: true, weak: (entries[0] as AliasEntry).weak };
    }
    if (entries.length === 1) {
      const entry = entries[0] as AliasEntry;
      return this.passes(i, 0, entry)
        ? { entity: entry.entity, namesFully: !entry.afterFullName, weak: entry.weak }
        : undefined;
    }
    const passing = this.passingEntries(i);
    const chosen = chooseEntity(passing, this.lastSeen, this.lastSeenAt, this.namedUnambiguously);
    if (chosen === undefined) return undefined;
    const own = passing.filter((entry) => entry.entity === chosen);
    return {
      entity: chosen,
      namesFully: own.some((entry) => !entry.afterFullName),
      weak: own.every((entry) => entry.weak),
    };
  }

  /** Leftmost-longest sweep over the sorted candidates, never overlapping. */
  private sweep(): AcceptedMentions {
    const { count, starts, ends } = this.candidates;
    const accepted: AcceptedMentions = { entities: [], starts: [], ends: [], weak: [] };
    let coveredUpTo = 0;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      if (start < coveredUpTo) {
        this.drop(i, undefined, 'inside a longer mention');
        continue;
      }
      const choice = this.choose(i);
      if (choice === undefined) {
        this.drop(i, undefined, this.rules.claimExplanation(i) ?? 'alias rules or an unsettled shared alias');
        continue;
      }
      const { entity } = choice;
      const verdict = this.rules.structure(i, entity, choice.weak);
      if (verdict !== 'keep') {
        this.drop(i, entity, `name structure: ${verdict}`);
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
      accepted.weak.push(choice.weak ? 1 : 0);
      coveredUpTo = end;
      this.lastSeen.seen[entity] = this.calls;
      this.lastSeenAt[entity] = start;
      if (choice.namesFully) this.fullySeen.seen[entity] = this.calls;
    }
    return accepted;
  }

  private drop(k: number, entity: number | undefined, rule: string): void {
    if (this.trace === undefined) return;
    const start = this.candidates.starts[k] as number;
    const end = this.candidates.ends[k] as number;
    const sole = this.facts.soleEntity[this.candidates.patterns[k] as number] as number;
    const named = entity ?? (sole === NO_ENTITY ? undefined : sole);
    const id = named === undefined ? undefined : (this.entities[named] as Entity).id;
    this.trace({ start, end, text: this.text.slice(start, end), entity: id, kept: false, rule });
  }
}

export function compileRecognizer(pack: Pack, options: RecognizerOptions = {}): Recognizer {
  const compiled = compileAliases(pack);
  const buildMatcher = options.buildMatcher ?? buildWordTrie;
  const matcher = buildMatcher(compiled.patterns, startUnitsOf(compiled.entriesByPattern));
  const spaced = new PackRecognizer(compiled, matcher, pack.storyWords ?? []);
  // Chinese (space-less) aliases are matched by han.ts and joined with the word-based mentions.
  let trace: ((event: TraceEvent) => void) | undefined;
  const merged = withHanScript(pack, (text) => spaced.recognize(text, trace));
  return {
    recognize(text, listener) {
      trace = listener;
      try {
        return merged(text);
      } finally {
        trace = undefined;
      }
    },
  };
}
