/**
 * Whose ministry a Chinese ministry name is. Every country has a 商务部 and a 财政部; the pack's
 * are China's ministry and the US departments. For han.ts:
 *
 *  - a ministry name right after another country's name is that country's (緬甸商務部, 印度商务部):
 *    the pack's own country-qualified forms (美国商务部, 中国商务部) are aliases and win as longer
 *    matches, so a bare ministry alias after any country name is someone else's;
 *  - after two countries or a plural (中美商务部, 两国商务部, 双方商务部) it is several ministries;
 *  - 商务部门 is "commerce departments", a generic word (部门 = department);
 *  - a bare ministry alias names its entity only on a text about the entity's country: the
 *    country of the entity's country-qualified alias (中国商务部 → China). A text that names
 *    another country and never its own is about the other country's ministry;
 *  - distribution: "美國財政部、商務部及貿易代表辦公室" is the US Treasury, the US Commerce
 *    Department and USTR (see distributedAliases);
 *  - a "side" word (美方, 中方: the US side, the Chinese side) stands for its country: 美方商务部 is
 *    美国商务部 (sideForms), and a bare ministry after another country's side word (加方, 日方) is
 *    that country's;
 *  - a pair of one-character country names (中加经贸, 美日同盟) names each of the two countries, so
 *    a text about China–Canada talks is about China as far as its bare 商务部 goes.
 *
 * Country names come from Intl.DisplayNames in Simplified and Traditional Chinese.
 */
import { everyRegionName } from '../knowledge/story-side';
import { wordStartsAt } from './han-segments';

/**
 * Country prefixes of the pack's qualified aliases, the words that show a text is about that
 * country, the country's one-character name in pairs (中美, 中加) and its "side" word (中方).
 */
const COUNTRIES: ReadonlyArray<{
  prefixes: readonly string[];
  markers: readonly string[];
  abbreviation: string;
  side: string;
}> = [
  {
    prefixes: ['中国', '中國'],
    abbreviation: '中',
    side: '中方',
    markers: [
      '中国',
      '中國',
      '中方',
      '我国',
      '我國',
      '国务院',
      '國務院',
      '北京',
      '中共',
      '大陆',
      '大陸',
      '中美',
      '美中',
      '中华',
      '中華',
    ],
  },
  {
    prefixes: ['美国', '美國', '美'],
    abbreviation: '美',
    side: '美方',
    markers: ['美国', '美國', '美方', '华盛顿', '華盛頓', '白宫', '白宮', '中美', '美中'],
  },
];
/**
 * One-character country names as they stand in pairs (中加, 美日) and before 方 ("side": 加方, 日方).
 * Characters whose pair or side word is mostly something else (西方 the West, 南方, 地方, 土方)
 * are left out.
 */
const ONE_CHAR_COUNTRIES = new Set([
  ...'中美日英法德俄加澳韩韓印欧歐越泰朝菲马馬巴以伊沙新意荷墨蒙缅緬柬老哈乌烏非拉阿埃葡',
]);
const SIDE = '方';
const SEVERAL_COUNTRIES: readonly string[] = [
  '两国',
  '兩國',
  '双方',
  '雙方',
  '各国',
  '各國',
  '中美',
  '美中',
  '多国',
  '多國',
];
/** The pack's two countries written with one character: 中美 / 美中 before a qualified name is both. */
const ONE_CHAR_PAIR = new Set(['中', '美']);
const GENERIC_AFTER_MINISTRY = ['门', '門'];
/**
 * Offices written after a ministry name, not fused with it (商务部部长, 商務部副部長, 商务部国际贸易
 * 谈判代表): the ministry names the office. Staff (商务部发言人) leave it the ministry.
 */
const MINISTER_TITLES: readonly string[] = [
  '部长助理',
  '部長助理',
  '副部长',
  '副部長',
  '部长',
  '部長',
  '国际贸易谈判代表',
  '國際貿易談判代表',
  '谈判代表',
  '談判代表',
];
const REGION_SUFFIX = /特别行政区$|特別行政區$/;
const MAX_COUNTRY = 8;
const MIN_COUNTRY = 2;

let countryNames: ReadonlySet<string> | undefined;

function buildCountryNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const locale of ['zh-Hans', 'zh-Hant', 'zh-Hant-HK']) {
    for (const full of everyRegionName(locale)) {
      const name = full.replace(REGION_SUFFIX, '');
      if (name.length >= MIN_COUNTRY && name.length <= MAX_COUNTRY) names.add(name);
    }
  }
  for (const { prefixes } of COUNTRIES) for (const p of prefixes) if (p.length >= MIN_COUNTRY) names.add(p);
  return names;
}

function names(): ReadonlySet<string> {
  countryNames ??= buildCountryNames();
  return countryNames;
}

/** The country name ending at `end`, if any ("緬甸" in "緬甸商務部"). */
export function countryEndingAt(text: string, end: number): string | undefined {
  const set = names();
  for (let length = MAX_COUNTRY; length >= MIN_COUNTRY; length--) {
    if (end - length < 0) continue;
    const word = text.slice(end - length, end);
    if (set.has(word)) return word;
  }
  return undefined;
}

/** The index in COUNTRIES of a country-qualified alias's country, or -1 (美国商务部 → the US). */
export function countryOfAlias(alias: string): number {
  return COUNTRIES.findIndex(({ prefixes }) =>
    prefixes.some((p) => alias.startsWith(p) && alias.length > p.length),
  );
}

/** The country prefix an alias starts with ("美國" of 美國財政部), or undefined. */
export function countryPrefixOf(alias: string): string | undefined {
  for (const { prefixes } of COUNTRIES) {
    for (const p of [...prefixes].sort((a, b) => b.length - a.length)) {
      if (alias.startsWith(p) && alias.length > p.length + 1) return p;
    }
  }
  return undefined;
}

