/**
 * The rules about language that look past one candidate: name structure (name-structure.ts),
 * document-level coreference of name words (coreference.ts), organizations that only open a
 * person's title (titles.ts) and page evidence for weak aliases (evidence.ts). The recognizer
 * (index.ts) asks them about candidates; per-call state lives here, per-pack facts are built once.
 * A second matcher (Han-script aliases) plugs in before these rules: its candidates go through
 * the same sweep and the same page rules.
 */
import type { Entity } from '../knowledge/schema';
import { type AcceptedMentions, strongEntities, traceEvent } from './accepted';
import { dropUnanchoredBareSurnames } from './bare-surnames';
import { ConfirmingWords, evidenceNote } from './confirming-words';
import { explainClaim, NO_CLAIM } from './coreference';
import { type EntityKinds, entityKinds } from './entity-kinds';
import {
  entitiesWithEvidence,
  MIN_EVIDENCE,
  relationsOf,
  type StoryWords,
  storyEvidenceFor,
  storyWords,
} from './evidence';
import { ministerInLine, otherMinisterInSentence } from './foreign-ministers';
import { type LineShapes, lineShapes } from './headlines';
import { entityGender, type Gender } from './honorifics';
import { GatedVerdicts, lowerWordBefore } from './inert-neighbors';
import { lazy, perItem } from './lazy';
import type { FullNameFinder, FullNameSpan, TraceEvent } from './mention';
import { nameOwner } from './name-owner';
import type { NameOwner, StructureVerdict } from './name-structure';
import { previousWord } from './name-tokens';
import { NameWordEntities, type RuleEntry, resolveCandidates } from './name-word-occurrences';
import { FUNCTION_WORDS } from './name-words';
import { titleNamesOwnBody } from './office-evidence';
import { titlesHeld } from './person-titles';
import { placeAnchored } from './place-anchors';
import { sidesIfOneLeftOut } from './story-sides';
import * as titles from './titles';
import * as townOffices from './town-offices';
import { TOWN_SENSE, TownSenses } from './town-senses';
import { VERDICT_UNKNOWN, VERDICTS } from './verdict-codes';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { holderMayBeAround, isOfficeTitleWord, opensOfficeTitle } = titles;
const { townOfficeAfter } = townOffices;

export { NO_CLAIM, OTHER_PERSON } from './coreference';
export type { FullNameFinder, FullNameSpan, TraceEvent } from './mention';

export type { RuleEntry } from './name-word-occurrences';

export class PageRules {
  private readonly owner: (entity: number) => NameOwner;
  private readonly gate: GatedVerdicts;
  private readonly gender: (entity: number) => Gender | undefined;
  private readonly titlesHeld: (entity: number) => ReadonlySet<string>;
  /** Entity index → indexes of the entities related to it (its `related` list, or theirs). */
  private readonly related: () => readonly (ReadonlySet<number> | undefined)[];
  private readonly words: StoryWords;
  private readonly confirming: ConfirmingWords;
  readonly kinds: EntityKinds;
  private text = '';
  private lines: LineShapes = lineShapes('');
  private starts: Int32Array = new Int32Array(0);
  private ends: Int32Array = new Int32Array(0);
  private verdicts = new Int8Array(0);
  private claims = new Int32Array(0);
  private claimAt = new Int32Array(0);
  private nameSpans: readonly FullNameSpan[] | undefined;
  private nameWords: NameWordEntities | undefined;
  private readonly towns = new TownSenses();

  constructor(
    private readonly entities: readonly Entity[],
    /** A person's one-word aliases as written (also read by misspelt-aliases.ts for a surname). */
    readonly oneWordPersonAliasesOf: (entity: number) => readonly string[],
    storyWordList: readonly string[],
    private readonly fullNames?: FullNameFinder,
  ) {
    this.owner = perItem(entities, (e, i) => nameOwner(e, oneWordPersonAliasesOf(i), entities));
    this.gate = new GatedVerdicts(this.owner, entities.length);
    this.gender = perItem(entities, entityGender);
    this.titlesHeld = perItem(entities, titlesHeld);
    this.related = lazy(() => relationsOf(entities));
    this.words = storyWords(storyWordList);
    this.confirming = new ConfirmingWords(entities, (entity) => this.gate.isCompany(entity));
    this.kinds = entityKinds(entities);
  }

