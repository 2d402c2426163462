/**
 * Other bodies' names, read through the page. A generic organization word ("Commerce Department",
 * "Treasury") found inside another body's longer name ("the South Carolina Department of
 * Commerce", "Treasury Wine Estates") is that body's (name-structure.ts); the same words bare
 * later on the page are that body again, as a bare surname after another person's full name is
 * that person (coreference.ts), until the pack's own body is named unmistakably ("the US
 * Commerce Department", "the Treasury Department of the United States" is still generic). One
 * instance per recognizer, reset per call.
 */
import type { CandidateBuffer } from './candidates';
import { governmentBefore, ownGovernmentAfter } from './government-words';
import { previousWord } from './name-tokens';
import { NO_ENTITY, type PatternFacts } from './pattern-facts';
import { opensOfficeTitle } from './titles';

/**
 * Whether candidate i, a generic word of the organization `body`, names the pack's own body as
 * unmistakably as "the US Treasury": "in" and the body's own country or capital follow it ("the
 * Treasury in Washington"), the country written in full comes before it ("the United States
 * Treasury"), or it opens the office title of the pack person named by the next
 * candidate ("Treasury Secretary Scott Bessent").
 */
export function namedAsOwn(
  text: string,
  candidates: Pick<CandidateBuffer, 'count' | 'starts' | 'ends' | 'patterns'>,
  i: number,
  body: number,
  facts: Pick<PatternFacts, 'soleEntity'>,
  rules: { kinds: { person: Uint8Array }; ownWords(entity: number): ReadonlySet<string> },
): boolean {
  const { count, starts, ends, patterns } = candidates;
  const end = ends[i] as number;
  const own = rules.ownWords(body);
  if (ownGovernmentAfter(text, end, own)) return true;
  const before = previousWord(text, starts[i] as number);
  if (before !== undefined && governmentBefore(text, before, own) === 'own') return true;
  let j = i + 1;
  while (j < count && (starts[j] as number) < end) j++;
  const person = j < count ? (facts.soleEntity[patterns[j] as number] as number) : NO_ENTITY;
  if (person === NO_ENTITY || rules.kinds.person[person] !== 1) return false;
  return opensOfficeTitle(text, starts[i] as number, end, starts[j] as number);
}

export class OtherBodies {
  /**
   * Per entity index: where the last other body holding its generic words stands, and where the
   * pack's own body was last named unmistakably. An entry counts only when its stamp is the
   * current call's (typed arrays, not Maps: a large pack names thousands of bodies per call).
   */
  private otherAt = new Int32Array(0);
  private otherCall = new Uint32Array(0);
  private ownAt = new Int32Array(0);
  private ownCall = new Uint32Array(0);
  private call = 1;

  reset(): void {
    this.call++;
    if (this.call < 0xffffffff) return;
    this.otherCall.fill(0);
    this.ownCall.fill(0);
    this.call = 1;
  }

  /** Another body's name at `at` holds a generic word of `entity`. */
  sawOther(entity: number, at: number): void {
    this.fit(entity);
    this.otherAt[entity] = at;
    this.otherCall[entity] = this.call;
  }

  /**
   * For a mention of `entity` at `at`: by a generic word, where the other body that claims it
   * stands, if one does and `namedOwn()` (asked only then) does not say the words name the
   * pack's own body; by an alias no other body shares, none, and later generic words are its.
   */
  claimant(entity: number, generic: boolean, at: number, namedOwn?: () => boolean): number | undefined {
    this.fit(entity);
    if (!generic || (this.claimed(entity) !== undefined && namedOwn?.() === true)) {
      this.ownAt[entity] = at;
      this.ownCall[entity] = this.call;
      return undefined;
    }
    return this.claimed(entity);
  }

  /** Where the other body holding `entity`'s generic words last stood, if it came after the pack's own. */
  private claimed(entity: number): number | undefined {
    if (this.otherCall[entity] !== this.call) return undefined;
    const other = this.otherAt[entity] as number;
    const own = this.ownCall[entity] === this.call ? (this.ownAt[entity] as number) : -1;
    return other > own ? other : undefined;
  }

  /** Makes the tables hold `entity` (asked at every mention: no closure on this path). */
  private fit(entity: number): void {
    if (entity >= this.otherAt.length) this.grow(entity);
  }

  /** Grows the tables to hold `entity`. */
  private grow(entity: number): void {
    const size = Math.max(entity + 1, this.otherAt.length * 2, 64);
    const grown = <T extends Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const table = make(size);
      table.set(old);
      return table;
    };
    this.otherAt = grown(this.otherAt, (n) => new Int32Array(n));
    this.otherCall = grown(this.otherCall, (n) => new Uint32Array(n));
    this.ownAt = grown(this.ownAt, (n) => new Int32Array(n));
    this.ownCall = grown(this.ownCall, (n) => new Uint32Array(n));
  }
}
