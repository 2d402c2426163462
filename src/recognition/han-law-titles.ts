/**
 * Law titles. Chinese writes the name of a law between book-title marks 《》, and a foreign law's
 * name is translated many ways: 《保护美国人免受外国对手控制应用程序法案》, 《保护美国人免受外国
 * 敌对势力控制的应用法》 and 《保護美國人免受外國對手控制應用程式侵害法案》 are one act. A title
 * between the marks names a pack law when it shares, in order, at least MIN_SHARED_SHARE of the
 * characters of the longer of itself and one of the law's Han aliases (their longest common
 * subsequence). A different act with words in common (《保护美国人数据免受外国对手侵害法》,
 * another law) shares less.
 */
import type { Pack } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';

export const MIN_SHARED_SHARE = 0.75;
const OPEN = '《';
const CLOSE = '》';
/** Longer titles are not names of laws (a title mark left open runs on). */
const MAX_TITLE = 60;
const HAN = /\p{Script=Han}/u;

export type LawAlias = { entity: number; text: string };
export type LawTitle = { start: number; end: number; entity: number };

/** The Han aliases of the pack's laws. */
export function lawAliasesOf(pack: Pack): LawAlias[] {
  return pack.entities.flatMap((entity, index) =>
    entity.type !== 'law'
      ? []
      : entity.aliases
          .map((alias) => aliasRule(alias).text.trim())
          .filter((text) => HAN.test(text))
          .map((text) => ({ entity: index, text })),
  );
}

/** The length of the longest common subsequence of two strings. */
export function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, row[j - 1] as number);
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/** Whether a title names the law of `alias`: it shares MIN_SHARED_SHARE of the longer one, in order. */
export function titleNamesLaw(title: string, alias: string): boolean {
  const longer = Math.max(title.length, alias.length);
  if (Math.min(title.length, alias.length) < MIN_SHARED_SHARE * longer) return false;
  return commonSubsequence(title, alias) >= MIN_SHARED_SHARE * longer;
}

/** The titles between 《》 that name one of the laws, as spans inside the marks. */
export function lawTitles(text: string, laws: readonly LawAlias[]): LawTitle[] {
  const found: LawTitle[] = [];
  if (laws.length === 0) return found;
  for (let open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, open + 1)) {
    const close = text.indexOf(CLOSE, open + 1);
    if (close < 0) break;
    if (close - open - 1 > MAX_TITLE) continue;
    const title = text.slice(open + 1, close);
    const law = laws.find((alias) => titleNamesLaw(title, alias.text));
    if (law !== undefined) found.push({ start: open + 1, end: close, entity: law.entity });
  }
  return found;
}
