/** The one-letter edits of a misspelling, for fast-check generators (`fc.constantFrom(...EDITS)`). */
export const EDITS = ['insert', 'delete', 'swap', 'replace'] as const;
export type Edit = (typeof EDITS)[number];

/**
 * `word` with one edit after its first letter, at 1 + (at mod (length − 2)): `letter` inserted
 * there or put in place of the letter there, that letter deleted, or swapped with the next one.
 */
export function oneEdit(word: string, at: number, edit: Edit, letter: string): string {
  const i = 1 + (at % (word.length - 2));
  switch (edit) {
    case 'insert':
      return word.slice(0, i) + letter + word.slice(i);
    case 'delete':
      return word.slice(0, i) + word.slice(i + 1);
    case 'swap':
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 'replace':
      return word.slice(0, i) + letter + word.slice(i + 1);
  }
}
