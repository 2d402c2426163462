/**
 * What the recognizer snapshot modules (snapshot.ts, snapshot-trie.ts, snapshot-columns.ts) share
 * for reading stored values. Code units are stored one byte each when every unit fits, which
 * halves what IndexedDB reads on a wake (about 10 ms per MB, docs/performance.md), and widened to
 * 16-bit units again on a restore, in one native copy.
 */

/** True for any object a stored value may be read from (not null, not a primitive). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `units` in one byte each when every one fits, else as they are. */
export function narrowed(units: Uint16Array): Uint8Array | Uint16Array {
  for (let i = 0; i < units.length; i++) if ((units[i] as number) > 0xff) return units;
  return Uint8Array.from(units);
}

/** Stored units as 16-bit units again, or undefined for anything else. */
export function widened(value: unknown): Uint16Array | undefined {
  if (value instanceof Uint16Array) return value;
  return value instanceof Uint8Array ? new Uint16Array(value) : undefined;
}
