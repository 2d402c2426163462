/**
 * The character tables (chars.ts) as a recognizer snapshot stores them: the fold table whole (128
 * KB), the normalize table as what differs from the identity (28 units normalize to another in
 * today's engines) and the word classes as runs (863). IndexedDB reads a woken background's
 * snapshot at about 10 ms per MB (docs/performance.md); the normalize table is the fold table
 * with the units that fold (1,208) put back and its own changes made, a native copy and a few
 * thousand writes, where building an identity table to apply changes to is a loop over 65,536
 * units that a freshly woken worker runs unoptimized. The restore checks that the lists fit
 * together; any other value gives undefined, and the snapshot is not used.
 */
import type { CharTables } from './chars';

const CODE_UNITS = 0x10000;

export type StoredCharTables = {
  /** The code units `normalize` does not map to themselves, ascending, and what it maps them to. */
  normalizeAt: Uint16Array;
  normalizeTo: Uint16Array;
  fold: Uint16Array;
  /** The code units `fold` does not map to themselves, ascending. */
  foldAt: Uint16Array;
  /** Where each run of one word class starts (the first at 0, ascending), and that class. */
  classStarts: Uint16Array;
  classes: Uint8Array;
};

function changes(table: Uint16Array): { at: Uint16Array; to: Uint16Array } {
  const at: number[] = [];
  for (let c = 0; c < table.length; c++) if (table[c] !== c) at.push(c);
  return { at: Uint16Array.from(at), to: Uint16Array.from(at, (c) => table[c] as number) };
}

export function storedCharTables(tables: CharTables): StoredCharTables {
  const normalize = changes(tables.normalize);
  const starts: number[] = [];
  const { wordClass } = tables;
  for (let c = 0; c < wordClass.length; c++) if (c === 0 || wordClass[c] !== wordClass[c - 1]) starts.push(c);
  return {
    normalizeAt: normalize.at,
    normalizeTo: normalize.to,
    fold: tables.fold,
    foldAt: changes(tables.fold).at,
    classStarts: Uint16Array.from(starts),
    classes: Uint8Array.from(starts, (c) => wordClass[c] as number),
  };
}

function isStored(value: unknown): value is StoredCharTables {
  const t = value as Partial<StoredCharTables> | undefined;
  return (
    t?.normalizeAt instanceof Uint16Array &&
    t.normalizeTo instanceof Uint16Array &&
    t.fold instanceof Uint16Array &&
    t.foldAt instanceof Uint16Array &&
    t.classStarts instanceof Uint16Array &&
    t.classes instanceof Uint8Array &&
    t.normalizeAt.length === t.normalizeTo.length &&
    t.fold.length === CODE_UNITS &&
    t.classStarts.length === t.classes.length &&
    t.classStarts.length > 0 &&
    t.classStarts[0] === 0
  );
}

/** The identity with `at[k]` mapped to `to[k]`, from `fold` and the units that fold (`foldAt`). */
function normalizeTable(
  fold: Uint16Array,
  foldAt: Uint16Array,
  at: Uint16Array,
  to: Uint16Array,
): Uint16Array {
  const table = fold.slice();
  for (let k = 0; k < foldAt.length; k++) table[foldAt[k] as number] = foldAt[k] as number;
  for (let k = 0; k < at.length; k++) table[at[k] as number] = to[k] as number;
  return table;
}

/** The tables `storedCharTables` stored, or undefined when `value` is not such a set. */
export function charTablesFromStored(value: unknown): CharTables | undefined {
  if (!isStored(value)) return undefined;
  const { classStarts, classes } = value;
  const wordClass = new Uint8Array(CODE_UNITS);
  for (let k = 0; k < classStarts.length; k++) {
    const end = k + 1 < classStarts.length ? (classStarts[k + 1] as number) : CODE_UNITS;
    if (end <= (classStarts[k] as number)) return undefined;
    wordClass.fill(classes[k] as number, classStarts[k], end);
  }
  const { fold, foldAt } = value;
  return { normalize: normalizeTable(fold, foldAt, value.normalizeAt, value.normalizeTo), fold, wordClass };
}
