/**
 * A compiled recognizer as data, so a background woken from sleep restores it instead of
 * compiling every alias again (a 10,000-entity pack takes about half a second to compile).
 *
 * The snapshot holds what compiling produced — the alias entries grouped by folded pattern and the
 * word trie's typed arrays — and the lexicon pack they were compiled from, in columns of typed
 * arrays and long strings (snapshot-columns.ts), so it can be stored in IndexedDB as it is and
 * read back cheaply. `restoreRecognizer` checks that the parts fit together and returns undefined
 * for anything else (a snapshot from another version, a damaged record): the caller then compiles.
 * A restored recognizer finds exactly the mentions a fresh compile finds (snapshot.test.ts).
 */
import type { Pack } from '../knowledge/schema';
import { type AliasEntry, type CompiledPack, compileAliases, startUnitsOf } from './aliases';
import { adoptCharTables, charTables } from './chars';
import { type Recognizer, recognizerFromParts } from './index';
import { NO_FORM, type PatternFacts, patternFacts } from './pattern-facts';
import {
  type EntryColumns,
  entriesFromColumns,
  entryColumns,
  fromColumn,
  isColumn,
  type PackColumns,
  packColumns,
  packFromColumns,
  type StringColumn,
  toColumn,
} from './snapshot-columns';
import { buildWordTrieTables, type WordTrieTables, wordTrieFromTables } from './word-trie';

/** Bumped whenever what compiling produces, or how it is stored, changes shape. */
export const SNAPSHOT_FORMAT = 4;

/**
 * Everything is typed arrays and a few long strings (snapshot-columns.ts): IndexedDB copies those
 * in one piece each, where tens of thousands of small objects, or their JSON, cost several times
 * more to read back and rebuild.
 */
export type RecognizerSnapshot = {
  format: number;
  /** The lexicon pack compiled. */
  pack: PackColumns;
  patterns: StringColumn;
  /** The alias entries of every pattern, without their `forms`. */
  entries: EntryColumns;
  trie: WordTrieTables;
  /** `patternFacts` of the entries, its `formUnits` the same array as the snapshot's. */
  facts: PatternFacts;
  /** Every entry's `forms`, in entry order, end to end; `formEnds[k]` ends entry k's. */
  formUnits: Uint16Array;
  formEnds: Uint32Array;
  /** A digest of the patterns, checked on restore. */
  patternsDigest: number;
  /** The character tables the patterns were folded with (chars.ts), adopted by a process that has none yet. */
  chars: ReturnType<typeof charTables>;
};

