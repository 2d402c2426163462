/**
 * Joins the mentions of space-less aliases (han.ts) with those of the word-based recognizer:
 * leftmost-longest across both lists, and mentions of one entity that touch ("抖音海外版TikTok",
 * "Nvidia輝達") become one mention.
 *
 * The pack's places are cards about the talks held there, so a Han place name (马德里, 日内瓦)
 * counts only when the text also names an entity that is not a place: a football report on
 * 皇家马德里 or a history of the 日内瓦公约 gets no card for the city.
 */
import type { Pack } from '../knowledge/schema';
import { compileHanRecognizer, type HanMention } from './han';

export { isSpacelessAlias } from './han';

type Recognize<M extends HanMention> = (text: string) => M[];

export function withHanScript<M extends HanMention>(
  pack: Pack,
  spaced: Recognize<M>,
): (text: string) => HanMention[] {
  const han = compileHanRecognizer(pack);
  if (han === undefined) return spaced;
  const places = new Set(pack.entities.filter((e) => e.type === 'place').map((e) => e.id));
  const isStory = (mentions: readonly HanMention[]) => mentions.some((m) => !places.has(m.entity));
  return (text) => {
    const latin = spaced(text);
    const chinese = han.recognize(text);
    const story = isStory(latin) || isStory(chinese);
    return mergeMentions(latin, story ? chinese : chinese.filter((m) => !places.has(m.entity)), text);
  };
}

export function mergeMentions(
  a: readonly HanMention[],
  b: readonly HanMention[],
  text: string,
): HanMention[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return joinTouching([...b], text);
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: HanMention[] = [];
  let coveredUpTo = 0;
  for (const mention of all) {
    if (mention.start < coveredUpTo) continue;
    kept.push(mention);
    coveredUpTo = mention.end;
  }
  return joinTouching(kept, text);
}

function joinTouching(mentions: HanMention[], text: string): HanMention[] {
  const joined: HanMention[] = [];
  for (const mention of mentions) {
    const last = joined.at(-1);
    if (last !== undefined && last.entity === mention.entity && last.end === mention.start) {
      joined[joined.length - 1] = { ...last, end: mention.end, text: text.slice(last.start, mention.end) };
    } else joined.push(mention);
  }
  return joined;
}
