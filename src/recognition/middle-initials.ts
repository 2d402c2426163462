/**
 * A pack person's full name written with middle initials ("Howard W. Lutnick", "Scott K. H.
 * Bessent"): the initials stand between the entity's own given name and its one-word alias, where
 * any other capitalized word makes another person's full name ("Fred C. Trump", "Mary L. Trump":
 * their given names are not the entity's). The surname is then the entity's, and its full name
 * claims the later bare surname (coreference.ts); the bare mentions before it stay open, as before
 * a relative's name: a family shares the surname, and a formal line with initials (a donor list, a
 * filing, a byline) often names one member among several. Facts about English names, not about
 * any entity.
 */
/** What is read of the entity's name facts (name-structure.ts `NameOwner`, which asks this module). */
type InitialsOwner = {
  isPerson: boolean;
  givenBefore: boolean;
  misspelling?: { givenNames: ReadonlySet<string> };
};

const SPACE = 0x20;
const PERIOD = 0x2e;
/** How far before the surname the given name and its initials may start (in code units). */
const REACH = 48;
/** A capitalized word, one space, then one or two initials ("W. ", "K. H. ", "K.H. "), ending the slice. */
const GIVEN_AND_INITIALS = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+) (?:\p{Lu}\. ?){1,2}$/u;

/**
 * The capitalized word, lower case, before one or two middle initials that end one space before
 * `start` ("howard" for "Howard W. Lutnick", "scott" for "Scott K. H. Bessent"), else undefined:
 * the word at `start` is then the surname of a person's name.
 */
export function givenNameBeforeInitials(text: string, start: number): string | undefined {
  if (start < 4 || text.charCodeAt(start - 1) !== SPACE || text.charCodeAt(start - 2) !== PERIOD)
    return undefined;
  const match = GIVEN_AND_INITIALS.exec(text.slice(Math.max(0, start - REACH), start));
  return match === null ? undefined : (match[1] as string).toLowerCase();
}

/**
 * Whether the one-word person alias at `start` follows the entity's own given name and one or two
 * middle initials ("Howard W. Lutnick" for Howard Lutnick), one space apart.
 */
export function initialedOwnName(text: string, start: number, owner: InitialsOwner): boolean {
  const given = owner.misspelling?.givenNames;
  if (!owner.isPerson || !owner.givenBefore || given === undefined) return false;
  const word = givenNameBeforeInitials(text, start);
  return word !== undefined && given.has(word);
}
