/**
 * Joins the mentions of space-less aliases (han.ts) with those of the word-based recognizer:
 * leftmost-longest across both lists, and mentions of one entity that touch ("抖音海外版TikTok",
 * "Nvidia輝達") become one mention.
 *
 * Before joining, two page-level rules look at both scripts together:
 *  - a bracket gloss: a Latin alias in brackets right after a Han mention of the same entity, or
 *    a Han mention in brackets right after a Latin alias ("甲骨文公司（Oracle）", "Oracle（甲骨文）"),
 *    names that entity, and the two confirm each other;
 *  - weak Han aliases (surnames, two-character names, places, ordinary words such as 甲骨文) are
 *    kept only with page evidence (han-evidence.ts), strong mentions in either script counting.
 */
import type { Pack } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';
import { compileHanRecognizer, type HanMention, mayHoldSpaceless, type WeighedHanMention } from './han';
import { type EntityKinds, hanStoryWords, weakWithoutEvidence } from './han-evidence';
import { bracketBefore, caseNameGlosses, foldGloss, glossAfter } from './han-names';
import { nameInitialsOf, summitPersons } from './han-summits';
import { lazy } from './lazy';
import { mergedBy } from './sorted';

export { isSpacelessAlias } from './han';

/** `namedElsewhere`: ids of entities named strongly in Han script in the same text. */
type Recognize<M extends HanMention> = (text: string, namedElsewhere?: ReadonlySet<string>) => M[];
const FIRST_COMMA = /[，,、;；]/;

export function withHanScript<M extends HanMention>(
  pack: Pack,
  spaced: Recognize<M>,
): (text: string) => HanMention[] {
  // A text with no space-less script has no Han mention and no case name (案) to gloss: its
  // mentions are the word-based ones, so the Chinese recognizer is built for the first text
  // that may need it, not on a large pack's first call.
  const merged = lazy(() => withHanRecognizer(pack, spaced));
  return (text) => (mayHoldSpaceless(text) ? merged()(text) : spaced(text));
}

function withHanRecognizer<M extends HanMention>(
  pack: Pack,
  spaced: Recognize<M>,
): (text: string) => HanMention[] {
  const han = compileHanRecognizer(pack);
  if (han === undefined) return spaced;
  const kinds = entityKinds(pack);
  const latinAliases = new Map(
    pack.entities.map((e) => [
      e.id,
      e.aliases.map((a) => aliasRule(a).text.trim()).filter((t) => !/[\p{Script=Han}]/u.test(t)),
    ]),
  );
  const countStoryWords = hanStoryWords(pack.storyWords ?? []);
  const initials = nameInitialsOf(pack);
  return (text) => {
    const chinese = han.recognize(text);
    if (chinese.length === 0) return withoutCaseParties(text, spaced(text), kinds.persons);
    // A name in either script is evidence for weak aliases in the other.
    const latin = withoutCaseParties(
      text,
      spaced(text, new Set(chinese.filter((m) => !m.weak).map((m) => m.entity))),
      kinds.persons,
    );
    const { added, glossed } = bracketGlosses(text, chinese, latin, latinAliases);
    const latinAll: HanMention[] = mergedBy<HanMention>(latin, added, (x, y) => x.start - y.start);
    const strong = new Set([...latinAll, ...chinese.filter((m) => !m.weak)].map((m) => m.entity));
    if (chinese.some((m) => m.weak)) for (const person of summitPersons(text, initials)) strong.add(person);
    const lacking = weakWithoutEvidence(text, chinese, strong, glossed, kinds, countStoryWords);
    const kept = chinese
      .filter((_, index) => !lacking.has(index))
      .map(({ entity, start, end, text: slice }) => ({ entity, start, end, text: slice }));
    return mergeMentions(latinAll, kept, text);
  };
}

function entityKinds(pack: Pack): EntityKinds {
  const ofType = (type: string) => new Set(pack.entities.filter((e) => e.type === type).map((e) => e.id));
  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => related.set(a, (related.get(a) ?? new Set()).add(b));
  for (const entity of pack.entities) {
    for (const other of entity.related ?? []) {
      relate(entity.id, other);
      relate(other, entity.id);
    }
  }
  return { organizations: ofType('organization'), persons: ofType('person'), related };
}

/** The Latin mentions less the persons named inside the gloss of a Chinese case name (caseNameGlosses). */
function withoutCaseParties<M extends HanMention>(
  text: string,
  latin: readonly M[],
  persons: ReadonlySet<string>,
): M[] {
  const glosses = caseNameGlosses(text);
  if (glosses.length === 0) return [...latin];
  return latin.filter(
    (m) => !persons.has(m.entity) || !glosses.some((g) => g.start <= m.start && m.end <= g.end),
  );
}

/** Latin glosses of Han mentions the word-based recognizer did not report, and the Han mentions glossed. */
function bracketGlosses(
  text: string,
  chinese: readonly WeighedHanMention[],
  latin: readonly HanMention[],
  latinAliases: ReadonlyMap<string, readonly string[]>,
): { added: HanMention[]; glossed: Set<number> } {
  const added: HanMention[] = [];
  const glossed = new Set<number>();
  const reported = (entity: string, start: number, end: number) =>
    latin.some((m) => m.entity === entity && m.start < end && start < m.end);
  chinese.forEach((mention, index) => {
    const aliases = latinAliases.get(mention.entity) ?? [];
    if (aliases.length === 0) return;
    const after = glossAfter(text, mention.end);
    if (after !== undefined) {
      const inside = text.slice(after.start, after.end);
      const whole = aliases.some((a) => foldGloss(a) === foldGloss(inside));
      const first = inside.split(FIRST_COMMA)[0] ?? '';
      if (whole || aliases.some((a) => foldGloss(a) === foldGloss(first))) {
        const end = whole ? after.end : after.start + first.trimEnd().length;
        glossed.add(index);
        if (!reported(mention.entity, after.start, end)) {
          added.push({ entity: mention.entity, start: after.start, end, text: text.slice(after.start, end) });
        }
        return;
      }
    }
    const end = bracketBefore(text, mention.start);
    if (end < 0) return;
    for (const alias of aliases) {
      const start = end - alias.length;
      if (start < 0 || foldGloss(text.slice(start, end)) !== foldGloss(alias)) continue;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/\p{Script=Han}/u.test(text[start - 1] ?? ''))
        continue;
      glossed.add(index);
      if (!reported(mention.entity, start, end))
        added.push({ entity: mention.entity, start, end, text: text.slice(start, end) });
      return;
    }
  });
  return { added, glossed };
}

export function mergeMentions(
  a: readonly HanMention[],
  b: readonly HanMention[],
  text: string,
): HanMention[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return joinTouching([...b], text);
  const all = mergedBy(a, b, (x, y) => x.start - y.start || y.end - x.end);
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
