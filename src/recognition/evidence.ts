/**
 * Page-level evidence for weak aliases. A weak alias (a bare common surname, a city, a generic
 * organisation word: "Greer", "Madrid", "Treasury", "Oracle") is highlighted only when the page
 * carries enough evidence of the story:
 *
 *  - its own entity is also named on the page by a strong alias ("Jamieson Greer", "Oracle
 *    Corporation"), or
 *  - the page carries at least MIN_EVIDENCE other signals: another pack entity named by a strong
 *    alias, two distinct story words of the pack ("tariffs", "export controls"), or two weakly
 *    named entities the pack relates to each other ("Kuala Lumpur … Busan": two venues of the talks
 *    rarely meet by chance, while "Madrid … Vance … Treasury" on a namesake page are unrelated).
 *
 * Strong mentions are counted first; the story words are only looked for (one native RegExp pass)
 * when the strong mentions alone do not settle it.
 */

/** Distinct signals a page needs before weak aliases of entities it does not name strongly count. */
export const MIN_EVIDENCE = 1;
/** Story words are common in other trade news too: this many distinct ones make one signal. */
export const STORY_WORDS_PER_SIGNAL = 2;

export type StoryWords = {
  /** Number of distinct story words in the text, counting at most `enough`. */
  countIn(text: string, enough: number): number;
};

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;
const DASHES = '[-\\u2010-\\u2015\\u2212]';

export function storyWords(words: readonly string[]): StoryWords {
  const cleaned = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))];
  if (cleaned.length === 0) return { countIn: () => 0 };
  const body = cleaned
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(ESCAPE, '\\$&').replace(/\s+/g, '\\s+').replace(/-/g, DASHES))
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  return {
    countIn(text, enough) {
      const seen = new Set<string>();
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null && seen.size < enough; m = pattern.exec(text)) {
        seen.add(m[0].toLowerCase().replace(/\s+/g, ' '));
      }
      return seen.size;
    },
  };
}

/**
 * Whether weak mentions of entities not named strongly on the page count: `strongEntities` is
 * the number of distinct entities named by strong aliases, `relatedWeakEntities` the number of
 * entities named only weakly that the pack relates to another one named weakly on the page; story
 * words are counted only if those do not settle it.
 */
export function pageHasStoryEvidence(
  text: string,
  strongEntities: number,
  relatedWeakEntities: number,
  words: StoryWords,
): boolean {
  const signals = strongEntities + Math.max(0, relatedWeakEntities - 1);
  if (signals >= MIN_EVIDENCE) return true;
  const wanted = (MIN_EVIDENCE - signals) * STORY_WORDS_PER_SIGNAL;
  return signals + Math.floor(words.countIn(text, wanted) / STORY_WORDS_PER_SIGNAL) >= MIN_EVIDENCE;
}
