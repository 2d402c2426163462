/**
 * Office titles: "Treasury Secretary Scott Bessent" is ONE mention (Scott Bessent). An
 * organization mention directly followed by a government office title and a person mention is
 * part of that person's title, so it is dropped.
 *
 * Decision: corporate titles do NOT absorb the company. In "Nvidia CEO Jensen Huang" or
 * "Oracle chairman Larry Ellison" the company is a real reference a reader may want a card for,
 * so both mentions stay. Only the words below count as office titles.
 */
import { isHorizontalSpace } from './chars';

/** Government office titles (lower case). The last title word before the name must be one of these. */
export const OFFICE_TITLE_WORDS: ReadonlySet<string> = new Set([
  'secretary',
  'undersecretary',
  'minister',
  'premier',
  'representative',
  'ambassador',
  'commissioner',
  'envoy',
  'negotiator',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);

/** Words that may come before an office title word inside the title (lower case). */
export const OFFICE_TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'under',
  'assistant',
  'acting',
  'trade',
  'chief',
  'senior',
  'special',
]);

export type TitledSpan = { start: number; end: number; isOrganization: boolean; isPerson: boolean };

/** Longest gap between an organization and a person that can still be a title ("Deputy Trade Representative "). */
const MAX_TITLE_GAP = 64;

function wordsIn(gap: string): string[] | undefined {
  if (gap.length === 0 || gap.length > MAX_TITLE_GAP) return undefined;
  for (let i = 0; i < gap.length; i++) {
    const unit = gap.charCodeAt(i);
    if (unit === 0x0a) return undefined;
  }
  if (!isHorizontalSpace(gap.charCodeAt(0)) || !isHorizontalSpace(gap.charCodeAt(gap.length - 1))) {
    return undefined;
  }
  return gap
    .trim()
    .split(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/)
    .filter((w) => w.length > 0);
}

function isOfficeTitle(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1] as string;
  if (!OFFICE_TITLE_WORDS.has(last)) return false;
  return lower.slice(0, -1).every((w) => OFFICE_TITLE_MODIFIERS.has(w));
}

/**
 * Indexes of organization mentions that are only the start of a person's office title:
 * ORG + office title word(s) + PERSON ("Treasury Secretary Scott Bessent"), or an ORG alias that
 * itself ends in an office title directly followed by PERSON ("U.S. Trade Representative Jamieson Greer").
 */
export function titleOrganizationIndexes(text: string, spans: readonly TitledSpan[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < spans.length; i++) {
    const org = spans[i] as TitledSpan;
    const person = spans[i + 1] as TitledSpan;
    if (!org.isOrganization || !person.isPerson) continue;
    if (opensOfficeTitle(text, org.start, org.end, person.start)) dropped.add(i);
  }
  return dropped;
}

/**
 * True when the organization mention text[orgStart, orgEnd), directly followed by a person
 * mention at `personStart`, is only the start of that person's office title (the test
 * titleOrganizationIndexes applies to each organization → person pair).
 */
export function opensOfficeTitle(
  text: string,
  orgStart: number,
  orgEnd: number,
  personStart: number,
): boolean {
  if (personStart - orgEnd > MAX_TITLE_GAP) return false;
  const words = wordsIn(text.slice(orgEnd, personStart));
  if (words === undefined) return false;
  if (words.length > 0) return isOfficeTitle(words);
  const orgWords = text.slice(orgStart, orgEnd).split(/\s+/);
  return isOfficeTitle(orgWords.slice(-1));
}
