/**
 * A pack person's full name written with its surname misspelt after the exact given name: "Scott
 * Bessant" near "Scott Bessent", "Jensen Huangs Strategic Move" (a possessive without its
 * apostrophe) near "Jensen Huang". misspelt-aliases.ts searches for it as for an organization's
 * name with one word misspelt, near where the page writes the full name right; these are the
 * person's own rules.
 *
 * Only the surname may be misspelt: the one word after the first that is one of the person's own
 * one-word aliases ("Bessent"); every other word (the given name) is exact. A person's namesake
 * differs by one letter of a given name ("Zhang Yining", "Zhang Yiming"; misspelt-names.ts has the
 * given name's own, gated rule), and a family-name-first full name ("Xi Jinping") never has its
 * surname after its first word. The surname is at least MIN_MISSPELT_LENGTH letters
 * (misspelt-names.ts), and its plural counts, except after "the" ("the Jensen Huangs of the world"
 * is a type; "the Huangs" alone is a family and holds no given name). The guard against another
 * person is structure: the full name written right within the window (a reporter's slip beside
 * the right spelling), the given name exact, and every rule of the alias after (name structure).
 */
import { MIN_MISSPELT_LENGTH, withinOneEdit } from './misspelt-names';

/**
 * Whether `written` is a person's surname `surname` misspelt: one edit away in lower case (its
 * plural included: "Huangs", a possessive without its apostrophe), not the surname itself in any
 * case, the same first letter in the same case, the surname at least MIN_MISSPELT_LENGTH letters.
 */
export function misspeltSurname(written: string, surname: string): boolean {
  if (surname.length < MIN_MISSPELT_LENGTH || written[0] !== surname[0]) return false;
  const [a, b] = [written.toLowerCase(), surname.toLowerCase()];
  return a !== b && withinOneEdit(a, b);
}

/** "the" right before a person's name: "the Jensen Huangs of the world" is a type, not the person. */
const THE_BEFORE = /(?:^|[^\p{L}\p{N}])[Tt]he[ \u00a0]+$/u;
/** How far back "the" is looked for before a person's name. */
const THE_LOOKBACK = 5;

/** Whether "the" stands right before text[start] ("the Jensen Huangs"). */
export function afterThe(text: string, start: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, start - THE_LOOKBACK), start));
}

/**
 * The index of the surname in a person's full name `words`: the one word after the first that is
 * one of the person's one-word aliases ("Bessent" in "Scott Bessent"); undefined when there is
 * none after the first word ("Xi Jinping") or more than one.
 */
export function surnameIndex(words: readonly string[], surnames: readonly string[]): number | undefined {
  const at = words.flatMap((word, i) => (i > 0 && surnames.includes(word) ? [i] : []));
  return at.length === 1 ? at[0] : undefined;
}
