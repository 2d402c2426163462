/**
 * For recognition-ab.ts: whether two recognizers give the same mentions, on the texts the A/B
 * times and on random texts dense with the traps the page rules read (name words beside other
 * capitalized words, titles, possessives, relatives, headlines, ALL CAPS and lower-case runs).
 */
import { aliasRule, type Pack } from '../../src/knowledge/schema';
import { NEWS_WORDS, pick, random } from './recognition';

type Recognize = (text: string) => readonly { entity: string; start: number; end: number }[];

const NAME_LIKE = ['Keith', 'Maria', 'Eric', 'Jr.', 'Li', 'Wang', 'Carter', 'Okafor', 'Oracle', 'Tower'];
const AROUND = [
  'President',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Secretary',
  'Minister',
  'Vice Premier',
  'Commerce',
  'Treasury',
  'Department',
  'administration',
  'son of',
  'his brother,',
  'father',
  'of',
  'the',
  'de',
  'He',
  'said',
  'HM',
  "India's",
];
const GLUES = [
  ' ',
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '.\n',
  '\n\n',
  ' - ',
  ' \u2014 ',
  ' "',
  '" ',
  ' (',
  ') ',
  "'s ",
  '\u2019s ',
];

/** Every alias and every word of every alias of the pack. */
function aliasPool(pack: Pack): string[] {
  const texts = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text));
  return [...texts, ...texts.flatMap((t) => t.split(/\s+/))];
}

function variant(word: string, rnd: () => number): string {
  const r = rnd();
  if (r < 0.04) return word.toUpperCase();
  if (r < 0.08) return word.toLowerCase();
  return word;
}

/** A random text of `words` words: one in four from the pack's aliases or their words. */
export function trapText(pool: readonly string[], words: number, seed: number): string {
  const rnd = random(seed);
  const parts: string[] = [];
  // Whole lines in capitals or lower case now and then (headlines, lower-case blocks).
  let lineCase = 0;
  for (let i = 0; i < words; i++) {
    const r = rnd();
    let word =
      r < 0.25
        ? pick(pool, rnd)
        : r < 0.4
          ? pick(NAME_LIKE, rnd)
          : r < 0.6
            ? pick(AROUND, rnd)
            : pick(NEWS_WORDS, rnd);
    word = variant(word, rnd);
    if (lineCase === 1) word = word.toUpperCase();
    if (lineCase === 2) word = word.toLowerCase();
    const glue = pick(GLUES, rnd);
    parts.push(word, glue);
    if (glue.includes('\n')) lineCase = rnd() < 0.1 ? 1 : rnd() < 0.1 ? 2 : 0;
  }
  return parts.join('');
}

export type SameReport = { texts: number; differing: number; example?: string };

/** Compares two recognizers on `texts` plus `randomCount` trap texts of the pack. */
export function compareMentions(
  a: Recognize,
  b: Recognize,
  pack: Pack,
  texts: readonly string[],
  randomCount: number,
): SameReport {
  const pool = aliasPool(pack);
  const all = [...texts];
  for (let seed = 1; seed <= randomCount; seed++) all.push(trapText(pool, 50 + ((seed * 37) % 600), seed));
  let differing = 0;
  let example: string | undefined;
  for (const text of all) {
    const left = JSON.stringify(a(text));
    const right = JSON.stringify(b(text));
    if (left === right) continue;
    differing++;
    example ??= firstDifference(text, a(text), b(text));
  }
  return { texts: all.length, differing, example };
}

function firstDifference(
  text: string,
  left: readonly { entity: string; start: number; end: number }[],
  right: readonly { entity: string; start: number; end: number }[],
): string {
  const key = (m: { entity: string; start: number; end: number }) => `${m.entity}@${m.start}-${m.end}`;
  const leftKeys = new Set(left.map(key));
  const rightKeys = new Set(right.map(key));
  const onlyLeft = left.filter((m) => !rightKeys.has(key(m)));
  const onlyRight = right.filter((m) => !leftKeys.has(key(m)));
  const m = onlyLeft[0] ?? onlyRight[0];
  const near = m === undefined ? '' : text.slice(Math.max(0, m.start - 60), m.end + 60);
  return `only in the tree: ${onlyLeft.map(key).join(' ')}; only here: ${onlyRight.map(key).join(' ')}; near "${near}"`;
}
