/**
 * The nearest-rank percentile the benches print: the value at index floor(n × p) of the sorted
 * values (the largest for p = 1), or `empty` when there are none.
 */
export function percentile(values: readonly number[], p: number, empty = Number.NaN): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? empty;
}
