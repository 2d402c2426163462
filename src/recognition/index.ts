/**
 * Recognition: find every mention of a pack entity in plain text.
 *
 * compileRecogniser(pack) folds every alias (chars.ts) into one pattern matcher: a trie walked
 * from word starts (word-trie.ts, default) or an Aho–Corasick automaton (automaton.ts).
 * recognise(text) then:
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
 *  4. drops organisation mentions that only open a person's office title (titles.ts).
 *
 * Pure TypeScript, no DOM, no compromise (that lives in unknown-names.ts).
 */
import type { Entity, Pack } from '../knowledge/schema';
import { aliasCase, aliasRule } from '../knowledge/schema';
import { buildAutomaton } from './automaton';
import { passesWordBoundaries } from './boundaries';
import { CHAR, charTables, foldPhrase, normalizePhrase } from './chars';
import { followedByAny, precededByAny, type SentenceIndex, sentenceIndex } from './context';
import { opensOfficeTitle } from './titles';
import { buildWordTrie, type PatternMatcher } from './word-trie';

export type Mention = { entity: string; start: number; end: number; text: string };
/** Type only (erased): importing index.ts never loads compromise; call unknownNames from unknown-names.ts. */
export type { UnknownName } from './unknown-names';
export type Recogniser = { recognise(text: string): Mention[] };
/**
 * Which pattern matcher finds candidates. 'word-trie' (default, word-trie.ts) walks a trie from
 * word starts only; 'aho-corasick' (automaton.ts) runs the classic automaton over every code unit.
 * Both yield the same mentions; the bench compares them (docs/performance.md).
 */
export type RecogniserOptions = { matcher?: 'word-trie' | 'aho-corasick' };

type AliasEntry = {
  entity: number;
  /** Alias as written, normalised (spaces collapsed, apostrophes unified). */
  asWritten: string;
  /** ALL CAPS form when the case rule allows it (and upper-casing keeps the length), else undefined. */
  upper: string | undefined;
  afterFullName: boolean;
  notFollowedBy: string[];
  notPrecededBy: string[];
  notInSentenceWith: string[];
};

export type CompiledPack = {
  entities: readonly Entity[];
  patterns: readonly string[];
  entriesByPattern: readonly AliasEntry[][];
};

/** Groups every alias of every entity by its folded text. Exposed for tests and the bench. */
export function compileAliases(pack: Pack): CompiledPack {
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const entriesByPattern: AliasEntry[][] = [];
  pack.entities.forEach((entity, entityIndex) => {
    for (const alias of entity.aliases) {
      const rule = aliasRule(alias);
      const folded = foldPhrase(rule.text);
      if (folded.length === 0) continue;
      const asWritten = normalizePhrase(rule.text);
      const upperForm = asWritten.toUpperCase();
      const upper =
        aliasCase(rule, entity.type) === 'exact-or-upper' && upperForm.length === asWritten.length
          ? upperForm
          : undefined;
      let id = patternIds.get(folded);
      if (id === undefined) {
        id = patterns.length;
        patternIds.set(folded, id);
        patterns.push(folded);
        entriesByPattern.push([]);
      }
      (entriesByPattern[id] as AliasEntry[]).push({
        entity: entityIndex,
        asWritten,
        upper,
        afterFullName: rule.afterFullName === true,
        notFollowedBy: (rule.notFollowedBy ?? []).map(foldPhrase),
        notPrecededBy: (rule.notPrecededBy ?? []).map(foldPhrase),
        notInSentenceWith: (rule.notInSentenceWith ?? []).map(foldPhrase),
      });
    }
  });
  return { entities: pack.entities, patterns, entriesByPattern };
}

// Module-local copy: an imported binding may compile to a getter call (CommonJS interop).
const SPACE = CHAR.SPACE;
const LINE_FEED = CHAR.LINE_FEED;
const CARRIAGE_RETURN = CHAR.CARRIAGE_RETURN;

