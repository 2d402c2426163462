/**
 * Bare surnames with nothing to anchor them. A pack may mark a person's bare surname strong
 * ("Xi", "Trump", "Bessent": in the news such a word alone means that person), yet the same
 * letters name other things on pages about something else entirely: "the Xi baryon", "the Xi
 * particle", "Xi(b)*". A strong bare surname therefore still needs one sign that a person of
 * public life is meant, either beside one of its mentions or anywhere on the page:
 *
 *  - the entity's full name on the page ("Xi Jinping");
 *  - a title or honorific before a bare mention ("President Xi", "Mr. Trump"), a given name and
 *    middle initials ("Howard W. Lutnick"), a tenure noun
 *    after it ("the Trump administration"), or a verb or possessive showing it is used as a
 *    person ("Xi said", "Trump's");
 *  - another pack entity named on the page, a story word, or a country's name.
 *
 * Without any of them the bare mentions are dropped. Weak bare surnames have their own, stricter
 * evidence rule (evidence.ts); this one only asks whether the word is a person at all.
 */
import type { AcceptedMentions } from './accepted';
import { APOSTROPHE_CLASS } from './chars';
import { honorificGender } from './honorifics';
import { givenNameBeforeInitials } from './middle-initials';
import { nextWord, previousWord } from './name-tokens';
import { ORDINAL_WORDS, PERSON_VERBS, TENURE_NOUNS, TITLE_WORDS } from './name-words';
import { isPlaceName } from './places';

/** One kept mention, as page-rules.ts sees it. */
export type KeptMention = { start: number; end: number; entity: number; isPerson: boolean };

const WHITE_SPACE = /\s/u;
const POSSESSIVE_AFTER = new RegExp(`^[${APOSTROPHE_CLASS}]s(?![\\p{L}\\p{N}])`, 'u');
const CAPITALIZED_WORD = /(?<![\p{L}\p{N}.])(?:\p{Lu}[\p{L}.]*)(?![\p{L}\p{N}])/gu;

const HAN = /\p{Script=Han}/u;

/**
 * True when the bare mention text[start, end) has a title, honorific, tenure noun, verb or
 * possessive beside it, or is written against Chinese characters ("Trump出席"), where these
 * English cues cannot be read and the rule leaves the name alone.
 */
export function anchoredHere(text: string, start: number, end: number): boolean {
  if (HAN.test(text[start - 1] ?? '') || HAN.test(text[end] ?? '')) return true;
  const before = previousWord(text, start);
  const title = before?.folded.replace(/\.$/, '');
  if (title !== undefined && TITLE_WORDS.has(title) && !ORDINAL_WORDS.has(title)) return true;
  if (honorificGender(before) !== undefined) return true;
  // "Howard W. Lutnick": a given name and middle initials (middle-initials.ts).
  if (givenNameBeforeInitials(text, start) !== undefined) return true;
  if (POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return true;
  const after = nextWord(text, end);
  if (after === undefined) return false;
  if (TENURE_NOUNS.has(after.folded)) return true;
  if (!AUXILIARIES.has(after.folded)) return PERSON_VERBS.has(after.folded);
  // "Xi is the 14th letter", "Xi was derived from samekh": any subject takes an auxiliary; a
  // person's verb after it shows the person ("Xi has said", "Trump will visit").
  const then = nextWord(text, after.end);
  if (then === undefined || AUXILIARIES.has(then.folded)) return false;
  return PERSON_VERBS.has(then.folded) || PERSON_VERB_BASES.has(then.folded);
}

/** The auxiliaries and the copula among PERSON_VERBS: a thing, a letter or a particle takes them too. */
const AUXILIARIES: ReadonlySet<string> = new Set('is was has had will would did does'.split(' '));
/** The bare forms of PERSON_VERBS, which follow "will", "would", "did" and "does" ("Trump will visit"). */
const PERSON_VERB_BASES: ReadonlySet<string> = new Set(
  'say tell ask add write note announce meet visit urge warn call praise vow sign speak'.split(' '),
);

/** True when a capitalized word of `text` names a country or region ("China", "U.S."). */
export function namesACountry(text: string): boolean {
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    const word = match[0].toLowerCase();
    // A sentence's full stop is not part of the name; an initialism's is ("U.S.").
    if (isPlaceName(word) || (word.endsWith('.') && isPlaceName(word.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * The indexes of `kept` to drop: bare (one-word) mentions of persons that no mention of theirs
 * anchors, on a page with no other sign. `storyWordOnPage()` is asked at most once.
 */
export function unanchoredBareSurnames(
  text: string,
  kept: readonly KeptMention[],
  storyWordOnPage: () => boolean,
): Set<number> {
  // A page naming another entity is a sign in itself: nothing is dropped there.
  if (new Set(kept.map((m) => m.entity)).size > 1) return new Set();
  const anchored = new Set<number>();
  const bare: number[] = [];
  kept.forEach((m, i) => {
    if (!m.isPerson) return;
    const full = WHITE_SPACE.test(text.slice(m.start, m.end));
    if (full || anchoredHere(text, m.start, m.end)) anchored.add(m.entity);
    else bare.push(i);
  });
  const open = bare.filter((i) => !anchored.has((kept[i] as KeptMention).entity));
  if (open.length === 0) return new Set();
  return storyWordOnPage() || namesACountry(text) ? new Set() : new Set(open);
}

/**
 * Removes from `kept` (indexes into `accepted`, in text order) the bare surnames nothing anchors,
 * calling `onDrop` with each removed index.
 */
export function dropUnanchoredBareSurnames(
  text: string,
  kept: number[],
  accepted: AcceptedMentions,
  isPerson: (entity: number) => boolean,
  storyWordOnPage: () => boolean,
  onDrop: (k: number) => void,
): void {
  // Before the mentions are built: unanchoredBareSurnames drops nothing on such a page.
  if (namesSeveralEntities(kept, accepted.entities)) return;
  const mentions = kept.map((k) => {
    const entity = accepted.entities[k] as number;
    return {
      start: accepted.starts[k] as number,
      end: accepted.ends[k] as number,
      entity,
      isPerson: isPerson(entity),
    };
  });
  const drop = unanchoredBareSurnames(text, mentions, storyWordOnPage);
  for (const i of [...drop].sort((a, b) => b - a)) {
    onDrop(kept[i] as number);
    kept.splice(i, 1);
  }
}

/** Whether the mentions `kept` (indexes into `entities`) name two entities or more. */
export function namesSeveralEntities(kept: readonly number[], entities: readonly number[]): boolean {
  if (kept.length === 0) return false;
  const first = entities[kept[0] as number];
  for (let i = 1; i < kept.length; i++) if (entities[kept[i] as number] !== first) return true;
  return false;
}
