/**
 * The structure of names written in Han characters, for han.ts:
 *
 *  - a transliterated full name is "given name · surname" (唐纳德·特朗普). Before a surname alias,
 *    another given name is another person (拉尔夫·埃里森, 伊万卡·特朗普) unless it is a variant
 *    transliteration of the entity's own given name: it shares at least MIN_SHARED_GIVEN
 *    characters, in place, with a given name of one of the entity's dotted aliases (唐納德·川普
 *    beside 唐纳德·特朗普), or the name is glossed in brackets with the entity's Latin name
 *    (詹姆森·格里尔（Jamieson Greer）);
 *  - 小 / 老 right before a person's name is a relative (小特朗普 is Trump Jr.);
 *  - a name followed by a word that makes it the name of a thing is not the person
 *    (特朗普币, 特朗普家族, 特朗普组织);
 *  - a name inside a case name (特朗普诉VOS精选案, 学习资源公司诉特朗普案) is not the person;
 *  - a bracket right after a name holding a Latin alias of the same entity is a gloss: the two
 *    name one entity ("甲骨文公司（Oracle）", "Oracle（甲骨文）").
 */

export const DOT = '·';
/** Characters a variant transliteration of a given name shares, in place, with the entity's own. */
const MIN_SHARED_GIVEN = 2;
/** 小 (junior) and 老 (senior) before a name. */
const RELATIVE_PREFIXES = new Set(['小', '老']);
/** Characters that form a word with a following 小 / 老 (缩小, 最小, 古老), so the 小 is not a prefix. */
const JOINS_PREFIX = new Set([...'缩縮减減最大变變弱矮短渺微狭狹胆膽细細古养養']);
/** Words that, written right after a person's name, make it the name of a thing or a group. */
const NAME_OF_A_THING: readonly string[] = [
  '币',
  '幣',
  '组织',
  '組織',
  '家族',
  '集团',
  '集團',
  '大厦',
  '大廈',
  '大楼',
  '大樓',
  '酒店',
  '媒体',
  '媒體',
  '大学',
  '大學',
  '基金会',
  '基金會',
  '概念股',
  '二世',
];
/** "A 诉 B 案": the versus of a Chinese case name, and the word that closes it. */
const VERSUS = ['诉', '訴'];
const CASE = '案';
/** How far a case name reaches after its versus. */
const CASE_REACH = 24;
const CASE_BREAK = /[。，,；;！？!?\n]/;
const OPEN_BRACKETS = new Set(['(', '（']);
/** Spaces and closing quotes that may stand between a name and its gloss: 「学习资源公司诉特朗普案」(…). */
const BEFORE_GLOSS = new Set([' ', '”', '’', '」', '』', '》', '"', "'"]);
const CLOSE_GLOSS = /[)）]/;
const GLOSS_REACH = 80;

/** The given names of an entity's dotted aliases (唐纳德 of 唐纳德·特朗普). */
export function givenNamesOf(aliases: readonly string[]): string[] {
  return aliases.filter((a) => a.includes(DOT)).map((a) => a.slice(0, a.lastIndexOf(DOT)));
}

/**
 * The given names of an entity's full names written without their dot: an alias that ends with
 * one of its surnames and is longer (唐納 of 唐納川普 beside the surname 川普).
 */
export function undottedGivenNames(aliases: readonly string[], surnames: ReadonlySet<string>): string[] {
  const given: string[] = [];
  for (const alias of aliases) {
    if (alias.includes(DOT) || surnames.has(alias)) continue;
    for (const surname of surnames) {
      if (alias.length > surname.length && alias.endsWith(surname))
        given.push(alias.slice(0, -surname.length));
    }
  }
  return given;
}

/**
 * Where the entity's own given name, in a variant transliteration, starts before the dot at
 * `dotAt`; -1 when the name before the dot is not one of its given names.
 */
export function ownGivenNameStart(text: string, dotAt: number, givenNames: readonly string[]): number {
  for (const given of givenNames) {
    const from = dotAt - given.length;
    if (from < 0) continue;
    let shared = 0;
    for (let i = 0; i < given.length; i++) if (text[from + i] === given[i]) shared++;
    if (shared >= Math.min(given.length, MIN_SHARED_GIVEN)) return from;
  }
  return -1;
}

/** Whether 小 / 老 right before `start` makes the name a relative's. */
export function isRelativePrefix(text: string, start: number): boolean {
  return RELATIVE_PREFIXES.has(text[start - 1] ?? '') && !JOINS_PREFIX.has(text[start - 2] ?? '');
}

/** Whether the name ending at `end` is part of the name of a thing (特朗普币, 特朗普家族). */
export function namesAThing(text: string, end: number): boolean {
  return NAME_OF_A_THING.some((word) => text.startsWith(word, end));
}

/** Whether the name at [start, end) is a party of a case name (A诉B案). */
export function insideCaseName(text: string, start: number, end: number): boolean {
  if (VERSUS.includes(text[end] ?? '')) return closesCase(text, end + 1);
  return VERSUS.includes(text[start - 1] ?? '') && text[end] === CASE;
}

function closesCase(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + CASE_REACH; i++) {
    if (text[i] === CASE) return true;
    if (CASE_BREAK.test(text[i] as string)) return false;
  }
  return false;
}

/**
 * The bracket glosses that follow a Chinese case name: in 特朗普诉VOS精选案”(Trump v. VOS
 * Selections, Inc.) the Latin text names the case, and a person in it is a party of the case name,
 * as 特朗普 is in the Han.
 */
export function caseNameGlosses(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(CASE); at >= 0; at = text.indexOf(CASE, at + 1)) {
    if (!opensCase(text, at)) continue;
    const gloss = glossAfter(text, at + 1);
    if (gloss !== undefined) spans.push(gloss);
  }
  return spans;
}

/** Whether a versus stands before the 案 at `caseAt`, within one case name. */
function opensCase(text: string, caseAt: number): boolean {
  for (let i = caseAt - 1; i >= 0 && i > caseAt - CASE_REACH; i--) {
    if (VERSUS.includes(text[i] as string)) return true;
    if (CASE_BREAK.test(text[i] as string)) return false;
  }
  return false;
}

/** Folded form for comparing a gloss with a Latin alias: lower case, no white space. */
export function foldGloss(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** The text inside a bracket opening right after `end` (spaces and closing quotes allowed), up to its close. */
export function glossAfter(text: string, end: number): { start: number; end: number } | undefined {
  let open = end;
  while (BEFORE_GLOSS.has(text[open] ?? '')) open++;
  if (!OPEN_BRACKETS.has(text[open] ?? '')) return undefined;
  let close = open + 1;
  while (close < text.length && close - open < GLOSS_REACH && !CLOSE_GLOSS.test(text[close] as string))
    close++;
  if (close >= text.length || close - open >= GLOSS_REACH) return undefined;
  let start = open + 1;
  let last = close;
  while (text[start] === ' ') start++;
  while (last > start && text[last - 1] === ' ') last--;
  return last > start ? { start, end: last } : undefined;
}

/** Where the text before a bracket opening right before `start` ends ("Oracle（甲骨文）"), or -1. */
export function bracketBefore(text: string, start: number): number {
  let open = start - 1;
  if (!OPEN_BRACKETS.has(text[open] ?? '')) return -1;
  while (open > 0 && text[open - 1] === ' ') open--;
  return open;
}
