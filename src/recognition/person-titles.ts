/**
 * Person titles and a pack person's own roles. A title of a person's calling or office before a
 * bare surname or given name ("Judge Greer ruled", "Coach Vance", "Dr. Huang", "Bishop Trump")
 * says who is meant: someone who holds that title. It names a pack person only when the title is
 * one of that person's roles, which the pack lists per person with a source (`roles`): "Senator
 * Vance" is J.D. Vance, who was a senator; "Judge Greer" is not Jamieson Greer, who never was a
 * judge, even on a page about the trade talks.
 *
 * Only the titles below count. Honorifics ("Mr.", "Ms.") carry no role (honorifics.ts); the
 * titles of the story's own offices ("President", "Secretary", "Premier", "Ambassador",
 * "Representative") are left to the office-title rules (titles.ts), so "President Trump" and
 * "Vice Premier He" are untouched. "Officer", "Major" and "General" are left out: they also close
 * a company post ("Chief Executive Officer") or open a Title Case headline ("Major Win").
 *
 * A full name after a title keeps its entity ("Judge Jamieson Greer"): the pack's full name is
 * strong and this rule reads one-word names only.
 */
import type { Entity } from '../knowledge/schema';
import type { Word } from './name-tokens';

/** Person titles (lower case, no final period) and the title each stands for. */
const PERSON_TITLES: ReadonlyMap<string, string> = new Map([
  ...[
    'judge',
    'justice',
    'magistrate',
    'coach',
    'professor',
    'doctor',
    'bishop',
    'archbishop',
    'cardinal',
    'father',
    'reverend',
    'pastor',
    'rabbi',
    'imam',
    'captain',
    'lieutenant',
    'colonel',
    'sergeant',
    'corporal',
    'admiral',
    'detective',
    'sheriff',
    'constable',
    'mayor',
    'governor',
    'senator',
    'congressman',
    'councilman',
    'alderman',
    'chef',
    'nurse',
    'dean',
  ].map((title): [string, string] => [title, title]),
  ['prof', 'professor'],
  ['dr', 'doctor'],
  ['rev', 'reverend'],
  ['fr', 'father'],
  ['capt', 'captain'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['sgt', 'sergeant'],
  ['cpl', 'corporal'],
  ['adm', 'admiral'],
  ['det', 'detective'],
  ['gov', 'governor'],
  ['sen', 'senator'],
  // "Rep." is a member of the House, not a trade representative.
  ['rep', 'congressman'],
  ['congresswoman', 'congressman'],
  ['congressmember', 'congressman'],
  ['councilwoman', 'councilman'],
  ['councillor', 'councilman'],
  ['councilor', 'councilman'],
  ['councilmember', 'councilman'],
]);

/** The person title words (lower case, no final period), abbreviations included. */
export const PERSON_TITLE_WORDS: readonly string[] = [...PERSON_TITLES.keys()];

/** A title as titles are compared: trimmed, lower case, no final period ("Sen." → "sen"). */
export const titleKey = (title: string): string => title.trim().toLowerCase().replace(/\.$/, '');

/** The person title a word before a name is ("Dr." → "doctor"), or undefined for any other word. */
export function personTitle(word: Word | undefined): string | undefined {
  if (word === undefined || word.shape === 'lower' || word.possessive) return undefined;
  return PERSON_TITLES.get(titleKey(word.folded));
}

/**
 * Abbreviations that also stand for the last word of an office title of the story: "Trade Rep.
 * Greer" is the trade representative as surely as "Rep. Greer" may be a member of the House.
 */
const OTHER_READINGS: ReadonlyMap<string, string> = new Map([['rep', 'representative']]);

/**
 * The titles an entity's roles (pack data) let stand before its bare name: each role as personTitle
 * reads it, and the last word of each role ("Trade Representative" → "representative"), which an
 * abbreviation in OTHER_READINGS may stand for.
 */
export function titlesHeld(entity: Pick<Entity, 'roles'>): ReadonlySet<string> {
  const held = new Set<string>();
  for (const role of entity.roles ?? []) {
    const title = titleKey(role.title);
    const read = PERSON_TITLES.get(title);
    if (read !== undefined) held.add(read);
    held.add(title.slice(title.lastIndexOf(' ') + 1));
  }
  return held;
}

/** Whether the word before a bare name is a person title that `held` (titlesHeld) lacks. */
export function titleNotHeld(before: Word | undefined, held: ReadonlySet<string>): boolean {
  const title = personTitle(before);
  if (title === undefined || held.has(title)) return false;
  const other = OTHER_READINGS.get(titleKey((before as Word).folded));
  return other === undefined || !held.has(other);
}