/** True when text[start, end) equals `form` up to white-space runs and apostrophe/space variants. */
function sameCase(normalize: Uint16Array, text: string, start: number, end: number, form: string): boolean {
  let i = start;
  for (let k = 0; k < form.length; k++) {
    const want = form.charCodeAt(k);
    if (i >= end) return false;
    const unit = text.charCodeAt(i);
    const isSpace = unit === LINE_FEED || unit === CARRIAGE_RETURN || normalize[unit] === SPACE;
    if (normalize[unit] !== want && !(want === SPACE && isSpace)) return false;
    i++;
    if (want === SPACE) {
      while (i < end) {
        const next = text.charCodeAt(i);
        if (next !== LINE_FEED && next !== CARRIAGE_RETURN && normalize[next] !== SPACE) break;
        i++;
      }
    }
  }
  return i === end;
}

function caseAllows(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  entry: AliasEntry,
): boolean {
  return (
    sameCase(normalize, text, start, end, entry.asWritten) ||
    (entry.upper !== undefined && sameCase(normalize, text, start, end, entry.upper))
  );
}

/** Per-call marks keyed by entity index; a mark counts only when it holds the current call's number. */
type EntityMarks = { seen: Uint32Array; call: number };

function contextAllows(
  text: string,
  start: number,
  end: number,
  entry: AliasEntry,
  fullySeen: EntityMarks,
  sentences: SentenceIndex,
): boolean {
  if (entry.afterFullName && fullySeen.seen[entry.entity] !== fullySeen.call) return false;
  if (entry.notFollowedBy.length > 0 && followedByAny(text, end, entry.notFollowedBy)) return false;
  if (entry.notPrecededBy.length > 0 && precededByAny(text, start, entry.notPrecededBy)) return false;
  if (
    entry.notInSentenceWith.length > 0 &&
    sentences.sentenceContainsAny(start, end, entry.notInSentenceWith)
  ) {
    return false;
  }
  return true;
}

/** Entries beyond this index of a pattern have no bit in a candidate's case mask (checked again). */
const CASE_MASK_BITS = 30;

/**
 * Candidate matches as parallel typed arrays (start, end, pattern, case mask: bit k set when
 * entry k of the pattern allows the text's letter case), reused across calls.
 */
class CandidateBuffer {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  patterns = new Int32Array(1024);
  caseMasks = new Int32Array(1024);

  push(start: number, end: number, pattern: number, caseMask: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.patterns[k] = pattern;
    this.caseMasks[k] = caseMask;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.patterns = grown(this.patterns);
    this.caseMasks = grown(this.caseMasks);
  }

  /**
   * Orders candidates by start, longest first at each start. The word trie already emits them
   * by start (shortest first), so usually only runs sharing a start are reversed.
   */
  sortByStartThenLongest(): void {
    const { count, starts, ends } = this;
    let byStart = true;
    for (let k = 1; k < count && byStart; k++) byStart = (starts[k - 1] as number) <= (starts[k] as number);
    if (!byStart) {
      this.sortFully();
      return;
    }
    // Insertion sort by decreasing end within each run of equal starts (runs are tiny).
    for (let k = 1; k < count; k++) {
      let m = k;
      while (m > 0 && starts[m - 1] === starts[m] && (ends[m - 1] as number) < (ends[m] as number)) {
        this.swap(m - 1, m);
        m--;
      }
    }
  }

  private sortFully(): void {
    const { count, starts, ends } = this;
    const order = Array.from({ length: count }, (_, k) => k);
    order.sort(
      (a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number),
    );
    const permute = (from: Int32Array) => {
      const copy = from.slice(0, count);
      for (let k = 0; k < count; k++) from[k] = copy[order[k] as number] as number;
    };
    permute(this.starts);
    permute(this.ends);
    permute(this.patterns);
    permute(this.caseMasks);
  }

  private swap(a: number, b: number): void {
    for (const array of [this.starts, this.ends, this.patterns, this.caseMasks]) {
      const t = array[a] as number;
      array[a] = array[b] as number;
      array[b] = t;
    }
  }
}

/** Bit k set when entry k (k < CASE_MASK_BITS) allows the letter case of text[start, end); 0 = none. */
function caseMaskOf(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  entries: readonly AliasEntry[],
): number {
  let mask = 0;
  let beyond = false;
  for (let k = 0; k < entries.length; k++) {
    if (!caseAllows(normalize, text, start, end, entries[k] as AliasEntry)) continue;
    if (k < CASE_MASK_BITS) mask |= 1 << k;
    else beyond = true;
  }
  // Entries past the mask are re-checked when needed; keep the candidate with a non-zero mask.
  return mask === 0 && beyond ? 1 << CASE_MASK_BITS : mask;
}