  /** Starts a call: classifies every one-word person alias candidate (by its pattern) and resolves coreference. */
  begin(
    text: string,
    count: number,
    starts: Int32Array,
    ends: Int32Array,
    patterns: Int32Array,
    entriesOfPattern: (pattern: number) => readonly RuleEntry[],
    facts: { readonly ruleFree: Uint8Array; readonly soleEntity: Int32Array },
  ): void {
    this.text = text;
    this.lines = lineShapes(text);
    this.starts = starts;
    this.ends = ends;
    if (this.verdicts.length < count) {
      this.verdicts = new Int8Array(count * 2);
      this.claims = new Int32Array(count * 2);
      this.claimAt = new Int32Array(count * 2);
    }
    this.verdicts.fill(VERDICT_UNKNOWN, 0, count);
    this.nameSpans = this.fullNames?.(text);
    this.towns.clear();
    this.claims.fill(NO_CLAIM, 0, count);
    const [indexes, owners]: [number[], number[]] = [[], []];
    this.nameWords ??= new NameWordEntities(entriesOfPattern);
    for (let k = 0; k < count; k++) {
      const entity = this.nameWords.of(patterns[k] as number);
      if (entity < 0) continue;
      indexes.push(k);
      owners.push(entity);
    }
    const context = {
      text,
      starts,
      ends,
      entriesOf: (k: number) => entriesOfPattern(patterns[k] as number),
      patterns,
      facts,
      structure: (k: number, entity: number) => this.structure(k, entity),
      gender: this.gender,
      titlesHeld: this.titlesHeld,
      owner: this.owner,
      nameSpans: this.nameSpans,
    };
    resolveCandidates(context, indexes, owners, this.claims, this.claimAt);
  }

  /** The name-structure verdict of candidate k read as a mention of `entity` (cached per candidate). */
  structure(k: number, entity: number, generic = false): StructureVerdict {
    const cached = this.verdicts[k] as number;
    if (cached !== VERDICT_UNKNOWN) return VERDICTS[cached - 1] as StructureVerdict;
    const [start, end] = [this.starts[k] as number, this.ends[k] as number];
    const verdict = this.gate.verdict(this.text, start, end, entity, this.lines, generic);
    this.verdicts[k] = VERDICTS.indexOf(verdict) + 1;
    if (verdict === 'place-name') this.towns.note(entity, this.text.slice(start, end));
    return verdict;
  }

  /** Every word of `entity`'s aliases, lower case (name-owner.ts). */
  ownWords(entity: number): ReadonlySet<string> {
    return this.owner(entity).ownWords;
  }

  /** Whether a capitalized word of `entity`'s own names stands right before candidate k ("US" Commerce Department). */
  namedByOwnWord(k: number, entity: number): boolean {
    if (lowerWordBefore(this.text, this.starts[k] as number) >= 0) return false;
    const before = previousWord(this.text, this.starts[k] as number);
    // "US" in capitals is the country, "Us" opening a sentence the pronoun.
    if (before === undefined || before.shape === 'lower') return false;
    if (before.shape !== 'upper' && FUNCTION_WORDS.has(before.folded)) return false;
    return this.ownWords(entity).has(before.folded);
  }

  /** The coreference claim on a one-word person alias candidate: an entity, OTHER_PERSON or NO_CLAIM. */
  claim(k: number): number {
    return this.claims[k] as number;
  }

  /** Why coreference keeps candidate k from its entity, or undefined when it does not. */
  claimExplanation(k: number): string | undefined {
    const claim = this.claims[k] as number;
    const id = (entity: number) => (this.entities[entity] as Entity).id;
    return claim === NO_CLAIM ? undefined : explainClaim(this.text, claim, this.claimAt[k] as number, id);
  }

