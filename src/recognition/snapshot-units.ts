/**
 * Code units as a recognizer snapshot stores them (snapshot.ts, snapshot-trie.ts): one byte each
 * when every unit fits, which halves what IndexedDB reads on a wake (about 10 ms per MB,
 * docs/performance.md), and 16-bit units again on a restore, in one native copy.
 */

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