const NO_ENTITY = -1;
const NO_FORM = -1;

/**
 * Per-pattern facts in flat typed arrays, so the common candidate (one entry, no context rules)
 * is settled without touching entry objects scattered over the heap (cache misses dominate
 * with large packs).
 */
type PatternFacts = {
  /** The entity when every entry of the pattern names the same one, else NO_ENTITY. */
  soleEntity: Int32Array;
  /** 1 when the pattern has exactly one entry and that entry has no context rule. */
  ruleFree: Uint8Array;
  /** Single-entry patterns: offset of the as-written form in `formUnits` (ALL CAPS form right after when allowed); else NO_FORM. */
  formAt: Int32Array;
  formLength: Int32Array;
  hasUpper: Uint8Array;
  formUnits: Uint16Array;
};

function patternFacts(entriesByPattern: readonly AliasEntry[][]): PatternFacts {
  const count = entriesByPattern.length;
  const soleEntity = new Int32Array(count).fill(NO_ENTITY);
  const ruleFree = new Uint8Array(count);
  const formAt = new Int32Array(count).fill(NO_FORM);
  const formLength = new Int32Array(count);
  const hasUpper = new Uint8Array(count);
  const units: number[] = [];
  entriesByPattern.forEach((entries, pattern) => {
    const first = entries[0];
    if (first !== undefined && entries.every((entry) => entry.entity === first.entity)) {
      soleEntity[pattern] = first.entity;
    }
    if (entries.length !== 1 || first === undefined) return;
    ruleFree[pattern] =
      !first.afterFullName &&
      first.notFollowedBy.length === 0 &&
      first.notPrecededBy.length === 0 &&
      first.notInSentenceWith.length === 0
        ? 1
        : 0;
    formAt[pattern] = units.length;
    formLength[pattern] = first.asWritten.length;
    for (let k = 0; k < first.asWritten.length; k++) units.push(first.asWritten.charCodeAt(k));
    if (first.upper !== undefined) {
      hasUpper[pattern] = 1;
      for (let k = 0; k < first.upper.length; k++) units.push(first.upper.charCodeAt(k));
    }
  });
  return { soleEntity, ruleFree, formAt, formLength, hasUpper, formUnits: Uint16Array.from(units) };
}

/** sameCase against a form stored in `units` at [at, at + length). */
function sameCaseUnits(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  units: Uint16Array,
  at: number,
  length: number,
): boolean {
  let i = start;
  for (let k = at; k < at + length; k++) {
    const want = units[k] as number;
    if (i >= end) return false;
    const unit = text.charCodeAt(i);
    const isSpace = unit === LINE_FEED || unit === CARRIAGE_RETURN || normalize[unit] === SPACE;
    if (normalize[unit] !== want && !(want === SPACE && isSpace)) return false;
    i++;
    if (want === SPACE) {
      while (i < end) {
        const next = text.charCodeAt(i);
        if (next !== LINE_FEED && next !== CARRIAGE_RETURN && normalize[next] !== SPACE) break;
        i++;
      }
    }
  }
  return i === end;
}

/** caseMaskOf for a single-entry pattern, from its flattened forms: 1 when the case is allowed, else 0. */
function singleFormCaseMask(
  normalize: Uint16Array,
  text: string,
  start: number,
  end: number,
  facts: PatternFacts,
  pattern: number,
): number {
  const at = facts.formAt[pattern] as number;
  const length = facts.formLength[pattern] as number;
  if (sameCaseUnits(normalize, text, start, end, facts.formUnits, at, length)) return 1;
  return facts.hasUpper[pattern] === 1 &&
    sameCaseUnits(normalize, text, start, end, facts.formUnits, at + length, length)
    ? 1
    : 0;
}

