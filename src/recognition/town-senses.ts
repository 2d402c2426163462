/**
 * One sense per page for a town's name. A page that writes a pack word as a US town's name ("the
 * plant in Greer, S.C.", "Geneva, Ill.": name-structure.ts 'place-name') means that town by the
 * same word elsewhere on it ("BMW's Greer plant", "the plant outside Greer") where the word is
 * weak and its entity not named strongly, unless an entity the pack relates to it counts on the
 * page ("USTR … Greer said"): then the bare word may be the pack's, and the other rules read it.
 * A generic organization word needs no such rule: another body's name claims the later words
 * already (other-bodies.ts).
 */
import type { AcceptedMentions } from './accepted';

/** What the trace says of a mention dropped so. */
export const TOWN_SENSE = 'the page writes this word as a town (town-senses.ts)';

/** The words a page wrote as a town's name, per entity (filled while the page's candidates are read). */
export class TownSenses {
  private readonly words = new Set<string>();

  /** Starts a page. */
  clear(): void {
    if (this.words.size > 0) this.words.clear();
  }

  /** Records that `word` was read as a town's name where it would have been `entity`'s. */
  note(entity: number, word: string): void {
    this.words.add(key(entity, word));
  }

  /**
   * Whether the weak-only mention k of `accepted` is the page's town: the page wrote the same word
   * as a town's name where it would have been the same entity's, and no entity the pack relates to
   * it counts on the page (`counts`: named strongly, or weakly with the page's evidence).
   */
  namesTown(
    text: string,
    k: number,
    accepted: Pick<AcceptedMentions, 'starts' | 'ends' | 'entities'>,
    counts: (entity: number) => boolean,
    related: readonly (ReadonlySet<number> | undefined)[],
  ): boolean {
    if (this.words.size === 0) return false;
    const entity = accepted.entities[k] as number;
    const word = text.slice(accepted.starts[k] as number, accepted.ends[k] as number);
    if (!this.words.has(key(entity, word))) return false;
    for (const other of related[entity] ?? []) if (counts(other)) return false;
    return true;
  }
}

function key(entity: number, word: string): string {
  return `${entity}\u0000${word}`;
}
