/** `compute` run at most once, on first use. */
export function lazy<T>(compute: () => T): () => T {
  let known: { value: T } | undefined;
  return () => {
    known ??= { value: compute() };
    return known.value;
  };
}

/**
 * `build(items[i], i)` for each index, each run at most once and only when asked for: a table over
 * every entity of a large pack costs its first call only the entities that call looks at.
 */
export function perItem<I, T>(
  items: readonly I[],
  build: (item: I, index: number) => T,
): (index: number) => T {
  const known = new Array<{ value: T } | undefined>(items.length);
  return (index) => {
    let slot = known[index];
    if (slot === undefined) {
      slot = { value: build(items[index] as I, index) };
      known[index] = slot;
    }
    return slot.value;
  };
}
