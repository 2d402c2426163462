/**
 * Document-level coreference of name words (generic organization words: other-bodies.ts). A full
 * name in the text claims the later bare mentions of its words until another full name sharing
 * them appears:
 *
 *   "Keith Ellison … Ellison said"   → the bare "Ellison" is Keith Ellison, not the pack's Larry
 *   "Jensen Huang … Huang said"      → the bare "Huang" is the pack's Jensen Huang
 *   "Judy Greer … Greer … Jamieson Greer … Greer" → Judy, Judy, the pack's, the pack's
 *
 * A full name introduced as a relative ("the son of Larry Ellison", "his brother, Eric Trump")
 * does not take the word from the person the text is about; when nothing named the word before
 * it, the bare mentions around it are ambiguous and skipped. A parent introduced through another
 * full name ("Xi Jinping's father, Xi Zhongxun, was purged") is where the text turns, and claims
 * the word as any full name does (kinship.ts). A bare mention after an office title
 * or before a tenure noun ("President Trump", "the Trump administration") is the pack's person
 * when its alias is strong or the pack's full name is in the text, and the later bare mentions are
 * his again. A strong bare possessive before a noun of an office's tenure ("Trump's
 * administration", after "Melania Trump") is set apart in the same way, without taking the later
 * bare mentions. A bare possessive before a kinship noun ("Trump's son") is not the relative the text
 * is about. A bare mention before any full name takes the first full name after it when that one
 * is another's and the pack's own full name never appears (a headline "Castrating Greer?" above
 * "Germaine Greer's …").
 *
 * The occurrences come from the candidates the matcher already reports (page-rules.ts),
 * so this costs no extra pass over the text. Decision recorded in docs/recognition.md.
 */

export const NO_CLAIM = -1;
/** The claim of a name that is not in the pack (another person, another body, a place, a product). */
export const OTHER_PERSON = -2;
/** A bare word whose referent the text leaves open: skipped (precision first). */
export const AMBIGUOUS = -3;

/** One occurrence of a claimable word, in text order. */
export type NameWordOccurrence = {
  /** The word (or the organization) the occurrence belongs to. */
  key: string | number;
  start: number;
  /** The entity of the pack's full name it sits in, OTHER_PERSON inside another name, NO_CLAIM when bare. */
  claim: number;
  /** A bare mention after an office title or before a tenure noun ("President Trump", "Trump administration"). */
  titled: boolean;
  /** A full name introduced as a relative ("the son of Larry Ellison"). */
  relational?: boolean;
  /** The pack's full name with middle initials ("Howard W. Lutnick": middle-initials.ts). */
  initialed?: boolean;
  /** A bare possessive before a kinship noun ("Trump's son"). */
  ofRelative?: boolean;
  /** A strong bare possessive before a noun of an office's tenure ("Trump's administration"). */
  heldOffice?: boolean;
  /** Where the relative's name after that kinship noun starts ("Ellison's father Larry Ellison"), else -1. */
  relativeAt?: number;
  /** For a titled bare mention: the entity its alias names and whether that alias is strong. */
  entity?: number;
  strong?: boolean;
};

export type Resolution = {
  /** The claiming entity, OTHER_PERSON or AMBIGUOUS; NO_CLAIM when nothing claims the bare mention. */
  entity: number;
  /** Where the claiming name sits in the text (-1 when none). */
  at: number;
};

const UNRESOLVED: Resolution = { entity: NO_CLAIM, at: -1 };

/** The entity whose one-word person alias every entry is (a claimable name word), else undefined. */
export function soleNameWordEntity(
  entries: readonly { entity: number; nameWord: boolean }[],
): number | undefined {
  const first = entries[0];
  if (first === undefined || !first.nameWord) return undefined;
  for (let e = 1; e < entries.length; e++) {
    const entry = entries[e] as { entity: number; nameWord: boolean };
    if (entry.entity !== first.entity || !entry.nameWord) return undefined;
  }
  return first.entity;
}

/**
 * Resolves every bare occurrence (claim NO_CLAIM) against the claims of the same key.
 * Returns one Resolution per occurrence (claiming occurrences resolve to themselves).
 */
export function resolveNameWords(occurrences: readonly NameWordOccurrence[]): Resolution[] {
  const byKey = new Map<string | number, number[]>();
  occurrences.forEach((occurrence, index) => {
    const list = byKey.get(occurrence.key);
    if (list) list.push(index);
    else byKey.set(occurrence.key, [index]);
  });
  const resolutions: Resolution[] = occurrences.map(() => UNRESOLVED);
  for (const indexes of byKey.values()) resolveWord(occurrences, indexes, resolutions);
  return resolutions;
}