  /**
   * Final page-level filters over the accepted mentions, in text order: organizations that only
   * open the office title of the next mention's person ("Treasury Secretary Scott Bessent": one
   * mention, Bessent), then weak aliases without page evidence. Returns the indexes kept.
   */
  finish(accepted: AcceptedMentions, trace?: (event: TraceEvent) => void): number[] {
    const { starts, ends, entities } = accepted;
    const kept: number[] = [];
    // Bodies named by an office title with their own country: evidence, not mentions.
    const titled: number[] = [];
    const personIn = (from: number, to: number) =>
      starts.some((s, j) => s >= from && s < to && this.kinds.person[entities[j] as number] === 1);
    const ministerNear = ministerInLine(this.text);
    for (let k = 0; k < starts.length; k++) {
      const entity = entities[k] as number;
      const [start, end] = [starts[k] as number, ends[k] as number];
      const next = k + 1 < starts.length ? (entities[k + 1] as number) : -1;
      if (
        next >= 0 &&
        this.kinds.organization[entity] === 1 &&
        this.kinds.person[next] === 1 &&
        opensOfficeTitle(this.text, start, end, starts[k + 1] as number)
      ) {
        this.report(trace, k, accepted, false, "opens a person's office title");
        continue;
      }
      // Whether the body is a company matters only when a holder word may be around (holderAfter):
      // its owner (an object per entity, scattered over the heap) is read only then.
      const around = this.kinds.organization[entity] === 1 && holderMayBeAround(this.text, start, end);
      if (
        this.kinds.organization[entity] === 1 &&
        isOfficeTitleWord(this.text, start, end, around, around && this.gate.isCompany(entity))
      ) {
        this.report(trace, k, accepted, false, 'names an office, not the body');
        if (titleNamesOwnBody(this.text, start, end, this.ownWords(entity))) titled.push(entity);
        continue;
      }
      if (this.kinds.organization[entity] === 1 && townOfficeAfter(this.text, end)) {
        this.report(trace, k, accepted, false, "a town's office follows: the word names a town");
        continue;
      }
      if (
        this.kinds.organization[entity] === 1 &&
        ministerNear(start, end) &&
        otherMinisterInSentence(this.text, start, end, this.ownWords(entity), personIn)
      ) {
        this.report(trace, k, accepted, false, "another government's minister of the body in its sentence");
        continue;
      }
      kept.push(k);
    }
    const isPerson = (e: number) => this.kinds.person[e] === 1;
    dropUnanchoredBareSurnames(
      this.text,
      kept,
      accepted,
      isPerson,
      () => this.words.countIn(this.text, 1) > 0,
      (k) =>
        this.report(trace, k, accepted, false, 'bare surname, nothing on the page says a person is meant'),
    );
    return this.weighEvidence(kept, accepted, titled, trace);
  }

  /**
   * Page evidence for the weak aliases among `kept` (evidence.ts), `titled` the bodies an office
   * title with their own country names: the indexes that stay.
   */
  private weighEvidence(
    kept: readonly number[],
    accepted: AcceptedMentions,
    titled: readonly number[],
    trace?: (event: TraceEvent) => void,
  ): number[] {
    const { starts, ends, entities } = accepted;
    const strong = strongEntities(kept, accepted);
    for (const entity of titled) strong.add(entity);
    const weakOnly = new Set<number>();
    for (const k of kept) if (!strong.has(entities[k] as number)) weakOnly.add(entities[k] as number);
    const strongNeeded = (e: number) =>
      this.kinds.person[e] === 1 ? Number.POSITIVE_INFINITY : (accepted.strongNeeded.get(e) ?? MIN_EVIDENCE);
    // Only an entity named by weak aliases alone looks at its relations.
    const related = weakOnly.size > 0 ? this.related() : [];
    const story = storyEvidenceFor(this.text, weakOnly, related, this.words, this.kinds.place);
    const evidence = this.confirming.after(story.of, this.text, kept, accepted);
    const withEvidence = entitiesWithEvidence(strong, weakOnly, related, strongNeeded, evidence.of);
    const counts = (e: number) => strong.has(e) || withEvidence.has(e);
    const leftOut = lazy(() => sidesIfOneLeftOut(this.text, this.entities, counts));
    const anchors = { strong, related, isPlace: this.kinds.place, storyShown: story.shown, leftOut, counts };
    const result: number[] = [];
    for (const k of kept) {
      const entity = entities[k] as number;
      const weakOnly = accepted.weak[k] === 1 && !strong.has(entity);
      let keep = !weakOnly || withEvidence.has(entity) || story.atVenue(entity, starts[k], ends[k]);
      // A place kept only by an unrelated pack name elsewhere on a page without story words.
      const loose =
        keep &&
        weakOnly &&
        this.kinds.place[entity] === 1 &&
        !placeAnchored(this.text, k, kept, accepted, anchors);
      // A word the page writes as a US town's name elsewhere ("Greer, S.C."): that town.
      const town =
        keep && weakOnly && !loose && this.towns.namesTown(this.text, k, accepted, counts, related);
      if (loose || town) keep = false;
      if (keep) result.push(k);
      if (trace === undefined) continue;
      const note = evidenceNote(keep, keep && weakOnly ? evidence.word(entity) : undefined);
      const rule = loose ? 'a place with no pack name of its own around it' : `weak alias, ${note}`;
      if (town) this.report(trace, k, accepted, false, TOWN_SENSE);
      else this.report(trace, k, accepted, keep, weakOnly ? rule : 'kept');
    }
    return result;
  }

  private report(
    trace: ((event: TraceEvent) => void) | undefined,
    k: number,
    accepted: AcceptedMentions,
    kept: boolean,
    rule: string,
  ): void {
    if (trace !== undefined)
      trace(traceEvent(this.text, k, accepted, (e) => (this.entities[e] as Entity).id, kept, rule));
  }
}
