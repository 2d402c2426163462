/**
 * A compiled recognizer as data, so a background woken from sleep restores it instead of
 * compiling every alias again (a 10,000-entity pack takes about half a second to compile).
 *
 * The snapshot holds what compiling produced — the alias entries grouped by folded pattern and the
 * word trie's edge lists — and the lexicon pack they were compiled from, in columns of typed
 * arrays and long strings (snapshot-columns.ts, snapshot-entries.ts, snapshot-trie.ts), so it can
 * be stored in IndexedDB as it is and read back cheaply. What can be derived in a pass over typed
 * arrays (the pattern facts, the trie's dense rows) is not stored, and the objects (entities'
 * aliases, a pattern's entries) are built when the recognizer first reads them.
 * `restoreRecognizer` checks that the parts fit together and returns undefined for anything else
 * (a snapshot from another version, a damaged record): the caller then compiles. A restored
 * recognizer finds exactly the mentions a fresh compile finds (snapshot.test.ts).
 */
import type { Pack } from '../knowledge/schema';
import { type AliasEntry, compileAliases, entryTable, startUnitsOf } from './aliases';
import { adoptCharTables, charTables } from './chars';
import { type Recognizer, recognizerFromParts } from './index';
import { NO_FORM, type PatternFacts, patternFacts } from './pattern-facts';
import { charTablesFromStored, type StoredCharTables, storedCharTables } from './snapshot-chars';
import { type EntityNames, type PackColumns, packColumns, packFromColumns } from './snapshot-columns';

export { type EntityNames, entityNamesOf } from './snapshot-columns';

import { type EntryColumns, entryColumns, entryTableFromColumns } from './snapshot-entries';
import { type StoredTrie, storedTrie, trieFromStored } from './snapshot-trie';
import { isRecord, narrowed, widened } from './snapshot-units';
import { buildWordTrieTables, wordTrieFromTables } from './word-trie';

/** Bumped whenever what compiling produces, or how it is stored, changes shape. */
export const SNAPSHOT_FORMAT = 11;

/**
 * Everything is typed arrays and a few long strings (snapshot-columns.ts): IndexedDB copies those
 * in one piece each, where tens of thousands of small objects, or their JSON, cost several times
 * more to read back and rebuild.
 */
export type RecognizerSnapshot = {
  format: number;
  /** The lexicon pack compiled, without its entities' ids and names (`EntityNames`). */
  pack: PackColumns;
  patternCount: number;
  /** The alias entries of every pattern, without their `forms`. */
  entries: EntryColumns;
  trie: StoredTrie;
  /**
   * Every entry's `forms`, in entry order, end to end; `formEnds[k]` ends entry k's. One byte per
   * unit when every unit fits (the common case: Han aliases are matched apart, han.ts).
   */
  formUnits: Uint8Array | Uint16Array;
  formEnds: Uint32Array;
  /** A digest of `formUnits`, checked on restore. */
  formsDigest: number;
  /** The character tables the patterns were folded with (chars.ts), adopted by a process that has none yet. */
  chars: StoredCharTables;
};

/** FNV-1a over the code units: cheap, and enough to catch a mismatch. */
function digestOf(units: Uint16Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < units.length; i++) hash = Math.imul(hash ^ (units[i] as number), 0x01000193);
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
  const matcher = wordTrieFromTables(trie);
  const recognizer = recognizerFromParts(pack, entryTable(compiled), matcher, () => facts);
  const snapshot: RecognizerSnapshot = {
    format: SNAPSHOT_FORMAT,
    pack: packColumns(pack),
    patternCount: compiled.patterns.length,
    entries: entryColumns(compiled.entriesByPattern),
    trie: storedTrie(trie),
    formUnits: narrowed(forms.formUnits),
    formEnds: forms.formEnds,
    formsDigest: digestOf(forms.formUnits),
    chars: storedCharTables(charTables()),
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

/** The recognizer and pack of a snapshot whose parts fit together, else undefined. */
function restored(
  snapshot: Record<string, unknown>,
  names: EntityNames,
): { recognizer: Recognizer; pack: Pack } | undefined {
  const { patternCount, formEnds } = snapshot as Partial<RecognizerSnapshot>;
  if (snapshot.format !== SNAPSHOT_FORMAT || typeof patternCount !== 'number') return undefined;
  const formUnits = widened(snapshot.formUnits);
  if (formUnits === undefined || !(formEnds instanceof Uint32Array)) return undefined;
  if (snapshot.formsDigest !== digestOf(formUnits)) return undefined;
  const trie = trieFromStored(snapshot.trie, patternCount);
  const pack = trie && packFromColumns(snapshot.pack, names);
  if (trie === undefined || pack === undefined) return undefined;
  const entries = entryTableFromColumns(
    snapshot.entries,
    patternCount,
    pack.entities.length,
    formUnits,
    formEnds,
  );
  if (entries === undefined || !adoptCharTables(charTablesFromStored(snapshot.chars))) return undefined;
  const recognizer = recognizerFromParts(pack, entries.table, wordTrieFromTables(trie), () => entries.facts);
  return { recognizer, pack };
}

/**
 * The recognizer a snapshot was taken of, and the lexicon pack it recognizes (ids, names, types,
 * aliases), or undefined when it is not a usable snapshot. `names`: the ids and names of the
 * pack's entities (`entityNamesOf(pack)`; the background takes them from its entity index).
 */
export function restoreRecognizer(
  snapshot: unknown,
  names: EntityNames,
): { recognizer: Recognizer; pack: Pack } | undefined {
  if (!isRecord(snapshot)) return undefined;
  try {
    return restored(snapshot, names);
  } catch {
    return undefined;
  }
}
