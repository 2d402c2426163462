/**
 * Sorting that skips the sort where the order is already right. Array.prototype.sort is stable,
 * so an array already in order under `compare` comes out unchanged, and a stable sort of `a`
 * followed by `b` is the stable merge of both sorted lists, `a`'s item first on a tie. The Han
 * pass's candidate and mention lists arrive in order or nearly so (han.ts, han-merge.ts).
 */

/** `items` in a stable sort's order under `compare`: `items` itself when already in order, else a sorted copy. */
export function sortedBy<T>(items: T[], compare: (x: T, y: T) => number): T[] {
  return inOrder(items, compare) ? items : [...items].sort(compare);
}

/** Whether no item of `items` compares after the next one. */
export function inOrder<T>(items: readonly T[], compare: (x: T, y: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  return true;
}

/** `[...a, ...b].sort(compare)`, merging the two lists sorted on their own. */
export function mergedBy<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const left = inOrder(a, compare) ? a : [...a].sort(compare);
  const right = inOrder(b, compare) ? b : [...b].sort(compare);
  const all: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (compare(left[i] as T, right[j] as T) <= 0) all.push(left[i++] as T);
    else all.push(right[j++] as T);
  }
  while (i < left.length) all.push(left[i++] as T);
  while (j < right.length) all.push(right[j++] as T);
  return all;
}