export function compileRecogniser(pack: Pack, options: RecogniserOptions = {}): Recogniser {
  const compiled = compileAliases(pack);
  const matcher: PatternMatcher =
    options.matcher === 'aho-corasick'
      ? buildAutomaton(compiled.patterns)
      : buildWordTrie(compiled.patterns, startUnitsOf(compiled.entriesByPattern));
  const { entities, entriesByPattern } = compiled;
  const facts = patternFacts(entriesByPattern);
  const isOrganization = Uint8Array.from(entities, (e) => (e.type === 'organization' ? 1 : 0));
  const isPerson = Uint8Array.from(entities, (e) => (e.type === 'person' ? 1 : 0));
  const { normalize } = charTables();

  // Scratch reused across calls (recognise is synchronous and never re-entered).
  const candidates = new CandidateBuffer();
  const fullySeen: EntityMarks = { seen: new Uint32Array(entities.length), call: 0 };
  const namedUnambiguously: EntityMarks = { seen: new Uint32Array(entities.length), call: 0 };
  const lastSeen: EntityMarks = { seen: new Uint32Array(entities.length), call: 0 };
  const lastSeenAt = new Int32Array(entities.length);
  let calls = 0;
  let scanned = '';
  const onMatch = (pattern: number, start: number, end: number): void => {
    if (!passesWordBoundaries(scanned, start, end)) return;
    const mask =
      facts.formAt[pattern] === NO_FORM
        ? caseMaskOf(normalize, scanned, start, end, entriesByPattern[pattern] as AliasEntry[])
        : singleFormCaseMask(normalize, scanned, start, end, facts, pattern);
    if (mask !== 0) candidates.push(start, end, pattern, mask);
  };

  return {
    recognise(text: string): Mention[] {
      calls = calls >= 0xfffffffe ? 1 : calls + 1;
      if (calls === 1) {
        fullySeen.seen.fill(0);
        namedUnambiguously.seen.fill(0);
        lastSeen.seen.fill(0);
      }
      fullySeen.call = calls;
      namedUnambiguously.call = calls;
      lastSeen.call = calls;
      candidates.count = 0;
      scanned = text;
      try {
        matcher.scan(text, onMatch);
      } finally {
        scanned = '';
      }
      candidates.sortByStartThenLongest();
      const { count, starts, ends, patterns, caseMasks } = candidates;

      // Entities the text names by an alias no other entity shares: evidence for ambiguous aliases.
      for (let k = 0; k < count; k++) {
        const entity = facts.soleEntity[patterns[k] as number] as number;
        if (entity !== NO_ENTITY) namedUnambiguously.seen[entity] = calls;
      }

      const sentences = sentenceIndex(text);
      const passes = (k: number, entryIndex: number, entry: AliasEntry): boolean => {
        const mask = caseMasks[k] as number;
        const caseOk =
          entryIndex < CASE_MASK_BITS
            ? (mask & (1 << entryIndex)) !== 0
            : caseAllows(normalize, text, starts[k] as number, ends[k] as number, entry);
        return (
          caseOk && contextAllows(text, starts[k] as number, ends[k] as number, entry, fullySeen, sentences)
        );
      };
      const passingEntries = (k: number): AliasEntry[] => {
        const entries = entriesByPattern[patterns[k] as number] as AliasEntry[];
        return entries.filter((entry, entryIndex) => passes(k, entryIndex, entry));
      };
      /** Whether some entry of candidate k passing its rules names `entity` (every entry checked, in order). */
      const passesFor = (k: number, entity: number): boolean => {
        // A rule-free single-entry pattern's candidate passes (its case mask is non-zero).
        if (facts.ruleFree[patterns[k] as number] === 1)
          return facts.soleEntity[patterns[k] as number] === entity;
        const entries = entriesByPattern[patterns[k] as number] as AliasEntry[];
        let found = false;
        for (let e = 0; e < entries.length; e++) {
          const entry = entries[e] as AliasEntry;
          if (passes(k, e, entry) && entry.entity === entity) found = true;
        }
        return found;
      };

      const acceptedStarts: number[] = [];
      const acceptedEnds: number[] = [];
      const acceptedEntities: number[] = [];
      let coveredUpTo = 0;
      for (let i = 0; i < count; i++) {
        const start = starts[i] as number;
        if (start < coveredUpTo) continue;
        const pattern = patterns[i] as number;
        const entries = entriesByPattern[pattern] as AliasEntry[];
        let entity: number;
        let namesFully: boolean;
        if (facts.ruleFree[pattern] === 1) {
          // One entry, no context rules, case already checked: accepted as it stands.
          entity = facts.soleEntity[pattern] as number;
          namesFully = true;
        } else if (entries.length === 1) {
          const entry = entries[0] as AliasEntry;
          if (!passes(i, 0, entry)) continue;
          entity = entry.entity;
          namesFully = !entry.afterFullName;
        } else {
          const passing = passingEntries(i);
          const chosen = chooseEntity(passing, lastSeen, lastSeenAt, namedUnambiguously);
          if (chosen === undefined) continue;
          entity = chosen;
          namesFully = passing.some((entry) => entry.entity === chosen && !entry.afterFullName);
        }
        // A later overlapping candidate for the SAME entity extends the mention:
        // "Vice Premier He" + "He Lifeng" → "Vice Premier He Lifeng".
        let end = ends[i] as number;
        for (let j = i + 1; j < count && (starts[j] as number) < end; j++) {
          if ((ends[j] as number) > end && passesFor(j, entity)) end = ends[j] as number;
        }
        acceptedStarts.push(start);
        acceptedEnds.push(end);
        acceptedEntities.push(entity);
        coveredUpTo = end;
        lastSeen.seen[entity] = calls;
        lastSeenAt[entity] = start;
        if (namesFully) fullySeen.seen[entity] = calls;
      }

      const mentions: Mention[] = [];
      const last = acceptedStarts.length - 1;
      for (let k = 0; k <= last; k++) {
        const entity = acceptedEntities[k] as number;
        const start = acceptedStarts[k] as number;
        const end = acceptedEnds[k] as number;
        // Drop an organisation that only opens the next person's office title.
        if (
          k < last &&
          isOrganization[entity] === 1 &&
          isPerson[acceptedEntities[k + 1] as number] === 1 &&
          opensOfficeTitle(text, start, end, acceptedStarts[k + 1] as number)
        ) {
          continue;
        }
        mentions.push({ entity: (entities[entity] as Entity).id, start, end, text: text.slice(start, end) });
      }
      return mentions;
    },
  };
}

