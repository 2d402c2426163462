/**
 * Where the Han recognizer (han.ts) looks: the text's Han runs, found by one native scan of a few
 * ranges (a class of many scattered units costs a native scan several times more), shared by the
 * pattern starts and the page-sense words, which JavaScript then reads only inside and just
 * before the runs (on English text with a few Han names, a few dozen units instead of two more
 * scans of the whole text).
 */
import { unitEscape } from './chars';

export const NO_BUCKET = -1;
/** A first unit's patterns (longest first), and by their second unit (each list longest first). */
export type Bucket = { patterns: string[]; seconds: Map<number, string[]> };

/** Patterns grouped by first code unit, then by second. */
export function firstUnitBuckets(patterns: readonly string[]): { bucketOf: Int32Array; buckets: Bucket[] } {
  const bucketOf = new Int32Array(0x10000).fill(NO_BUCKET);
  const buckets: Bucket[] = [];
  const longestFirst = (a: string, b: string) => b.length - a.length;
  for (const pattern of patterns) {
    const first = pattern.charCodeAt(0);
    if (bucketOf[first] === NO_BUCKET) {
      bucketOf[first] = buckets.length;
      buckets.push({ patterns: [], seconds: new Map() });
    }
    const bucket = buckets[bucketOf[first] as number] as Bucket;
    bucket.patterns.push(pattern);
    const second = pattern.charCodeAt(1);
    bucket.seconds.set(second, [...(bucket.seconds.get(second) ?? []), pattern]);
  }
  for (const bucket of buckets) {
    bucket.patterns.sort(longestFirst);
    for (const list of bucket.seconds.values()) list.sort(longestFirst);
  }
  return { bucketOf, buckets };
}

/**
 * The units of Han runs: the wide ranges (Han, kana, CJK, surrogates) and the halfwidth katakana,
 * so every unit of a space-less character (chars.ts SPACELESS_CHAR), less ・ (U+30FB), which
 * foldDots writes · before any run is read.
 */
const RUN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x30fa],
  [0x30fc, 0x9fff],
  [0xf900, 0xfaff],
  [0xd800, 0xdfff],
  [0xff66, 0xff9d],
];
const inRun = (unit: number) => RUN_RANGES.some(([from, to]) => unit >= from && unit <= to);
/** A RegExp class body (no `u` flag) of the run units. */
export const RUN_CLASS = RUN_RANGES.map(([from, to]) => `${unitEscape(from)}-${unitEscape(to)}`).join('');
const RUNS = new RegExp(`[${RUN_CLASS}]+`, 'g');

/** The text's maximal runs of run units, as [start, end, start, end, …]. */
export type Runs = readonly number[];

/** The runs of `text` (one native scan). */
export function runsOf(text: string): number[] {
  const runs: number[] = [];
  RUNS.lastIndex = 0;
  for (let match = RUNS.exec(text); match !== null; match = RUNS.exec(text))
    runs.push(match.index, RUNS.lastIndex);
  return runs;
}

/** Where a word's first run unit stands in it, or -1 when it holds none. */
function firstRunUnit(word: string): number {
  for (let k = 0; k < word.length; k++) if (inRun(word.charCodeAt(k))) return k;
  return -1;
}

/**
 * Places where words of a fixed list may start, read from the text's runs instead of a scan of
 * the whole text: a word whose first run unit is its first unit starts inside a run; one whose
 * first run unit comes after k other units (TikTok诉…) starts k units before a run opens, since
 * the unit before its first run unit is no run unit. Words with no run unit are looked up whole.
 */
class RunLeads {
  /** Unit → whether some word opens with it (k = 0). */
  private readonly opens = new Uint8Array(0x10000);
  /** First run unit → the k of the words led by k > 0 other units. */
  private readonly led = new Map<number, number[]>();
  readonly whole: string[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const k = firstRunUnit(word);
      if (k < 0) this.whole.push(word);
      else if (k === 0) this.opens[word.charCodeAt(0)] = 1;
      else {
        const unit = word.charCodeAt(k);
        const ks = this.led.get(unit) ?? [];
        if (!ks.includes(k)) ks.push(k);
        this.led.set(unit, ks);
      }
    }
  }

  /** Every place in `runs` where a word may start, in no set order (a place may repeat). */
  places(text: string, runs: Runs, visit: (at: number) => void): void {
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r] as number;
      const end = runs[r + 1] as number;
      if (this.led.size > 0)
        for (const k of this.led.get(text.charCodeAt(start)) ?? []) if (start >= k) visit(start - k);
      for (let i = start; i < end; i++) if (this.opens[text.charCodeAt(i)] === 1) visit(i);
    }
  }
}

/**
 * The places, in order, where a pattern of the buckets may start (its unit has a bucket and the
 * next unit is one of that bucket's seconds): every place where a pattern occurs is among them.
 */
export function patternStartFinder(
  bucketOf: Int32Array,
  buckets: readonly Bucket[],
): (text: string, runs: Runs) => number[] {
  const leads = new RunLeads(buckets.flatMap((bucket) => bucket.patterns));
  return (text, runs) => {
    const found: number[] = [];
    const last = text.length - 1;
    let sorted = true;
    const visit = (at: number) => {
      if (at >= last) return;
      const bucket = buckets[bucketOf[text.charCodeAt(at)] as number];
      if (bucket === undefined || !bucket.seconds.has(text.charCodeAt(at + 1))) return;
      const previous = found[found.length - 1];
      if (previous === at) return;
      if (previous !== undefined && previous > at) sorted = false;
      found.push(at);
    };
    for (const pattern of leads.whole)
      for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) visit(at);
    leads.places(text, runs, visit);
    return sorted ? found : [...new Set(found)].sort((a, b) => a - b);
  };
}

/** The words (of a fixed list) that occur in a text: as `text.includes(word)` for each, read from the text's runs. */
export function wordsPresentIn(words: Iterable<string>): (text: string, runs: Runs) => Set<string> {
  const list = [...new Set(words)];
  const byFirst = new Map<number, string[]>();
  for (const word of list) {
    if (word.length === 0) continue;
    const first = word.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), word]);
  }
  const leads = new RunLeads([...byFirst.values()].flat());
  return (text, runs) => {
    const found = new Set(list.filter((word) => word.length === 0));
    for (const word of leads.whole) if (text.includes(word)) found.add(word);
    leads.places(text, runs, (at) => {
      for (const word of byFirst.get(text.charCodeAt(at)) ?? [])
        if (text.startsWith(word, at)) found.add(word);
    });
    return found;
  };
}
