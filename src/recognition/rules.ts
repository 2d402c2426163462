/**
 * Which entries of a candidate hold in context, and which entity an alias shared by several
 * entities names: the rules step of recognition (index.ts).
 */
import type { AliasEntry } from './aliases';
import { followedByAny, precededByAny, type SentenceIndex } from './context';
import { isLowerCaseName, standsAlone } from './lower-case-names';
import * as patternFacts from './pattern-facts';
import { nameByObjectCase, nameInsideSentence } from './pronoun-case';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { NO_ENTITY } = patternFacts;

/**
 * Per-call marks keyed by entity index; a mark counts only when it holds the current call's number.
 * `anywhere` (on the marks of entities named in full so far): those named in full anywhere in the text.
 */
export type EntityMarks = { seen: Uint32Array; call: number; anywhere?: EntityMarks };

/**
 * Marks, before any rule runs, the entities the text names by an alias no other entity shares
 * (`unambiguous`: evidence for shared aliases) and, of those, the ones named by an alias that is
 * no afterFullName alias (`fully`: "He Lifeng", not "He"), anywhere in the text.
 */
export function markNamed(
  candidates: { readonly count: number; readonly patterns: Int32Array },
  facts: { readonly soleEntity: Int32Array; readonly namesFully: Uint8Array },
  unambiguous: EntityMarks,
  fully: EntityMarks,
): void {
  for (let k = 0; k < candidates.count; k++) {
    const pattern = candidates.patterns[k] as number;
    const entity = facts.soleEntity[pattern] as number;
    if (entity === NO_ENTITY) continue;
    unambiguous.seen[entity] = unambiguous.call;
    // A per-pattern flag: no entry object is read (they sit scattered over the heap).
    if (facts.namesFully[pattern] === 1) fully.seen[entity] = fully.call;
  }
}

function namedInFullAnywhere(entity: number, fullySeen: EntityMarks): boolean {
  const anywhere = fullySeen.anywhere;
  return anywhere !== undefined && anywhere.seen[entity] === anywhere.call;
}

/**
 * The alias rules of an entry; `namedInFull` (coreference found its full name) satisfies
 * afterFullName, and so does a function-word alias in the object case ("with He"; pronoun-case.ts).
 */
export function contextAllows(
  text: string,
  start: number,
  end: number,
  entry: AliasEntry,
  fullySeen: EntityMarks,
  sentences: SentenceIndex,
  namedInFull = false,
): boolean {
  if (
    entry.afterFullName &&
    !namedInFull &&
    fullySeen.seen[entry.entity] !== fullySeen.call &&
    !nameByObjectCase(text, start, end, entry.asWritten) &&
    !(namedInFullAnywhere(entry.entity, fullySeen) && nameInsideSentence(text, start, end, entry.asWritten))
  ) {
    return false;
  }
  if (entry.notFollowedBy.length > 0 && followedByAny(text, end, entry.notFollowedBy)) return false;
  if (isLowerCaseName(entry) && !standsAlone(text, start, end)) return false;
  if (entry.notPrecededBy.length > 0 && precededByAny(text, start, entry.notPrecededBy)) return false;
  if (
    entry.notInSentenceWith.length > 0 &&
    sentences.sentenceContainsAny(start, end, entry.notInSentenceWith)
  ) {
    return false;
  }
  return true;
}

/**
 * The entity a shared alias names, from the entries that passed: the one mentioned most recently
 * before; else the only one the text names elsewhere by an unshared alias; else undefined.
 */
export function chooseEntity(
  passing: readonly AliasEntry[],
  lastSeen: EntityMarks,
  lastSeenAt: Int32Array,
  namedUnambiguously: EntityMarks,
): number | undefined {
  if (passing.length <= 1) return passing[0]?.entity;
  const options = [...new Set(passing.map((entry) => entry.entity))];
  if (options.length <= 1) return options[0];
  let best: number | undefined;
  let bestAt = -1;
  for (const entity of options) {
    if (lastSeen.seen[entity] !== lastSeen.call) continue;
    const at = lastSeenAt[entity] as number;
    if (at > bestAt) {
      best = entity;
      bestAt = at;
    }
  }
  if (best !== undefined) return best;
  const named = options.filter((entity) => namedUnambiguously.seen[entity] === namedUnambiguously.call);
  return named.length === 1 ? named[0] : undefined;
}