/**
 * The raw first code units each pattern's case rules allow (as written, and ALL CAPS when
 * allowed, after the same normalisation as the text), so the trie skips words that cannot match.
 */
function startUnitsOf(entriesByPattern: readonly AliasEntry[][]): number[][] {
  const variants = normalizationVariants();
  return entriesByPattern.map((entries) => {
    const units = new Set<number>();
    for (const entry of entries) {
      units.add(entry.asWritten.charCodeAt(0));
      if (entry.upper !== undefined) units.add(entry.upper.charCodeAt(0));
    }
    // Text units that normalise to an allowed unit (e.g. ’ for ') may start a match too.
    for (const unit of [...units]) for (const raw of variants.get(unit) ?? []) units.add(raw);
    return [...units];
  });
}

/** normalised unit → the other raw units that normalise to it (spaces, apostrophes, hyphens). */
function normalizationVariants(): Map<number, number[]> {
  const { normalize } = charTables();
  const variants = new Map<number, number[]>();
  for (let raw = 0; raw < 0x10000; raw++) {
    const n = normalize[raw] as number;
    if (n === raw) continue;
    const list = variants.get(n);
    if (list) list.push(raw);
    else variants.set(n, [raw]);
  }
  return variants;
}

function chooseEntity(
  passing: readonly AliasEntry[],
  lastSeen: EntityMarks,
  lastSeenAt: Int32Array,
  namedUnambiguously: EntityMarks,
): number | undefined {
  if (passing.length <= 1) return passing[0]?.entity;
  const options = [...new Set(passing.map((entry) => entry.entity))];
  if (options.length <= 1) return options[0];
  let best: number | undefined;
  let bestAt = -1;
  for (const entity of options) {
    if (lastSeen.seen[entity] !== lastSeen.call) continue;
    const at = lastSeenAt[entity] as number;
    if (at > bestAt) {
      best = entity;
      bestAt = at;
    }
  }
  if (best !== undefined) return best;
  const named = options.filter((entity) => namedUnambiguously.seen[entity] === namedUnambiguously.call);
  return named.length === 1 ? named[0] : undefined;
}
