/** `compute` run at most once, on first use. */
export function lazy<T>(compute: () => T): () => T {
  let known: { value: T } | undefined;
  return () => {
    known ??= { value: compute() };
    return known.value;
  };
}

/**
 * `build(items[i], i)` for each index in range, each run at most once and only when asked for: a
 * table over every entity of a large pack costs its first call only the entities that call looks
 * at. Which items are built is a byte per item, so a call reads the value itself and no box around
 * it (a cache miss less per item on a large pack).
 */
export function perItem<I, T>(
  items: readonly I[],
  build: (item: I, index: number) => T,
): (index: number) => T {
  const built = new Uint8Array(items.length);
  const values = new Array<T>(items.length);
  return (index) => {
    if (built[index] !== 1) {
      values[index] = build(items[index] as I, index);
      built[index] = 1;
    }
    return values[index] as T;
  };
}
