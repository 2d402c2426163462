/**
 * Page-level evidence for weak aliases. A weak alias (a bare common surname, a city, a generic
 * organization word: "Greer", "Madrid", "Treasury", "Oracle") is highlighted only when the page
 * carries enough evidence of the story:
 *
 *  - its own entity is also named on the page by a strong alias ("Jamieson Greer", "Oracle
 *    Corporation"), or
 *  - for a place or an organization, any other pack entity is named by a strong alias; for a
 *    person's bare name word, an entity the pack relates to that person ("Bessent and Greer",
 *    "Nvidia … Huang"), or
 *  - the page carries at least MIN_EVIDENCE signals of the story: two distinct story words of the
 *    pack ("tariffs", "export controls"), or two weakly named entities the pack relates to each
 *    other ("Kuala Lumpur … Busan": two venues of the talks rarely meet by chance, while
 *    "Madrid … Vance … Treasury" on a namesake page are unrelated). A story word counts once
 *    however it is inflected or spelled (`storyWordKey`): "a room tariff … all tariffs include
 *    breakfast" on a hotel page is one word, not the two that would show the story.
 *
 * An unrelated pack entity is no evidence for a surname: surnames are shared by thousands of
 * people, and an actress called Greer on a page that also mentions TikTok is still not the trade
 * representative, while "Geneva" or "Oracle" beside "Trump" is the story. Strong mentions are looked at first; the story
 * words are only looked for (one native RegExp pass) when those do not settle it.
 */
import type { Entity } from '../knowledge/schema';
import { rangeContainsAny, sentenceAround } from './context';
import { lazy } from './lazy';

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

const ANY_DASH = /[\u2010-\u2015\u2212]/g;

/**
 * One key per story word however it is inflected or spelled: singular and plural ("tariff",
 * "tariffs"; "rare earth", "rare earths"), with or without the abbreviation's dots ("U.S.-China",
 * "US-China"), any white space and dash.
 */
export function storyWordKey(word: string): string {
  const key = word.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').replace(ANY_DASH, '-');
  return /\p{L}{3}s$/u.test(key) ? key.slice(0, -1) : key;
}

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
        seen.add(storyWordKey(m[0]));
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

/** Distinct entities named strongly that let an organization's acronym alone count (acronyms.ts). */
export const ACRONYM_EVIDENCE = 2;

/**
 * The weak-only entities whose mentions count: each one whose `strongNeeded(entity)` distinct
 * entities are named strongly on the page (MIN_EVIDENCE for an organization's generic word,
 * ACRONYM_EVIDENCE for its acronym, never enough for a person: Infinity); each one the pack relates
 * (either way) to an entity named strongly; each other one when `storyEvidence(entity)` (asked
 * only if needed; `storyEvidenceFor`) says the page shows the story.
 */
export function entitiesWithEvidence(
  strong: ReadonlySet<number>,
  weakOnly: ReadonlySet<number>,
  related: readonly (ReadonlySet<number> | undefined)[],
  strongNeeded: (entity: number) => number,
  storyEvidence: (entity: number) => boolean,
): ReadonlySet<number> {
  const found = new Set<number>();
  for (const entity of weakOnly) {
    if (strong.size >= strongNeeded(entity)) {
      found.add(entity);
      continue;
    }
    for (const other of related[entity] ?? []) {
      if (strong.has(other)) {
        found.add(entity);
        break;
      }
    }
  }
  if (found.size === weakOnly.size) return found;
  for (const entity of weakOnly) if (!found.has(entity) && storyEvidence(entity)) found.add(entity);
  return found;
}

/** Words that make a sentence name a meeting between parties, and a place in it its venue. */
export const MEETING_WORDS: readonly string[] = [
  'talks',
  'met',
  'meet',
  'meets',
  'meeting',
  'meetings',
  'summit',
  'negotiate',
  'negotiated',
  'negotiating',
  'negotiation',
  'negotiations',
  'negotiators',
  'truce',
];