/** FNV-1a over the patterns (each ended by U+0000): cheap, and enough to catch a mismatch. */
function digestOf(patterns: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) hash = Math.imul(hash ^ pattern.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Compiles `pack` and returns the recognizer with its snapshot. */
export function compileWithSnapshot(pack: Pack): { recognizer: Recognizer; snapshot: RecognizerSnapshot } {
  const compiled = compileAliases(pack);
  const trie = buildWordTrieTables(
    compiled.patterns,
    startUnitsOf(compiled.entriesByPattern),
    startUnitsOf(compiled.entriesByPattern, true),
  );
  const forms = flatForms(compiled.entriesByPattern);
  const facts = sharedFormFacts(patternFacts(compiled.entriesByPattern), compiled.entriesByPattern, forms);
  const recognizer = recognizerFromParts(pack, compiled, wordTrieFromTables(trie), { facts });
  const snapshot: RecognizerSnapshot = {
    format: SNAPSHOT_FORMAT,
    pack: packColumns(pack),
    patterns: toColumn(compiled.patterns),
    entries: entryColumns(compiled.entriesByPattern),
    trie,
    facts,
    ...forms,
    patternsDigest: digestOf(compiled.patterns),
    chars: charTables(),
  };
  return { recognizer, snapshot };
}

/** An entry's own code units (as written, then ALL CAPS when allowed). */
function ownForms(entry: AliasEntry): Uint16Array {
  const at = entry.formAt ?? 0;
  return entry.forms.subarray(at, at + entry.asWritten.length * (entry.upper === undefined ? 1 : 2));
}

/** Every entry's forms end to end (entries in pattern order), and where each ends. */
function flatForms(entriesByPattern: readonly AliasEntry[][]): {
  formUnits: Uint16Array;
  formEnds: Uint32Array;
} {
  const entries = entriesByPattern.flatMap((list) => list.map(ownForms));
  const formEnds = new Uint32Array(entries.length);
  let total = 0;
  entries.forEach((forms, k) => {
    total += forms.length;
    formEnds[k] = total;
  });
  const formUnits = new Uint16Array(total);
  entries.forEach((forms, k) => {
    formUnits.set(forms, (formEnds[k] as number) - forms.length);
  });
  return { formUnits, formEnds };
}

/**
 * The same facts over the entries' flat forms: a single-entry pattern's forms (as written, then
 * ALL CAPS when allowed) are exactly its entry's, so they are not stored twice.
 */
function sharedFormFacts(
  facts: PatternFacts,
  entriesByPattern: readonly AliasEntry[][],
  forms: { formUnits: Uint16Array; formEnds: Uint32Array },
): PatternFacts {
  const formAt = new Int32Array(facts.formAt.length).fill(NO_FORM);
  let k = 0;
  entriesByPattern.forEach((entries, pattern) => {
    if (facts.formAt[pattern] !== NO_FORM) formAt[pattern] = k === 0 ? 0 : (forms.formEnds[k - 1] as number);
    k += entries.length;
  });
  return { ...facts, formAt, formUnits: forms.formUnits };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function trieFits(trie: unknown, patternCount: number): trie is WordTrieTables {
  return (
    isRecord(trie) &&
    trie.patternCount === patternCount &&
    trie.outPattern instanceof Int32Array &&
    trie.rootByRaw instanceof Uint32Array &&
    trie.edgeStart instanceof Uint32Array &&
    trie.edgeStart.length === (trie.stateCount as number) + 1 &&
    typeof trie.finderSource === 'string' &&
    typeof trie.mixedCaseFinderSource === 'string'
  );
}

function factsFit(facts: unknown, patternCount: number): facts is PatternFacts {
  return (
    isRecord(facts) &&
    facts.soleEntity instanceof Int32Array &&
    facts.soleEntity.length === patternCount &&
    facts.ruleFree instanceof Uint8Array &&
    facts.formAt instanceof Int32Array &&
    facts.formLength instanceof Int32Array &&
    facts.hasUpper instanceof Uint8Array &&
    facts.formUnits instanceof Uint16Array
  );
}

/** The compiled parts of a snapshot, or undefined when they do not fit together. */
function partsOf(snapshot: Record<string, unknown>): { pack: Pack; compiled: CompiledPack } | undefined {
  if (snapshot.format !== SNAPSHOT_FORMAT || !isColumn(snapshot.patterns)) return undefined;
  const pack = packFromColumns(snapshot.pack);
  if (pack === undefined) return undefined;
  const patterns = fromColumn(snapshot.patterns);
  if (snapshot.patternsDigest !== digestOf(patterns)) return undefined;
  if (!trieFits(snapshot.trie, patterns.length)) return undefined;
  const { formUnits, formEnds } = snapshot as Partial<RecognizerSnapshot>;
  if (!(formUnits instanceof Uint16Array) || !(formEnds instanceof Uint32Array)) return undefined;
  const entriesByPattern = entriesFromColumns(
    snapshot.entries,
    patterns.length,
    pack.entities.length,
    formUnits,
    formEnds,
  );
  if (entriesByPattern === undefined) return undefined;
  return { pack, compiled: { entities: pack.entities, patterns, entriesByPattern } };
}

/**
 * The recognizer a snapshot was taken of, and the lexicon pack it recognizes (ids, names, types,
 * aliases), or undefined when it is not a usable snapshot.
 */
export function restoreRecognizer(snapshot: unknown): { recognizer: Recognizer; pack: Pack } | undefined {
  if (!isRecord(snapshot)) return undefined;
  try {
    const parts = partsOf(snapshot);
    if (parts === undefined) return undefined;
    const { trie, facts } = snapshot as RecognizerSnapshot;
    if (!factsFit(facts, parts.compiled.patterns.length) || !adoptCharTables(snapshot.chars))
      return undefined;
    const recognizer = recognizerFromParts(parts.pack, parts.compiled, wordTrieFromTables(trie), { facts });
    return { recognizer, pack: parts.pack };
  } catch {
    return undefined;
  }
}
