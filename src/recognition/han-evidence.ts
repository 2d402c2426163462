/**
 * Page evidence for weak Han aliases, as evidence.ts does for Latin ones. A weak Han alias (a
 * transliterated surname such as 格里尔 or 埃里森, a two-character name such as 万斯, a common word
 * such as 甲骨文, a city) counts only when
 *
 *  - its entity is also named strongly on the page (in Han or Latin script), or glossed in
 *    brackets by a Latin alias ("Oracle（甲骨文）"), or
 *  - another pack entity is named strongly on the page (MIN_EVIDENCE), or
 *  - the page holds STORY_WORDS_PER_SIGNAL distinct story words of the pack written in Han
 *    (关税, 出口管制, 稀土), or
 *  - for an organization, its sentence speaks of a company (公司, 股价, 收购, 云端, 执行长 …):
 *    甲骨文 beside 数据库 or 市值 is the company, 甲骨文 in a calligraphy society is the script;
 *  - an entity the pack relates to it (`related`, read both ways) is named on the page by a weak
 *    alias that its own context confirmed (a company's sentence, a bracket gloss): 埃里森 beside
 *    甲骨文 in a sentence about its share price.
 *
 * Latin mentions reach this step already settled by the word-based recognizer, so each of them
 * counts as a strong mention.
 */
import { MIN_EVIDENCE, STORY_WORDS_PER_SIGNAL } from './evidence';

/** Words that make a sentence about a company. */
export const COMPANY_CONTEXT: readonly string[] = [
  '公司',
  '股价',
  '股價',
  '股票',
  '股份',
  '股权',
  '股權',
  '持股',
  '收购',
  '收購',
  '市值',
  '财报',
  '財報',
  '营收',
  '營收',
  '云端',
  '雲端',
  '云计算',
  '雲計算',
  '数据库',
  '數據庫',
  '資料庫',
  '软件',
  '軟件',
  '軟體',
  '科技',
  '创始人',
  '創始人',
  '创办人',
  '創辦人',
  '董事长',
  '董事長',
  '执行长',
  '執行長',
  '首席执行官',
  '首席執行官',
  '总裁',
  '總裁',
  'CEO',
  '企业',
  '企業',
  '巨头',
  '巨頭',
  '财团',
  '財團',
  '投资人',
  '投資人',
  '合资',
  '合資',
  '上市',
  '美股',
];

const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
/** How far a sentence reaches on each side of a mention (long unpunctuated text). */
const SENTENCE_REACH = 300;

/** Whether the sentence around [start, end) holds one of the phrases (a sentence ends at 。！？；). */
export function sentenceHasAny(
  text: string,
  start: number,
  end: number,
  phrases: readonly string[],
): boolean {
  // The sentence lies inside the reach on both sides: a phrase absent there is absent from it.
  const reach = text.slice(Math.max(0, start - SENTENCE_REACH), end + SENTENCE_REACH);
  if (!phrases.some((phrase) => reach.includes(phrase))) return false;
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_END.has(text.charCodeAt(to))) to++;
  // A slice shares the text's memory in V8; indexOf on the whole text could scan to its end.
  const sentence = text.slice(from, to);
  return phrases.some((phrase) => sentence.includes(phrase));
}

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The pack's story words written without spaces, counted by substring. */
export function hanStoryWords(words: readonly string[]): (text: string, enough: number) => number {
  const han = [...new Set(words.map((w) => w.trim()).filter((w) => SPACELESS.test(w)))];
  return (text, enough) => {
    let found = 0;
    for (const word of han) if (text.includes(word) && ++found >= enough) break;
    return found;
  };
}

/** What the evidence step needs to know about one Han mention. */
export type WeighedMention = { entity: string; start: number; end: number; weak: boolean };

/** What the pack says about the kinds of its entities, and which it relates to each, by id. */
export type EntityKinds = {
  organizations: ReadonlySet<string>;
  persons: ReadonlySet<string>;
  /** Entity → the entities the pack relates to it, both ways. */
  related?: ReadonlyMap<string, ReadonlySet<string>>;
};

/**
 * Indexes of the weak mentions in `han` that lack evidence. `strongEntities` are the entities
 * named strongly on the page (Han mentions that are not weak, every Latin mention), `glossed`
 * the indexes confirmed by a bracket gloss.
 */
export function weakWithoutEvidence(
  text: string,
  han: readonly WeighedMention[],
  strongEntities: ReadonlySet<string>,
  glossed: ReadonlySet<number>,
  kinds: EntityKinds,
  countStoryWords: (text: string, enough: number) => number,
): Set<number> {
  const lacking = new Set<number>();
  if (!han.some((m) => m.weak)) return lacking;
  if (strongEntities.size >= MIN_EVIDENCE) return lacking;
  if (countStoryWords(text, STORY_WORDS_PER_SIGNAL) >= STORY_WORDS_PER_SIGNAL) return lacking;
  const confirmedByContext = (mention: WeighedMention, index: number) =>
    glossed.has(index) ||
    (kinds.organizations.has(mention.entity) &&
      sentenceHasAny(text, mention.start, mention.end, COMPANY_CONTEXT));
  const confirmed = new Set<string>();
  han.forEach((mention, index) => {
    if (!mention.weak || confirmedByContext(mention, index)) {
      if (mention.weak) confirmed.add(mention.entity);
      return;
    }
    lacking.add(index);
  });
  for (const index of lacking) {
    const mention = han[index] as WeighedMention;
    const related = kinds.related?.get(mention.entity);
    if (related !== undefined && [...confirmed].some((entity) => related.has(entity))) lacking.delete(index);
  }
  return lacking;
}
