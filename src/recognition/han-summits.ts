/**
 * Summit words. Chinese names a meeting of two leaders by one character of each name and 会 /
 * 會 ("meeting"): 川習會 (川普 and 習近平), 特习会, 习特会. Such a word names the meeting, not
 * either person (one character is never a name), but it shows the story: each pack person whose
 * Han name opens with one of the two characters counts as named for page evidence
 * (han-evidence.ts), so 釜山 in "「川習會」於釜山舉行" is the city of the talks.
 *
 * The opening character of a name written in Chinese order (习近平) or of a transliterated
 * surname (川普, 特朗普) is the one summit words use; a dotted full name (唐纳德·特朗普) opens
 * with a given name and is left out. Both characters must open names of two different pack
 * persons, so an ordinary word ending in 会 (大会, 学会, 都会) names no one.
 */
import type { Pack } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';
import { DOT } from './han-names';

const MEETING = new Set(['会', '會']);
const HAN = /\p{Script=Han}/u;

/** Opening character → the pack persons whose Han names open with it. */
export type NameInitials = ReadonlyMap<string, ReadonlySet<string>>;

/** The opening characters of the pack persons' Han names (习 of 习近平, 川 of 川普). */
export function nameInitialsOf(pack: Pack): NameInitials {
  const initials = new Map<string, Set<string>>();
  for (const entity of pack.entities) {
    if (entity.type !== 'person') continue;
    for (const alias of entity.aliases) {
      const text = aliasRule(alias).text.trim();
      const first = text[0] ?? '';
      if (text.length < 2 || text.includes(DOT) || !HAN.test(first) || !HAN.test(text[1] ?? '')) continue;
      initials.set(first, (initials.get(first) ?? new Set()).add(entity.id));
    }
  }
  return initials;
}

/** The pack persons a summit word in the text stands for (川習會 → Trump and Xi). */
export function summitPersons(text: string, initials: NameInitials): Set<string> {
  const persons = new Set<string>();
  if (initials.size === 0) return persons;
  for (const meeting of MEETING) {
    for (let at = text.indexOf(meeting, 2); at >= 0; at = text.indexOf(meeting, at + 1)) {
      const first = initials.get(text[at - 2] as string);
      const second = first === undefined ? undefined : initials.get(text[at - 1] as string);
      if (first === undefined || second === undefined) continue;
      for (const a of first) {
        for (const b of second) if (a !== b) persons.add(a).add(b);
      }
    }
  }
  return persons;
}