export type StoryEvidence = {
  /** Whether the page's story evidence lets this weak-only entity count (entitiesWithEvidence). */
  of(entity: number): boolean;
  /** Whether a place's mention at [start, end) counts as the venue of a meeting on such a page. */
  atVenue(entity: number, start: number | undefined, end: number | undefined): boolean;
  /** Whether the page shows the story by its words or two related weakly named entities. */
  shown(): boolean;
};

/**
 * The story evidence a weak-only entity takes, computed once per page and only if asked: two
 * distinct story words or two related weakly named entities (`pageHasStoryEvidence`). A place
 * takes the words only where its sentence names a meeting ("trade talks in Geneva", "negotiators
 * met in Kuala Lumpur"): its card is about the talks held there, and a city on a page of tariffs
 * and a trade war is most often another story's dateline or market ("MADRID (Reuters) - Spanish
 * stocks slumped as fears of a trade war…", "Busan port volumes fell as tariffs…"). A place
 * named beside a pack entity other than a place counts through `entitiesWithEvidence` already.
 * `places` is 1 at the index of each place entity.
 */
export function storyEvidenceFor(
  text: string,
  weakOnly: ReadonlySet<number>,
  related: readonly (ReadonlySet<number> | undefined)[],
  words: StoryWords,
  places: Uint8Array,
): StoryEvidence {
  const isPlace = (entity: number) => places[entity] === 1;
  const pair = lazy(() => relatedAmong(weakOnly, related));
  const story = lazy(() => pageHasStoryEvidence(text, 0, pair(), words));
  return {
    of: (entity) => (isPlace(entity) ? pair() >= 2 : story()),
    shown: story,
    atVenue(entity, start, end) {
      if (!isPlace(entity) || start === undefined || end === undefined || !story()) return false;
      const sentence = sentenceAround(text, start, end);
      return rangeContainsAny(text, sentence.start, sentence.end, MEETING_WORDS);
    },
  };
}

/** How many of `entities` (counting at most two) the pack relates to another of them ("Kuala Lumpur" and "Busan"). */
export function relatedAmong(
  entities: ReadonlySet<number>,
  related: readonly (ReadonlySet<number> | undefined)[],
): number {
  for (const a of entities) {
    for (const b of related[a] ?? []) if (entities.has(b)) return 2;
  }
  return 0;
}

/**
 * The pack's `related` lists made symmetric: entity index → the indexes related to it either way
 * (undefined for an entity related to none, as most entities of a large pack are).
 */
export function symmetricRelations(
  lists: readonly (readonly number[])[],
): (ReadonlySet<number> | undefined)[] {
  const sets = lists.map((list) => (list.length > 0 ? new Set(list) : undefined));
  lists.forEach((list, a) => {
    for (const b of list) {
      if (b >= sets.length) continue;
      const set = sets[b] ?? new Set<number>();
      set.add(a);
      sets[b] = set;
    }
  });
  return sets;
}

/**
 * The entities' `related` lists as symmetric index sets (`symmetricRelations`), looking at the
 * few entities that have such a list (a merged lexicon's are mostly empty) instead of indexing
 * every entity of the pack.
 */
export function relationsOf(entities: readonly Entity[]): (ReadonlySet<number> | undefined)[] {
  // Only entities with a list get one: the others stay holes, which `symmetricRelations` skips.
  const lists = new Array<number[]>(entities.length);
  const named = new Set<string>();
  const withList: number[] = [];
  for (let e = 0; e < entities.length; e++) {
    const related = (entities[e] as Entity).related;
    if (related === undefined || related.length === 0) continue;
    withList.push(e);
    for (let k = 0; k < related.length; k++) named.add(related[k] as string);
  }
  const index = new Map<string, number>();
  if (named.size > 0)
    for (let e = 0; e < entities.length; e++) {
      const id = (entities[e] as Entity).id;
      if (named.has(id)) index.set(id, e);
    }
  for (const e of withList)
    lists[e] = ((entities[e] as Entity).related as string[]).flatMap((id) => index.get(id) ?? []);
  return symmetricRelations(lists);
}
