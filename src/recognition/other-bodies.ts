/**
 * Other bodies' names, read through the page. A generic organization word ("Commerce Department",
 * "Treasury") found inside another body's longer name ("the South Carolina Department of
 * Commerce", "Treasury Wine Estates") is that body's (name-structure.ts); the same words bare
 * later on the page are that body again, as a bare surname after another person's full name is
 * that person (coreference.ts), until the pack's own body is named unmistakably ("the US
 * Commerce Department", "the Treasury Department of the United States" is still generic). One
 * instance per recognizer, reset per call.
 */
export class OtherBodies {
  /** Entity index → where the last other body holding its generic words stands. */
  private readonly other = new Map<number, number>();
  /** Entity index → where the pack's own body was last named unmistakably. */
  private readonly own = new Map<number, number>();

  reset(): void {
    this.other.clear();
    this.own.clear();
  }

  /** Another body's name at `at` holds a generic word of `entity`. */
  sawOther(entity: number, at: number): void {
    this.other.set(entity, at);
  }

  /**
   * For a mention of `entity` at `at`: by a generic word, where the other body that claims it
   * stands, if one does; by an alias no other body shares, none, and later generic words are its.
   */
  claimant(entity: number, generic: boolean, at: number): number | undefined {
    if (!generic) {
      this.own.set(entity, at);
      return undefined;
    }
    const other = this.other.get(entity);
    return other !== undefined && other > (this.own.get(entity) ?? -1) ? other : undefined;
  }
}
