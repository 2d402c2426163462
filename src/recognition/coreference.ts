/**
 * Document-level coreference of name words. A full name in the text claims the later bare
 * mentions of its words until another full name sharing the word appears:
 *
 *   "Keith Ellison … Ellison said"   → the bare "Ellison" is Keith Ellison, not the pack's Larry
 *   "Jensen Huang … Huang said"      → the bare "Huang" is the pack's Jensen Huang
 *   "Judy Greer … Greer … Jamieson Greer … Greer" → Judy, Judy, the pack's, the pack's
 *
 * A bare mention before any full name with its word takes the first full name after it when that
 * one is another person and the pack's own full name with the word never appears (a headline
 * "Castrating Greer?" above "Germaine Greer's …").
 *
 * Full names are found from the candidates the matcher already reports, so this costs no extra
 * pass over the text: every occurrence of a one-word person alias is classified by name structure
 * (name-structure.ts) as inside the pack's full name ("own"), inside another person's full name
 * ("other"), or bare. Decision recorded in docs/recognition.md (capitalised sequences vs
 * compromise).
 */

export const NO_CLAIM = -1;
/** The entity index used for a claim by a full name that is not in the pack. */
export const OTHER_PERSON = -2;

/** One occurrence of a one-word person alias, in text order. */
export type NameWordOccurrence = {
  /** The word, folded ("trump"). */
  key: string;
  start: number;
  /** The entity of the pack full name it sits in, OTHER_PERSON inside another full name, NO_CLAIM when bare. */
  claim: number;
  /**
   * A bare mention right after an office title ("President Trump", "Vice President Vance"): the
   * title sets it apart from another full name without one ("Melania Trump"), so only the pack's
   * own full name claims it.
   */
  titled: boolean;
};

export type Resolution = {
  /** The claiming entity (or OTHER_PERSON), NO_CLAIM when nothing claims the bare mention. */
  entity: number;
  /** Where the claiming full name sits in the text (-1 when none). */
  at: number;
};

const UNRESOLVED: Resolution = { entity: NO_CLAIM, at: -1 };

/**
 * Resolves every bare occurrence (claim NO_CLAIM) against the claims of the same word.
 * Returns one Resolution per occurrence (claiming occurrences resolve to themselves).
 */
export function resolveNameWords(occurrences: readonly NameWordOccurrence[]): Resolution[] {
  const byKey = new Map<string, number[]>();
  occurrences.forEach((occurrence, index) => {
    const list = byKey.get(occurrence.key);
    if (list) list.push(index);
    else byKey.set(occurrence.key, [index]);
  });
  const resolutions: Resolution[] = occurrences.map(() => UNRESOLVED);
  for (const indexes of byKey.values()) resolveWord(occurrences, indexes, resolutions);
  return resolutions;
}

function resolveWord(
  occurrences: readonly NameWordOccurrence[],
  indexes: readonly number[],
  resolutions: Resolution[],
): void {
  const ownAnywhere = indexes.some((i) => (occurrences[i] as NameWordOccurrence).claim >= 0);
  let last: Resolution = UNRESOLVED;
  const pending: number[] = [];
  for (const i of indexes) {
    const occurrence = occurrences[i] as NameWordOccurrence;
    if (occurrence.claim === NO_CLAIM) {
      resolutions[i] = occurrence.titled && last.entity === OTHER_PERSON ? UNRESOLVED : last;
      if (last.entity === NO_CLAIM && !occurrence.titled) pending.push(i);
      continue;
    }
    last = { entity: occurrence.claim, at: occurrence.start };
    resolutions[i] = last;
    // Bare mentions before the first full name: claimed by it only when it is another person's
    // and the pack's own full name with this word never appears.
    if (pending.length > 0) {
      if (occurrence.claim === OTHER_PERSON && !ownAnywhere) for (const p of pending) resolutions[p] = last;
      pending.length = 0;
    }
  }
}
