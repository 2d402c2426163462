/**
 * Chinese (Han-script) aliases. Chinese has no spaces, so word boundaries say nothing: a Han
 * alias is found by character sequence anywhere, then kept only when these rules hold:
 *
 *  - an alias that starts or ends with a Latin letter (TikTok诉加兰德案) keeps its word boundary
 *    on that side;
 *  - a two-character alias (川普, 万斯, 銀湖) must start and end on a word boundary of the text as
 *    the platform's Chinese word segmenter (Intl.Segmenter) draws them: 川普 inside 四川普通话 is
 *    not a name;
 *  - a surname alias right after another given name and a middle dot (伊万卡·特朗普) names someone
 *    else; the entity's own full dotted name (唐纳德·特朗普) is an alias and wins as the longer
 *    match. The dot may be written · ・ ‧ • and is also matched when left out (唐纳德特朗普);
 *  - a ministry fused with 长 (商务部长, 財政部長) is a minister's title, not the ministry;
 *  - the pack's rules, on characters: notPrecededBy / notFollowedBy compare the characters right
 *    before / after the alias, notInSentenceWith the sentence (up to 。！？；), afterFullName and
 *    ambiguous as in English (the entity named most recently wins);
 *  - candidates are taken leftmost-longest, then a government title before a person is folded
 *    into the person's mention (han-titles.ts).
 *
 * Single Han characters are never aliases (the pack checker rejects them).
 */
import type { Entity, Pack } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';
import { isWordAt, SPACELESS_CHAR } from './chars';
import { fusedWithHead, officeTitleStart, qualifierStart } from './han-titles';

export type HanMention = { entity: string; start: number; end: number; text: string };

const SPACELESS_ANYWHERE = new RegExp(SPACELESS_CHAR.source, 'u');
/**
 * A quick, non-Unicode-mode test for text that may hold Han or kana at all (kana, CJK Extension A,
 * the Unified Ideographs, compatibility ideographs, and the surrogates of Extensions B and on):
 * English text skips the Han matcher after one native scan.
 */
const MAY_HOLD_SPACELESS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/;
const DOT = '·';
/** Middle-dot variants in transliterated names: · ・ ‧ • ∙ ･ (each one UTF-16 unit). */
const DOT_VARIANTS = /[\u00B7\u30FB\u2027\u2022\u2219\uFF65]/g;
/** A letter or digit of a script written with spaces (so it keeps word boundaries). */
const SPACED_WORD = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;
const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
/** How far a sentence reaches on each side of an alias (long unpunctuated text). */
const SENTENCE_REACH = 300;
/** Characters on each side handed to the word segmenter around a two-character alias. */
const SEGMENT_WINDOW = 8;
const SHORT_ALIAS_LENGTH = 2;

type HanEntry = {
  entity: number;
  afterFullName: boolean;
  ambiguous: boolean;
  notFollowedBy: string[];
  notPrecededBy: string[];
  notInSentenceWith: string[];
  /** The alias holds a middle dot (a full transliterated name). */
  dotted: boolean;
  short: boolean;
  latinStart: boolean;
  latinEnd: boolean;
  ministry: boolean;
};

type Candidate = { start: number; end: number; entries: HanEntry[] };
type Accepted = { start: number; end: number; entity: number };

/** True when an alias is written (partly) in a script without spaces; han.ts matches it. */
export function isSpacelessAlias(text: string): boolean {
  return SPACELESS_ANYWHERE.test(text);
}

const ANY_DOT_VARIANT = /[\u30FB\u2027\u2022\u2219\uFF65]/;

function foldDots(text: string): string {
  return ANY_DOT_VARIANT.test(text) ? text.replace(DOT_VARIANTS, DOT) : text;
}

function compileEntries(pack: Pack): Map<string, HanEntry[]> {
  const byPattern = new Map<string, HanEntry[]>();
  pack.entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      const rule = aliasRule(alias);
      const text = foldDots(rule.text.trim());
      if (!isSpacelessAlias(text) || text.length < SHORT_ALIAS_LENGTH) continue;
      const entry: HanEntry = {
        entity: index,
        afterFullName: rule.afterFullName === true,
        ambiguous: rule.ambiguous === true,
        notFollowedBy: (rule.notFollowedBy ?? []).map(foldDots),
        notPrecededBy: (rule.notPrecededBy ?? []).map(foldDots),
        notInSentenceWith: (rule.notInSentenceWith ?? []).map(foldDots),
        dotted: text.includes(DOT),
        short: text.length === SHORT_ALIAS_LENGTH,
        latinStart: SPACED_WORD.test(text[0] ?? ''),
        latinEnd: SPACED_WORD.test(text.at(-1) ?? ''),
        ministry: entity.type === 'organization' && text.endsWith('部'),
      };
      for (const form of entry.dotted ? [text, text.split(DOT).join('')] : [text]) {
        const list = byPattern.get(form) ?? [];
        list.push(entry);
        byPattern.set(form, list);
      }
    }
  });
  return byPattern;
}

let segmenter: Intl.Segmenter | undefined;

/** Whether a Han character stands right before or after text[start, end) (else no word can run across its ends). */
function touchesHan(text: string, start: number, end: number): boolean {
  return SPACELESS_ANYWHERE.test(text[start - 1] ?? '') || SPACELESS_ANYWHERE.test(text[end] ?? '');
}

/** Whether `start` and `end` fall on word boundaries of the Chinese word segmenter. */
function onSegmentBoundaries(text: string, start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - SEGMENT_WINDOW);
  const to = Math.min(text.length, end + SEGMENT_WINDOW);
  let startOk = start === from;
  let endOk = end === to;
  for (const { index } of segmenter.segment(text.slice(from, to))) {
    if (from + index === start) startOk = true;
    if (from + index === end) endOk = true;
  }
  return startOk && endOk;
}