/** Resolves the occurrences of one key (indexes in text order). */
export function resolveWord(
  occurrences: readonly NameWordOccurrence[],
  indexes: readonly number[],
  resolutions: Resolution[],
): void {
  const ownAnywhere = indexes.some((i) => {
    const occurrence = occurrences[i] as NameWordOccurrence;
    return occurrence.claim >= 0 && occurrence.relational !== true;
  });
  let last: Resolution = UNRESOLVED;
  const pending: number[] = [];
  for (let n = 0; n < indexes.length; n++) {
    const i = indexes[n] as number;
    const occurrence = occurrences[i] as NameWordOccurrence;
    if (occurrence.claim === NO_CLAIM) {
      if (occurrence.titled) {
        // "President Trump": the title sets it apart from another full name; the normal rules decide.
        resolutions[i] = UNRESOLVED;
        const entity = occurrence.entity ?? NO_CLAIM;
        if (entity >= 0 && (occurrence.strong === true || ownAnywhere))
          last = { entity, at: occurrence.start };
        continue;
      }
      if (occurrence.heldOffice === true) {
        // "Melania Trump … Trump's administration": her full name does not own his tenure; the
        // normal rules decide, and the later bare mentions stay with whoever held them.
        resolutions[i] = UNRESOLVED;
        continue;
      }
      if (
        occurrence.ofRelative === true &&
        last.entity === OTHER_PERSON &&
        !possessorOfOwnRelative(occurrence, occurrences[indexes[n + 1] as number])
      ) {
        resolutions[i] = UNRESOLVED;
        continue;
      }
      resolutions[i] = last;
      if (last.entity === NO_CLAIM) pending.push(i);
      continue;
    }
    resolutions[i] = { entity: occurrence.claim, at: occurrence.start };
    if (occurrence.relational === true) {
      // A relative named in passing keeps the word from nobody; with nothing named before, the
      // bare mentions around it are open.
      if (last.entity === NO_CLAIM) {
        last = { entity: AMBIGUOUS, at: occurrence.start };
        for (const p of pending) resolutions[p] = last;
        pending.length = 0;
      }
      continue;
    }
    // Bare mentions before a first full name with middle initials stay open: a family's other
    // member is often named bare before the formal line.
    if (occurrence.initialed === true && last.entity === NO_CLAIM) {
      for (const p of pending) resolutions[p] = { entity: AMBIGUOUS, at: occurrence.start };
      pending.length = 0;
    }
    last = { entity: occurrence.claim, at: occurrence.start };
    // Bare mentions before the first full name: claimed by it only when it is another's and the
    // pack's own full name with this word never appears.
    if (pending.length > 0) {
      if (occurrence.claim === OTHER_PERSON && !ownAnywhere) for (const p of pending) resolutions[p] = last;
      pending.length = 0;
    }
  }
}

/** How far the word of a full name may sit from the name's first word ("Lawrence J. Ellison"). */
const MAX_GIVEN_NAMES_SPAN = 40;

/**
 * True when a bare possessive's kinship noun is followed by the pack person's own full name with
 * the same word ("David Ellison … Ellison's father Larry Ellison"): nobody is their own father, so
 * the possessor is the other person named before, not the pack's; the exception for a possessive
 * before a kinship noun ("Kai Trump … Trump's granddaughter", the grandfather) does not apply.
 */
function possessorOfOwnRelative(
  occurrence: NameWordOccurrence,
  next: NameWordOccurrence | undefined,
): boolean {
  const at = occurrence.relativeAt ?? -1;
  return (
    at >= 0 &&
    next !== undefined &&
    next.claim >= 0 &&
    next.relational === true &&
    next.start >= at &&
    next.start - at <= MAX_GIVEN_NAMES_SPAN
  );
}

/** Characters shown on each side of a claiming full name in an explanation. */
const CONTEXT_CHARS = 24;

/** Why a claim keeps a bare mention from its entity (annotate --explain); `id` names an entity. */
export function explainClaim(
  text: string,
  claim: number,
  at: number,
  id: (entity: number) => string,
): string {
  const by =
    claim === OTHER_PERSON
      ? 'another person (a full name, or a title or honorific that is not theirs)'
      : claim === AMBIGUOUS
        ? 'no one: a relative is named and nothing before settles who the word means'
        : id(claim);
  const near = text.slice(Math.max(0, at - CONTEXT_CHARS), at + CONTEXT_CHARS).replace(/\s+/g, ' ');
  return `coreference: the word is claimed by ${by} at ${at} ("…${near}…")`;
}
