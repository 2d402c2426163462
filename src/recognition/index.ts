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
import { CHAR, charTables, foldPhrase, isAnySpace, normalizePhrase, spaceRunEnd } from './chars';
import { followedByAny, precededByAny, type SentenceIndex, sentenceIndex } from './context';
import { titleOrganizationIndexes } from './titles';
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

type Candidate = { start: number; end: number; pattern: number };

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

/** True when text[start, end) equals `form` up to white-space runs and apostrophe/space variants. */
function sameCase(text: string, start: number, end: number, form: string): boolean {
  const { normalize } = charTables();
  let i = start;
  for (let k = 0; k < form.length; k++) {
    const want = form.charCodeAt(k);
    const unit = text.charCodeAt(i);
    if (i >= end || (normalize[unit] !== want && !(want === CHAR.SPACE && isAnySpace(unit)))) return false;
    i++;
    if (want === CHAR.SPACE) i = Math.min(spaceRunEnd(text, i), end);
  }
  return i === end;
}

function caseAllows(text: string, c: Candidate, entry: AliasEntry): boolean {
  return (
    sameCase(text, c.start, c.end, entry.asWritten) ||
    (entry.upper !== undefined && sameCase(text, c.start, c.end, entry.upper))
  );
}

function contextAllows(
  text: string,
  c: Candidate,
  entry: AliasEntry,
  fullySeen: ReadonlySet<number>,
  sentences: SentenceIndex,
): boolean {
  if (entry.afterFullName && !fullySeen.has(entry.entity)) return false;
  if (entry.notFollowedBy.length > 0 && followedByAny(text, c.end, entry.notFollowedBy)) return false;
  if (entry.notPrecededBy.length > 0 && precededByAny(text, c.start, entry.notPrecededBy)) return false;
  if (
    entry.notInSentenceWith.length > 0 &&
    sentences.sentenceContainsAny(c.start, c.end, entry.notInSentenceWith)
  ) {
    return false;
  }
  return true;
}

function byStartThenLongest(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

export function compileRecogniser(pack: Pack, options: RecogniserOptions = {}): Recogniser {
  const compiled = compileAliases(pack);
  const matcher: PatternMatcher =
    options.matcher === 'aho-corasick'
      ? buildAutomaton(compiled.patterns)
      : buildWordTrie(compiled.patterns, startUnitsOf(compiled.entriesByPattern));
  const { entities, entriesByPattern } = compiled;
  const entityCountOf = entriesByPattern.map((entries) => new Set(entries.map((e) => e.entity)).size);

  return {
    recognise(text: string): Mention[] {
      const candidates: Candidate[] = [];
      matcher.scan(text, (pattern, start, end) => {
        if (!passesWordBoundaries(text, start, end)) return;
        const entries = entriesByPattern[pattern] as AliasEntry[];
        const c = { start, end, pattern };
        if (entries.some((entry) => caseAllows(text, c, entry))) candidates.push(c);
      });
      candidates.sort(byStartThenLongest);

      // Entities the text names by an alias no other entity shares: evidence for ambiguous aliases.
      const namedUnambiguously = new Set<number>();
      for (const c of candidates) {
        if (entityCountOf[c.pattern] === 1) {
          namedUnambiguously.add((entriesByPattern[c.pattern] as AliasEntry[])[0]?.entity as number);
        }
      }

      const fullySeen = new Set<number>();
      const sentences = sentenceIndex(text);
      const passingEntries = (c: Candidate, seen: ReadonlySet<number>): AliasEntry[] =>
        (entriesByPattern[c.pattern] as AliasEntry[]).filter(
          (entry) => caseAllows(text, c, entry) && contextAllows(text, c, entry, seen, sentences),
        );
      const lastSeenAt = new Map<number, number>();
      const accepted: { start: number; end: number; entity: number }[] = [];
      let coveredUpTo = 0;
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i] as Candidate;
        if (c.start < coveredUpTo) continue;
        const passing = passingEntries(c, fullySeen);
        const entity = chooseEntity(passing, lastSeenAt, namedUnambiguously);
        if (entity === undefined) continue;
        // A later overlapping candidate for the SAME entity extends the mention:
        // "Vice Premier He" + "He Lifeng" → "Vice Premier He Lifeng".
        let end = c.end;
        for (let j = i + 1; j < candidates.length && (candidates[j] as Candidate).start < end; j++) {
          const later = candidates[j] as Candidate;
          if (later.end > end && passingEntries(later, fullySeen).some((entry) => entry.entity === entity)) {
            end = later.end;
          }
        }
        accepted.push({ start: c.start, end, entity });
        coveredUpTo = end;
        lastSeenAt.set(entity, c.start);
        if (passing.some((entry) => entry.entity === entity && !entry.afterFullName)) fullySeen.add(entity);
      }

      const spans = accepted.map((m) => {
        const type = (entities[m.entity] as Entity).type;
        return {
          start: m.start,
          end: m.end,
          isOrganization: type === 'organization',
          isPerson: type === 'person',
        };
      });
      const dropped = titleOrganizationIndexes(text, spans);
      const mentions: Mention[] = [];
      accepted.forEach((m, index) => {
        if (dropped.has(index)) return;
        mentions.push({
          entity: (entities[m.entity] as Entity).id,
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
        });
      });
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
  lastSeenAt: ReadonlyMap<number, number>,
  namedUnambiguously: ReadonlySet<number>,
): number | undefined {
  if (passing.length <= 1) return passing[0]?.entity;
  const options = [...new Set(passing.map((entry) => entry.entity))];
  if (options.length <= 1) return options[0];
  let best: number | undefined;
  let bestAt = -1;
  for (const entity of options) {
    const at = lastSeenAt.get(entity);
    if (at !== undefined && at > bestAt) {
      best = entity;
      bestAt = at;
    }
  }
  if (best !== undefined) return best;
  const named = options.filter((entity) => namedUnambiguously.has(entity));
  return named.length === 1 ? named[0] : undefined;
}