function sentenceHasAny(text: string, start: number, end: number, phrases: readonly string[]): boolean {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_END.has(text.charCodeAt(to))) to++;
  // A slice shares the text's memory in V8; indexOf on the whole text could scan to its end.
  const sentence = text.slice(from, to);
  return phrases.some((phrase) => sentence.includes(phrase));
}

function precededBy(text: string, start: number, phrases: readonly string[]): boolean {
  const beforeDot = text[start - 1] === DOT ? start - 1 : start;
  return phrases.some(
    (p) => text.startsWith(p, start - p.length) || text.startsWith(p, beforeDot - p.length),
  );
}

/** Rules that depend only on the candidate's place in the text, not on earlier mentions. */
function placeAllows(text: string, start: number, end: number, entry: HanEntry): boolean {
  if (entry.latinStart && isWordAt(text, start - 1)) return false;
  if (entry.latinEnd && isWordAt(text, end)) return false;
  if (!entry.dotted && text[start - 1] === DOT && SPACELESS_ANYWHERE.test(text[start - 2] ?? ''))
    return false;
  if (entry.ministry && fusedWithHead(text, end)) return false;
  if (entry.notPrecededBy.length > 0 && precededBy(text, start, entry.notPrecededBy)) return false;
  if (entry.notFollowedBy.some((p) => text.startsWith(p, end))) return false;
  if (entry.notInSentenceWith.length > 0 && sentenceHasAny(text, start, end, entry.notInSentenceWith)) {
    return false;
  }
  return !entry.short || !touchesHan(text, start, end) || onSegmentBoundaries(text, start, end);
}

export type HanRecognizer = { recognize(text: string): HanMention[] };

const NO_BUCKET = -1;
type Bucket = { patterns: string[]; seconds: Set<number> };

/** Patterns grouped by first code unit (longest first), with the second units they continue with. */
function firstUnitBuckets(patterns: readonly string[]): { bucketOf: Int32Array; buckets: Bucket[] } {
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

/** A recognizer for the pack's Han-script aliases, or undefined when the pack has none. */
export function compileHanRecognizer(pack: Pack): HanRecognizer | undefined {
  const byPattern = compileEntries(pack);
  if (byPattern.size === 0) return undefined;
  const { bucketOf, buckets } = firstUnitBuckets([...byPattern.keys()]);
  const entities = pack.entities;

  const candidatesOf = (text: string): Candidate[] => {
    const found: Candidate[] = [];
    const last = text.length - 1;
    for (let start = 0; start < last; start++) {
      const index = bucketOf[text.charCodeAt(start)] as number;
      if (index === NO_BUCKET) continue;
      const bucket = buckets[index] as Bucket;
      if (!bucket.seconds.has(text.charCodeAt(start + 1))) continue;
      for (const pattern of bucket.patterns) {
        if (!text.startsWith(pattern, start)) continue;
        const end = start + pattern.length;
        const all = byPattern.get(pattern) ?? [];
        const entries =
          all.length === 1
            ? placeAllows(text, start, end, all[0] as HanEntry)
              ? all
              : []
            : all.filter((entry) => placeAllows(text, start, end, entry));
        if (entries.length > 0) found.push({ start, end, entries });
      }
    }
    return found;
  };

  return {
    recognize(text: string): HanMention[] {
      if (!MAY_HOLD_SPACELESS.test(text)) return [];
      const folded = foldDots(text);
      const accepted = sweep(candidatesOf(folded));
      return foldTitles(folded, accepted, entities).map(({ start, end, entity }) => ({
        entity: (entities[entity] as Entity).id,
        start,
        end,
        text: text.slice(start, end),
      }));
    },
  };
}

/** Leftmost-longest, with afterFullName and ambiguity settled by the mentions before. */
function sweep(candidates: readonly Candidate[]): Accepted[] {
  const accepted: Accepted[] = [];
  const fullySeen = new Set<number>();
  const lastSeenAt = new Map<number, number>();
  const namedAlone = new Set<number>();
  for (const { entries } of candidates) {
    if (entries.every((entry) => !entry.ambiguous)) for (const entry of entries) namedAlone.add(entry.entity);
  }
  let coveredUpTo = 0;
  for (const { start, end, entries } of candidates) {
    if (start < coveredUpTo) continue;
    const passing = entries.filter((entry) => !entry.afterFullName || fullySeen.has(entry.entity));
    const entity = chooseEntity(passing, lastSeenAt, namedAlone);
    if (entity === undefined) continue;
    accepted.push({ start, end, entity });
    coveredUpTo = end;
    lastSeenAt.set(entity, start);
    if (passing.some((entry) => entry.entity === entity && !entry.afterFullName)) fullySeen.add(entity);
  }
  return accepted;
}

function chooseEntity(
  passing: readonly HanEntry[],
  lastSeenAt: ReadonlyMap<number, number>,
  namedAlone: ReadonlySet<number>,
): number | undefined {
  const options = [...new Set(passing.map((entry) => entry.entity))];
  if (options.length <= 1) return options[0];
  const seen = options.filter((entity) => lastSeenAt.has(entity));
  if (seen.length > 0)
    return seen.reduce((a, b) => ((lastSeenAt.get(a) ?? 0) >= (lastSeenAt.get(b) ?? 0) ? a : b));
  const named = options.filter((entity) => namedAlone.has(entity));
  return named.length === 1 ? named[0] : undefined;
}

/** Extends each person mention over the office title before it, absorbing organizations inside it. */
function foldTitles(text: string, accepted: readonly Accepted[], entities: readonly Entity[]): Accepted[] {
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
  return result.filter((_, k) => !dropped.has(k));
}
