/**
 * Native RegExp pre-scans of the Han recognizer (han.ts). A character class of many scattered code
 * units costs the native scan several times what a few ranges cost, so each finder tests the wide
 * ranges (Han, kana, CJK, surrogates) natively and lets JavaScript check the exact unit; the rare
 * other units get their own branches.
 */
import { unitEscape } from './chars';

export const NO_BUCKET = -1;
export type Bucket = { patterns: string[]; seconds: Set<number> };

/** Patterns grouped by first code unit (longest first), with the second units they continue with. */
export function firstUnitBuckets(patterns: readonly string[]): { bucketOf: Int32Array; buckets: Bucket[] } {
  const bucketOf = new Int32Array(0x10000).fill(NO_BUCKET);
  const buckets: Bucket[] = [];
  for (const pattern of patterns) {
    const first = pattern.charCodeAt(0);
    if (bucketOf[first] === NO_BUCKET) {
      bucketOf[first] = buckets.length;
      buckets.push({ patterns: [], seconds: new Set() });
    }
    const bucket = buckets[bucketOf[first] as number] as Bucket;
    bucket.patterns.push(pattern);
    bucket.seconds.add(pattern.charCodeAt(1));
  }
  for (const bucket of buckets) bucket.patterns.sort((a, b) => b.length - a.length);
  return { bucketOf, buckets };
}

/** Code units a native class tests as a few ranges (Han, kana, CJK, surrogates); JavaScript checks their buckets. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0xd800, 0xdfff],
];
const inWideRange = (unit: number) => WIDE_RANGES.some(([from, to]) => unit >= from && unit <= to);
const WIDE_CLASS = WIDE_RANGES.map(([from, to]) => `${unitEscape(from)}-${unitEscape(to)}`).join('');

/**
 * A RegExp (no `u` flag: it reads code units) finding every place where a pattern may start: any
 * unit of the wide ranges (a class of many scattered units costs the native scan several times
 * more; in a look-ahead it is read only there) before a second unit of a wide bucket, and any
 * other unit with a bucket when a second unit of that bucket follows ("T" only before "i" for
 * TikTok…, not before every "The"). It may find more than the bucketed starts: the
 * caller keeps a place only when its unit has a bucket and the next unit is one of its seconds.
 */
export function firstUnitFinder(bucketOf: Int32Array, buckets: readonly Bucket[]): RegExp {
  const branches: string[] = [];
  let wide = false;
  const wideSeconds = new Set<number>();
  for (let u = 0; u < bucketOf.length; u++) {
    const bucket = bucketOf[u] as number;
    if (bucket === NO_BUCKET) continue;
    if (inWideRange(u)) {
      wide = true;
      for (const second of (buckets[bucket] as Bucket).seconds) wideSeconds.add(second);
      continue;
    }
    const seconds = [...(buckets[bucket] as Bucket).seconds].filter((s) => !Number.isNaN(s));
    if (seconds.length > 0) branches.push(`${unitEscape(u)}(?=[${seconds.map(unitEscape).join('')}])`);
  }
  // A wide unit only before a second unit of some wide bucket: not at every Han character.
  const ahead = [...wideSeconds].some(Number.isNaN) ? '' : `(?=${unitClass([...wideSeconds])})`;
  if (wide) branches.unshift(`[${WIDE_CLASS}]${ahead}`);
  return new RegExp(branches.length === 0 ? '(?!)' : branches.join('|'), 'g');
}

/** The words (of a fixed list) that occur in a text: as `text.includes(word)` for each, from one native pre-scan. */
export function wordsPresentIn(words: Iterable<string>): (text: string) => Set<string> {
  const list = [...new Set(words)];
  const byFirst = new Map<number, string[]>();
  for (const word of list) {
    if (word.length === 0) continue;
    const first = word.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), word]);
  }
  const finder = presenceFinder(byFirst);
  return (text) => {
    const found = new Set(list.filter((word) => word.length === 0));
    finder.lastIndex = 0;
    while (found.size < list.length && finder.test(text)) {
      const at = finder.lastIndex - 1;
      for (const word of byFirst.get(text.charCodeAt(at)) ?? [])
        if (text.startsWith(word, at)) found.add(word);
    }
    return found;
  };
}

/**
 * The pre-scan of wordsPresentIn: the first units of `byFirst`'s words (the wide ranges as one
 * class), each looking ahead for a second unit of its words, so that Han text stops the native
 * scan only where a word may start, not at every Han character.
 */
function presenceFinder(byFirst: ReadonlyMap<number, readonly string[]>): RegExp {
  const secondsOf = (words: readonly string[]) =>
    words.some((word) => word.length < 2) ? '' : `(?=${unitClass(words.map((word) => word.charCodeAt(1)))})`;
  const wideWords = [...byFirst].filter(([unit]) => inWideRange(unit)).flatMap(([, words]) => words);
  const branches = [...byFirst]
    .filter(([unit]) => !inWideRange(unit))
    .map(([unit, words]) => `${unitEscape(unit)}${secondsOf(words)}`);
  if (wideWords.length > 0) branches.unshift(`[${WIDE_CLASS}]${secondsOf(wideWords)}`);
  return new RegExp(branches.length === 0 ? '(?!)' : branches.join('|'), 'g');
}

/** A RegExp class (no `u` flag) of exactly `units`. */
function unitClass(units: readonly number[]): string {
  return `[${[...new Set(units)].map(unitEscape).join('')}]`;
}