/** Place rules for a ministry alias at [start, end); `qualified` when the alias starts with its country. */
export function ministryPlaceAllows(text: string, start: number, end: number, qualified: boolean): boolean {
  if (GENERIC_AFTER_MINISTRY.includes(text[end] ?? '')) return false;
  if (SEVERAL_COUNTRIES.some((w) => text.startsWith(w, start - w.length))) return false;
  if (qualified) return !(ONE_CHAR_PAIR.has(text[start - 1] ?? '') && wordStartsAt(text, start - 1));
  return countryEndingAt(text, start) === undefined && !sideEndingAt(text, start);
}

/** Whether a country's side word (加方, 日方; not 西方, 双方) ends at `end`. */
export function sideEndingAt(text: string, end: number): boolean {
  return text[end - 1] === SIDE && ONE_CHAR_COUNTRIES.has(text[end - 2] ?? '') && wordStartsAt(text, end - 2);
}

/**
 * The same alias with its country prefix replaced by the country's side word (美国商务部 →
 * 美方商务部), or undefined for an alias without a country prefix.
 */
export function sideForm(alias: string): string | undefined {
  for (const { prefixes, side } of COUNTRIES) {
    for (const p of [...prefixes].sort((a, b) => b.length - a.length)) {
      if (alias.startsWith(p) && alias.length > p.length + 1) return side + alias.slice(p.length);
    }
  }
  return undefined;
}

/**
 * Whether the text pairs the country's one-character name with another's as a word of its own
 * (中加经贸, 美日同盟; not 其中加入, where 中 ends 其中, nor 中英文, where 英 starts 英文).
 */
export function inCountryPair(text: string, abbreviation: string): boolean {
  for (let at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
    for (const start of [at, at - 1]) {
      const first = text[start] ?? '';
      const second = text[start + 1] ?? '';
      if (first === second || !ONE_CHAR_COUNTRIES.has(first) || !ONE_CHAR_COUNTRIES.has(second)) continue;
      if (wordStartsAt(text, start) && wordStartsAt(text, start + 2)) return true;
    }
  }
  return false;
}

/** Whether a minister's title follows a ministry name ending at `end` (商务部部长钟山). */
export function ministerTitleAfter(text: string, end: number): boolean {
  return MINISTER_TITLES.some((t) => text.startsWith(t, end));
}

const PACK_COUNTRY_NAMES = new Set(COUNTRIES.flatMap(({ prefixes }) => prefixes));

/**
 * Whether the text is about `country` (an index in COUNTRIES) as far as a bare ministry name
 * goes: it names the country, or names no third country (one that is neither China nor the US:
 * in coverage of the two, a bare ministry is one of theirs and the alias rules settle which).
 */
export function aboutCountry(text: string, country: number): boolean {
  const own = COUNTRIES[country];
  if (own === undefined || own.markers.some((m) => text.includes(m))) return true;
  if (inCountryPair(text, own.abbreviation)) return true;
  const set = names();
  for (let i = 0; i + MIN_COUNTRY <= text.length; i++) {
    for (let length = MIN_COUNTRY; length <= MAX_COUNTRY && i + length <= text.length; length++) {
      const word = text.slice(i, i + length);
      if (set.has(word) && !PACK_COUNTRY_NAMES.has(word)) return false;
    }
  }
  return true;
}

const MINISTRY_UNIT = 0x90e8; // 部
/** How far after a country's name a ministry's 部 makes the name part of that body's (美国商务部长). */
const BODY_REACH = 4;

/** Whether text[from, to) holds the code unit `unit` (as text.slice(from, to).includes, without the slice). */
export function holdsUnitWithin(text: string, from: number, to: number, unit: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === unit) return true;
  return false;
}

/**
 * Whether the text names a country by `marker` other than as the qualifier of one of its
 * ministries or ministers (美国商务部长罗斯): a text that qualifies the other country's bodies so
 * writes its own country's ministry bare.
 */
function namesOutsideBody(text: string, marker: string): boolean {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const after = at + marker.length;
    if (!holdsUnitWithin(text, after, after + BODY_REACH, MINISTRY_UNIT)) return true;
  }
  return false;
}

/**
 * The pack country a text is about alone, if any: it names that country (by name, capital or
 * seat of government, not only as the qualifier of its ministries; not by a side word such as
 * 美方, which officials use of the other side) and gives no sign of the other (no marker, side
 * word or pair such as 中美 or 中加). On such a text a bare ministry name is that country's:
 * 向商务部提供拨款 beside 美国 alone is the US Commerce Department.
 */
export function soleCountryOf(text: string): number | undefined {
  const named = COUNTRIES.map(({ markers, side }) =>
    markers.some((m) => m !== side && !SEVERAL_COUNTRIES.includes(m) && namesOutsideBody(text, m)),
  );
  const signs = COUNTRIES.map(
    ({ markers, abbreviation }, country) =>
      named[country] || markers.some((m) => text.includes(m)) || inCountryPair(text, abbreviation),
  );
  const sole = named.findIndex((n, country) => n && signs.every((s, other) => other === country || !s));
  return sole < 0 ? undefined : sole;
}

const LIST_SEPARATORS: readonly string[] = ['以及', '、', '及', '和', '与', '與', '暨'];

/** The list separator at `at` and its length (0 when none). */
export function listSeparatorAt(text: string, at: number): number {
  for (const s of LIST_SEPARATORS) if (text.startsWith(s, at)) return s.length;
  return 0;
}
