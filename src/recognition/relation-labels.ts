/**
 * Relation label lines. A biography page lists a person's relatives and the holders of an office
 * before and after them on short lines: "Father- Xi Zhongxun", "Daughter: Xi Mingze", "Brother-
 * Xi Yuanping, Xi Zhengning", an infobox's "Preceded by Wang Min". Such a line is shaped like a
 * Title Case headline (headlines.ts), where name structure keeps a surname beside another name
 * word ("Biden Xi Summit"), but what follows its label is a list of full names, read as in a
 * sentence. Facts about English labels, not about any entity. All entries lower case.
 */
import { KINSHIP_NOUNS } from './kinship';

/** Label words naming a relation, beyond the family nouns: "Spouse:", "Predecessor:". */
const RELATION_WORDS: ReadonlySet<string> = new Set([
  ...KINSHIP_NOUNS,
  ...'spouse spouses partner relatives predecessor predecessors successor successors'.split(' '),
]);
/** Verbs of an infobox's succession rows, read with "by" after them: "Preceded by", "Succeeded by". */
const SUCCESSION_VERBS: ReadonlySet<string> = new Set(['preceded', 'succeeded']);
/** Longest stretch of a line before a candidate read for a label (characters). */
const MAX_LABEL_PREFIX = 160;
const LINE_FEED = 0x0a;

/**
 * From a line's start to a candidate: a label (one relation word, or a succession verb with "by"),
 * a separator (':' or a dash, or only a space), then any earlier names of the list, each of one to
 * three capitalized words followed by a comma.
 */
const LABEL_PREFIX =
  /^[ \t\u00a0]*(\p{L}+(?:-\p{L}+)*)([ \t\u00a0]+by)?(?:[ \t\u00a0]*[:\-\u2013\u2014][ \t\u00a0]*|[ \t\u00a0]+)(?:\p{Lu}[\p{L}'\u2019-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'\u2019-]*){0,2}[ \t\u00a0]*,[ \t\u00a0]*)*$/u;

/** True when the line holding `start` opens with a relation label and a candidate at `start` is in its list of names. */
export function afterRelationLabel(text: string, start: number): boolean {
  // Read back at most MAX_LABEL_PREFIX units for the line's start: a long line holds no label.
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== LINE_FEED) {
    if (start - lineStart >= MAX_LABEL_PREFIX) return false;
    lineStart--;
  }
  const match = LABEL_PREFIX.exec(text.slice(lineStart, start));
  if (match === null) return false;
  const label = (match[1] as string).toLowerCase();
  return match[2] === undefined ? RELATION_WORDS.has(label) : SUCCESSION_VERBS.has(label);
}
