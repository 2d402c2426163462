/**
 * A company speaking in its own sentence: "Oracle claims that 23c has 300+ new features …" on a
 * database blog that names no other pack entity. A company's weak one-word name ("Oracle", an
 * ordinary word) needs page evidence (evidence.ts); a sentence that opens on the bare name and
 * goes on with a verb of saying is the company as surely as "Oracle Corp." would be, so it is
 * the company's evidence for the page, as one of its confirming words would be
 * (confirming-words.ts): for that company alone, and only to keep weak mentions its rules kept.
 *
 * Kept narrow, for the look-alikes of a company's name on ordinary pages:
 * - only where the name opens the sentence, bare: "the Oracle said" (Delphi's, the Matrix's) is
 *   already a character (name-shapes.ts), and "at Oracle pits the Warriors …" (the arena) is no
 *   subject;
 * - only a company's verb of speaking that is never a noun ("announced", "reported"), or a verb
 *   of saying that may be a noun ("claims", "states") only before "that": "Oracle claims
 *   processing" is a product's name; not "said", which an oracle or a character says too; or a
 *   company's deal with the other company or the deal named after it ("Oracle acquired Sun
 *   Microsystems", "Oracle completed its acquisition of Cerner": company-signs.ts `dealAfter`);
 * - never when the sentence speaks of a person by "he" or "she" ("Oracle said she would guide
 *   Batman"): a character or a person of that name speaks, not a company (a company is "it").
 * Other companies of the same name are read before: "Oracle Energy Corp. … Oracle said" is
 * Oracle Energy's, by other-bodies.ts, before any evidence is weighed.
 */
import type { AcceptedMentions } from './accepted';
import { companyBusinessSign, dealAfter } from './company-signs';
import { nextWord, opensSentence } from './name-tokens';

/**
 * A company's verbs of speaking that are never nouns. Not "said", "says", "told" or "declared":
 * every speaker uses them, and an oracle or a character of that name speaks too ("Oracle said the
 * city would fall", "the Oracle at Delphi … once declared Socrates …").
 */
const COMPANY_VERBS: ReadonlySet<string> = new Set([
  'announced',
  'announces',
  'reported',
  'confirmed',
  'denied',
]);

/** Verbs of saying that may also be nouns ("claims", "states", "reports"): they count only before "that". */
const SAYING_BEFORE_THAT: ReadonlySet<string> = new Set([
  'claims',
  'claimed',
  'states',
  'stated',
  'reports',
  'confirms',
  'denies',
  'insists',
]);

/** Words by which a sentence speaks of a person, never of a company. */
const PERSON_PRONOUNS = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

/** Where the sentence holding `from` ends: after its terminator, or at the text's end. */
function sentenceEnd(text: string, from: number): number {
  const match = /[.!?](?=\s|$)|\n\s*\n/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found === null ? text.length : found.index;
}

/**
 * Whether the company name at text[start, end) opens its sentence and speaks in it: a verb of
 * speaking right after it (COMPANY_VERBS, or SAYING_BEFORE_THAT followed by "that"), and no personal
 * pronoun in the rest of the sentence.
 */
export function companySpeaks(text: string, start: number, end: number): boolean {
  const verb = nextWord(text, end);
  if (verb === undefined || verb.shape !== 'lower' || verb.start !== end + 1) return false;
  const saying =
    COMPANY_VERBS.has(verb.folded) ||
    (SAYING_BEFORE_THAT.has(verb.folded) && nextWord(text, verb.end)?.folded === 'that') ||
    dealAfter(text, verb);
  if (!saying || !opensSentence(text, start)) return false;
  return !PERSON_PRONOUNS.test(text.slice(verb.end, sentenceEnd(text, verb.end)));
}

/**
 * The first of `kept` (indexes into `accepted`) that is a weak mention of `entity` speaking
 * (companySpeaks) or named by its business (company-signs.ts: "Oracle CEO Safra Catz",
 * "Oracle's shares"), as written with the word after it ("Oracle claims", "Oracle CEO"), or
 * undefined.
 */
export function companySpeaking(
  text: string,
  entity: number,
  kept: readonly number[],
  accepted: AcceptedMentions,
): string | undefined {
  for (const k of kept) {
    if (accepted.entities[k] !== entity || accepted.weak[k] !== 1) continue;
    const [start, end] = [accepted.starts[k] as number, accepted.ends[k] as number];
    if (companySpeaks(text, start, end) || companyBusinessSign(text, start, end))
      return text.slice(start, signEnd(text, end));
  }
  return undefined;
}

/** Where the word after a company's name ends, past a possessive "'s" ("Oracle's shares"). */
function signEnd(text: string, end: number): number {
  const word = nextWord(text, end) ?? nextWord(text, end + 2);
  return word?.end ?? end;
}
