/**
 * Another event's venue. A place's card is about the talks between the story's sides held there
 * (story-sides.ts); a place named right after another event's name and a meeting noun ("the ASEAN
 * summit in Kuala Lumpur", "the Asean Foreign Ministers’ Meeting in Kuala Lumpur", "the NATO
 * summit in Madrid", "the Biden-Putin summit in Geneva") is where that event met. The event's name
 * is the run of capitalized words right before the meeting noun: an acronym, or capitalized words
 * that are no function words, the first of them not opening its sentence ("Trade talks in London"
 * says nothing). Whether it names a country ("the US-China talks in Geneva" may be the story's own)
 * or holds a pack name ("the Trump–Xi summit in Busan") is the caller's to tell (place-anchors.ts).
 */
import { opensSentence, previousWord } from './name-tokens';
import { FUNCTION_WORDS } from './name-words';

/** Nouns of a meeting held at a place ("summit in", "talks at"). */
const MEETING_NOUNS: ReadonlySet<string> = new Set(
  'summit summits meeting meetings conference forum ministerial talks negotiations session sessions'.split(
    ' ',
  ),
);

/** How far before the meeting noun an event's name is read: a few capitalized words. */
const NAME_REACH = 60;

/** The run of capitalized words (acronyms, ordinals, possessives) that ends right before a meeting noun. */
const CAPITALIZED_RUN = /(?:[\p{Lu}\p{N}][\p{L}\p{N}&.\-\u2010-\u2015]*[’']?[ \u00a0]+)+$/u;
/** A word of two capitals or more, digits allowed ("ASEAN", "APEC", "G20", "UN"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}[\p{Lu}\p{N}]*$|^\p{Lu}\p{N}+$/u;
const LETTER = /\p{L}/u;

export type EventName = { start: number; end: number };

/**
 * The name of another event whose venue the place at `start` is ("ASEAN" of "the ASEAN summit in
 * Kuala Lumpur"), or undefined when the words before the place are no event's name and meeting
 * noun.
 */
export function eventNameBefore(text: string, start: number): EventName | undefined {
  const preposition = previousWord(text, start);
  if (preposition === undefined || (preposition.folded !== 'in' && preposition.folded !== 'at'))
    return undefined;
  const noun = previousWord(text, preposition.start);
  if (noun === undefined || !MEETING_NOUNS.has(noun.folded)) return undefined;
  const from = Math.max(0, noun.start - NAME_REACH);
  const run = CAPITALIZED_RUN.exec(text.slice(from, noun.start));
  if (run === null) return undefined;
  // The event's name: the run's words back from the noun, up to a function word ("The", "At").
  const words = [...run[0].matchAll(/\S+/gu)].map((m) => ({
    start: from + run.index + (m.index as number),
    raw: m[0],
  }));
  let first = words.length;
  while (first > 0) {
    const raw = (words[first - 1] as { raw: string }).raw;
    const folded = raw.toLowerCase().replace(/[’'.]+$/u, '');
    if (FUNCTION_WORDS.has(folded)) break;
    first--;
  }
  const name = words.slice(first);
  const lead = name.find((w) => LETTER.test(w.raw));
  if (lead === undefined) return undefined;
  // A capitalized word opening its sentence may be capitalized for that alone ("Trade talks in").
  if (opensSentence(text, lead.start) && !ACRONYM.test(lead.raw.replace(/[’']$/u, ''))) return undefined;
  return { start: (name[0] as { start: number }).start, end: noun.start };
}
