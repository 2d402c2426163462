/** The browsers a many-tabs round opens, and their order per round. Pure: no browser. */

export type TabConfig = { name: string; dir: string | undefined; prefix: string };

/** Highlight names of Backstory's builds start with this. */
const BACKSTORY_PREFIX = 'backstory-';

/**
 * No extension, the naive highlighter, Backstory's build (`ours`) and, when given, a second build
 * (`other`, named `backstory-b`): an A/B measured in the same rounds, at the same load.
 */
export function tabConfigs(
  naive: { dir: string; prefix: string },
  ours: string,
  other?: string,
): TabConfig[] {
  return [
    { name: 'none', dir: undefined, prefix: 'none' },
    { name: 'naive', dir: naive.dir, prefix: naive.prefix },
    { name: 'backstory', dir: ours, prefix: BACKSTORY_PREFIX },
    ...(other === undefined ? [] : [{ name: 'backstory-b', dir: other, prefix: BACKSTORY_PREFIX }]),
  ];
}

/** Round 1 opens the configs in order, round 2 in reverse, and so on. */
export function roundOrder<T>(configs: readonly T[], round: number): T[] {
  return round % 2 === 1 ? [...configs] : [...configs].reverse();
}
