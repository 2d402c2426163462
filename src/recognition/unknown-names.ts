/**
 * Names the pack does not know yet, found by compromise (people and organizations). Heavy: run it
 * in the background or in Node, never on the page's main thread. Only this module imports compromise.
 *
 * Each compromise match is trimmed to its capitalized name words: leading titles and honorifics
 * ("spokesman", "Secretary", "President") and any lower-case word are cut, trailing punctuation is
 * not part of a term, a possessive "'s" is cut. Dropped: anything overlapping a known mention, people with fewer than two
 * name words (a lone "Donald" or "President" says nothing), organizations shorter than two
 * letters, duplicates (first occurrence kept, compared case-insensitively).
 */
import nlp from 'compromise';
import type { Mention } from './index';
import { OFFICE_TITLE_MODIFIERS, OFFICE_TITLE_WORDS } from './titles';

export type UnknownName = { text: string; kind: 'person' | 'organization' };

type TermJson = { text: string; tags?: string[]; offset?: { start: number; length: number } };
type MatchJson = { terms?: TermJson[] };

const TITLE_TAGS = ['Honorific', 'Actor'];
/** Leading words cut from a person's name even when compromise does not tag them as titles. */
const LEADING_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...OFFICE_TITLE_WORDS,
  ...OFFICE_TITLE_MODIFIERS,
  'president',
  'senator',
  'sen',
  'rep',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'general',
  'gen',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'founder',
  'analyst',
]);
const MIN_PERSON_WORDS = 2;
const MIN_ORGANIZATION_LENGTH = 2;
const CAPITALIZED = /^\p{Lu}/u;
const POSSESSIVE_END = /['’]s$/;
const POSSESSIVE_LENGTH = 2;

function isTitle(term: TermJson): boolean {
  if (LEADING_TITLE_WORDS.has(term.text.toLowerCase().replace(/\.$/, ''))) return true;
  return (term.tags ?? []).some((tag) => TITLE_TAGS.includes(tag));
}

function isNameWord(term: TermJson): boolean {
  return CAPITALIZED.test(term.text);
}

/** The span of the name words inside one compromise match, or undefined when nothing is left. */
function nameSpan(
  text: string,
  match: MatchJson,
  kind: UnknownName['kind'],
): { start: number; end: number; words: number } | undefined {
  const terms = (match.terms ?? []).filter((t) => t.offset !== undefined && t.text.length > 0);
  let first = 0;
  while (
    first < terms.length &&
    (!isNameWord(terms[first] as TermJson) || (kind === 'person' && isTitle(terms[first] as TermJson)))
  ) {
    first++;
  }
  const kept = terms.slice(first);
  if (kept.length === 0 || !kept.every(isNameWord)) return undefined;
  const head = kept[0]?.offset;
  const tail = kept[kept.length - 1]?.offset;
  if (head === undefined || tail === undefined) return undefined;
  const start = head.start;
  let end = tail.start + tail.length;
  if (POSSESSIVE_END.test(text.slice(start, end))) end -= POSSESSIVE_LENGTH;
  // compromise offsets should index the input; distrust them when the words do not line up.
  if (text.slice(start, start + (kept[0] as TermJson).text.length) !== (kept[0] as TermJson).text)
    return undefined;
  return { start, end, words: kept.length };
}

function overlapsAny(start: number, end: number, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

export function unknownNames(text: string, mentions: readonly Mention[]): UnknownName[] {
  const doc = nlp(text);
  const found: UnknownName[] = [];
  const seen = new Set<string>();
  const collect = (matches: MatchJson[], kind: UnknownName['kind']): void => {
    for (const match of matches) {
      const span = nameSpan(text, match, kind);
      if (span === undefined || overlapsAny(span.start, span.end, mentions)) continue;
      const name = text.slice(span.start, span.end);
      if (kind === 'person' && span.words < MIN_PERSON_WORDS) continue;
      if (kind === 'organization' && name.length < MIN_ORGANIZATION_LENGTH) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ text: name, kind });
    }
  };
  collect(doc.people().json({ offset: true }) as MatchJson[], 'person');
  collect(doc.organizations().json({ offset: true }) as MatchJson[], 'organization');
  return found;
}
