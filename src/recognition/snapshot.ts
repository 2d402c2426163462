/**
 * A compiled recognizer as data, so a background woken from sleep restores it instead of
 * compiling every alias again (a 10,000-entity pack takes about half a second to compile).
 *
 * The snapshot holds what compiling produced — the alias entries grouped by folded pattern and the
 * word trie's typed arrays — and the lexicon pack they were compiled from. Everything in it is
 * structured-cloneable (strings and typed arrays), so it can be stored in IndexedDB as it is. `restoreRecognizer` checks that the parts fit together and returns undefined for
 * anything else (a snapshot from another version, a damaged record): the caller then compiles.
 * A restored recognizer finds exactly the mentions a fresh compile finds (snapshot.test.ts).
 */
import type { Pack } from '../knowledge/schema';
import { type AliasEntry, type CompiledPack, compileAliases, startUnitsOf } from './aliases';
import { type Recognizer, recognizerFromParts } from './index';
import { type PatternFacts, patternFacts } from './pattern-facts';
import { buildWordTrieTables, type WordTrieTables, wordTrieFromTables } from './word-trie';

/** Bumped whenever what compiling produces changes shape. */
export const SNAPSHOT_FORMAT = 1;

/**
 * Object graphs (the lexicon pack, the alias entries) are kept as JSON text: reading a long
 * string back from storage and parsing it is several times faster than structured-cloning tens of
 * thousands of small objects. The trie's typed arrays are stored as they are.
 */
export type RecognizerSnapshot = {
  format: number;
  /** The lexicon pack compiled, as JSON. */
  packJson: string;
  /** `[patterns, entriesByPattern]` as JSON, each entry without its `forms` (rebuilt on restore). */
  entriesJson: string;
  trie: WordTrieTables;
  /** `patternFacts` of the entries. */
  facts: PatternFacts;
  /** Every entry's `forms`, in entry order, end to end; `formEnds[k]` ends entry k's. */
  formUnits: Uint16Array;
  formEnds: Uint32Array;
  /** A digest of the patterns, checked on restore. */
  patternsDigest: number;
};

type StoredEntry = Omit<AliasEntry, 'forms'>;

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
  const trie = buildWordTrieTables(compiled.patterns, startUnitsOf(compiled.entriesByPattern));
  const facts = patternFacts(compiled.entriesByPattern);
  const recognizer = recognizerFromParts(pack, compiled, wordTrieFromTables(trie), { facts });
  const stored = compiled.entriesByPattern.map((entries) =>
    entries.map(({ forms: _forms, ...entry }) => entry),
  );
  const snapshot: RecognizerSnapshot = {
    format: SNAPSHOT_FORMAT,
    packJson: JSON.stringify(pack),
    entriesJson: JSON.stringify([compiled.patterns, stored]),
    trie,
    facts,
    ...flatForms(compiled.entriesByPattern),
    patternsDigest: digestOf(compiled.patterns),
  };
  return { recognizer, snapshot };
}

/** Every entry's forms end to end (entries in pattern order), and where each ends. */
function flatForms(entriesByPattern: readonly AliasEntry[][]): {
  formUnits: Uint16Array;
  formEnds: Uint32Array;
} {
  const entries = entriesByPattern.flat();
  const formEnds = new Uint32Array(entries.length);
  let total = 0;
  entries.forEach((entry, k) => {
    total += entry.forms.length;
    formEnds[k] = total;
  });
  const formUnits = new Uint16Array(total);
  entries.forEach((entry, k) => {
    formUnits.set(entry.forms, (formEnds[k] as number) - entry.forms.length);
  });
  return { formUnits, formEnds };
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
    typeof trie.finderSource === 'string'
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
  if (snapshot.format !== SNAPSHOT_FORMAT) return undefined;
  if (typeof snapshot.packJson !== 'string' || typeof snapshot.entriesJson !== 'string') return undefined;
  const pack = JSON.parse(snapshot.packJson) as Pack;
  const [patterns, stored] = JSON.parse(snapshot.entriesJson) as [string[], StoredEntry[][]];
  if (!Array.isArray(pack?.entities) || !Array.isArray(patterns) || !Array.isArray(stored)) return undefined;
  if (stored.length !== patterns.length || snapshot.patternsDigest !== digestOf(patterns)) return undefined;
  if (!trieFits(snapshot.trie, patterns.length)) return undefined;
  const entityCount = pack.entities.length;
  const { formUnits, formEnds } = snapshot as Partial<RecognizerSnapshot>;
  if (!(formUnits instanceof Uint16Array) || !(formEnds instanceof Uint32Array)) return undefined;
  // The parsed entries become AliasEntry objects in place (no copies): `forms` is a view.
  let k = 0;
  for (const entries of stored) {
    for (const entry of entries as AliasEntry[]) {
      if (!(entry.entity >= 0 && entry.entity < entityCount) || k >= formEnds.length) return undefined;
      entry.forms = formUnits.subarray(k === 0 ? 0 : formEnds[k - 1], formEnds[k]);
      k++;
    }
  }
  if (k !== formEnds.length) return undefined;
  const entriesByPattern = stored as AliasEntry[][];
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
    if (!factsFit(facts, parts.compiled.patterns.length)) return undefined;
    const recognizer = recognizerFromParts(parts.pack, parts.compiled, wordTrieFromTables(trie), { facts });
    return { recognizer, pack: parts.pack };
  } catch {
    return undefined;
  }
}
