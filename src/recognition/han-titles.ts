/**
 * Chinese office titles: "国务院副总理何立峰" and "美国财政部长贝森特" are ONE mention of the
 * person. Chinese writes the title (and the country or body it belongs to) directly before the
 * name, with no space; the mention is extended back over it, and an organization mention inside
 * that span (美国财政部) is part of the title, not a mention of its own.
 *
 * As in English (titles.ts), only government office titles count: in "英伟达首席执行官黄仁勋"
 * the company stays a mention of its own.
 */
import type { Entity } from '../knowledge/schema';
import { ministerTitleAfter } from './han-countries';
import type { Accepted } from './han-sweep';

/** Office titles, Simplified and Traditional, longest first when they share an ending. */
const OFFICE_TITLES: readonly string[] = [
  '国际贸易谈判代表',
  '國際貿易談判代表',
  '国家主席',
  '國家主席',
  '财政部长',
  '財政部長',
  '商务部长',
  '商務部長',
  '贸易代表',
  '貿易代表',
  '谈判代表',
  '談判代表',
  '副总理',
  '副總理',
  '副总统',
  '副總統',
  '副部长',
  '副部長',
  '国务卿',
  '國務卿',
  '发言人',
  '發言人',
  '牵头人',
  '牽頭人',
  '总理',
  '總理',
  '总统',
  '總統',
  '主席',
  '部长',
  '部長',
  '财长',
  '財長',
  '代表',
  '大使',
  '特使',
].sort((a, b) => b.length - a.length);

/** Words that may stand before an office title inside it: country, body, tenure, a joining 兼. */
const TITLE_QUALIFIERS: readonly string[] = [
  '中共中央政治局委员',
  '中共中央政治局委員',
  '国务院',
  '國務院',
  '美国',
  '美國',
  '中国',
  '中國',
  '大陆',
  '大陸',
  '美方',
  '中方',
  '候任',
  '前任',
  '时任',
  '時任',
  '现任',
  '現任',
  '新任',
  '兼',
  '前',
  '美',
].sort((a, b) => b.length - a.length);

function endsWithAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

function strip(text: string, end: number, words: readonly string[]): number {
  for (const word of words) if (endsWithAt(text, end, word)) return end - word.length;
  return end;
}

/** Where the office title written right before `nameStart` begins; `nameStart` when there is none. */
export function officeTitleStart(text: string, nameStart: number): number {
  let at = nameStart;
  let sawTitle = false;
  for (;;) {
    const afterTitle = strip(text, at, OFFICE_TITLES);
    if (afterTitle < at) {
      at = afterTitle;
      sawTitle = true;
      continue;
    }
    if (!sawTitle) return nameStart;
    const afterQualifier = strip(text, at, TITLE_QUALIFIERS);
    if (afterQualifier === at) return at;
    at = afterQualifier;
  }
}

/** Qualifiers right before `start` (中国 before 商务部 inside "中国商务部副部长"). */
export function qualifierStart(text: string, start: number): number {
  let at = start;
  for (;;) {
    const next = strip(text, at, TITLE_QUALIFIERS);
    if (next === at) return at;
    at = next;
  }
}

/** Own-office titles are this long at least: shorter ones (代表, 部长, 主席) are held by too many people. */
const MIN_OWN_OFFICE = 3;
/** Verbs that join a name to the office after it (万斯担任副总统). */
const LINKING_VERBS: readonly string[] = ['担任', '擔任', '出任', '当选', '當選', '成为', '成為', '任'];
/** Where the first clause of a description ends: the office, before what the person did in it. */
const CLAUSE_END = /[；;。，,]/;

/**
 * The office titles an entity holds by its Chinese descriptions (pack data): 副总统 for
 * "美国副总统；主导了…", 贸易代表 for "2025年2月起任美国贸易代表；…".
 */
export function ownOfficesOf(entity: Entity): string[] {
  const clauses = Object.values(entity.translations ?? {}).map(
    (t) => (t.description ?? '').split(CLAUSE_END)[0] ?? '',
  );
  return OFFICE_TITLES.filter((t) => t.length >= MIN_OWN_OFFICE && clauses.some((c) => c.includes(t)));
}

/**
 * Whether a person's mention at [start, end) (its office title already folded in) stands beside
 * one of the person's own offices: 美國副總統范斯, 万斯担任副总统. A namesake seldom holds the office.
 */
export function besideOwnOffice(
  text: string,
  start: number,
  end: number,
  offices: readonly string[],
): boolean {
  if (offices.length === 0) return false;
  const mention = text.slice(start, end);
  if (offices.some((o) => mention.includes(o))) return true;
  const verb = LINKING_VERBS.find((v) => text.startsWith(v, end));
  const after = end + (verb?.length ?? 0);
  return offices.some((o) => text.startsWith(o, after));
}

const MINISTRY = '部';
const HEAD = ['长', '長'];

/** "商务部长" / "財政部長": a ministry name fused with 长 is a minister's title, not the ministry. */
export function fusedWithHead(text: string, aliasEnd: number): boolean {
  return text[aliasEnd - 1] === MINISTRY && HEAD.includes(text[aliasEnd] ?? '');
}

/**
 * Extends each person mention over the office title before it, absorbing organizations inside it;
 * then drops ministries that only open a minister's title written apart (商务部部长钟山,
 * 美国商务部部长骆家辉: the title, not the ministry).
 */
export function foldTitles(
  text: string,
  accepted: readonly Accepted[],
  entities: readonly Entity[],
): Accepted[] {
  const dropped = new Set<number>();
  const result = accepted.map((mention) => ({ ...mention }));
  result.forEach((mention, k) => {
    if (entities[mention.entity]?.type !== 'person') return;
    const titleStart = officeTitleStart(text, mention.start);
    if (titleStart === mention.start) return;
    let start = titleStart;
    for (let j = k - 1; j >= 0; j--) {
      const other = result[j] as Accepted;
      if (other.end < titleStart) break;
      if (entities[other.entity]?.type !== 'organization' || other.end > mention.start) continue;
      dropped.add(j);
      start = Math.min(start, qualifierStart(text, other.start));
    }
    mention.start = start;
  });
  result.forEach((mention, k) => {
    if (text[mention.end - 1] === MINISTRY && ministerTitleAfter(text, mention.end)) dropped.add(k);
  });
  return result.filter((_, k) => !dropped.has(k));
}
