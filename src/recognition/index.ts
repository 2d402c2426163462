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
 * Also: aliases.ts, letter-case.ts, pattern-facts.ts, candidates.ts, context.ts, rules.ts. Pure
 * TypeScript, no DOM, no compromise (unknown-names.ts). Measurements: docs/recognition.md.
 */
import type { Pack } from '../knowledge/schema';
import { compileAliases, type EntryTable, entryTable, startUnitsOf } from './aliases';
import { withHanScript } from './han-merge';
import { lazy } from './lazy';
import type { Recognizer } from './mention';
import { PackRecognizer } from './pack-recognizer';
import type { FullNameFinder, TraceEvent } from './page-rules';
import { type PatternFacts, patternFacts } from './pattern-facts';
import { buildWordTrie, type PatternMatcher } from './word-trie';

export { type CompiledPack, compileAliases, type EntryTable, entryTable } from './aliases';

export type { Mention, Recognizer, TraceEvent } from './mention';

/** ʼ MODIFIER LETTER APOSTROPHE, which some sites type for an apostrophe (chars.ts). */
const MODIFIER_APOSTROPHE = '\u02bc';
/**
 * Builds the pattern matcher that finds candidates from the folded patterns and, per pattern, the
 * raw code units a match may start with (a hint a matcher may ignore). The default is the word
 * trie (word-trie.ts); any matcher reporting the same occurrences yields the same mentions.
 */
export type MatcherBuilder = (
  patterns: readonly string[],
  startUnits: readonly (readonly number[])[],
  mixedCaseStartUnits: readonly (readonly number[])[],
) => PatternMatcher;
/** `fullNames` replaces name structure as coreference's source of other full names (measurement only). */
export type RecognizerOptions = { buildMatcher?: MatcherBuilder; fullNames?: FullNameFinder };

export function compileRecognizer(pack: Pack, options: RecognizerOptions = {}): Recognizer {
  const compiled = compileAliases(pack);
  const buildMatcher = options.buildMatcher ?? buildWordTrie;
  const matcher = buildMatcher(
    compiled.patterns,
    startUnitsOf(compiled.entriesByPattern),
    startUnitsOf(compiled.entriesByPattern, true),
  );
  const facts = lazy(() => patternFacts(compiled.entriesByPattern));
  return recognizerFromParts(pack, entryTable(compiled), matcher, facts, options.fullNames);
}

/**
 * A recognizer from parts compiled earlier: `compileRecognizer` builds them, snapshot.ts restores
 * them from a cache. `table` must hold the entries of `compileAliases(pack)`, `matcher` be built
 * from its patterns and `facts` give `patternFacts` of its entries.
 */
export function recognizerFromParts(
  pack: Pack,
  table: EntryTable,
  matcher: PatternMatcher,
  facts: () => PatternFacts,
  fullNames?: FullNameFinder,
): Recognizer {
  let trace: ((event: TraceEvent) => void) | undefined;
  // The per-entity tables (name facts, the Chinese recognizer) are built on the first call: a
  // background woken only for a card or the popup never recognizes, so it never builds them.
  const merged = lazy(() => {
    const spaced = new PackRecognizer(
      pack.entities,
      table,
      facts(),
      matcher,
      pack.storyWords ?? [],
      fullNames,
    );
    // Chinese (space-less) aliases are matched by han.ts and joined with the word-based mentions.
    return withHanScript(pack, (text, namedElsewhere) => spaced.recognize(text, trace, namedElsewhere));
  });
  return {
    recognize(text, listener) {
      trace = listener;
      try {
        // ʼ (U+02BC) is a letter to Unicode, so every rule's RegExp would read it inside a word:
        // the rules read it as the apostrophe it stands for (one code unit for one, same offsets).
        if (!text.includes(MODIFIER_APOSTROPHE)) return merged()(text);
        const mentions = merged()(text.replaceAll(MODIFIER_APOSTROPHE, "'"));
        return mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
      } finally {
        trace = undefined;
      }
    },
  };
}
