/**
 * Abbreviated forms of organization words that news text writes in place of the full word,
 * headlines above all ("Commerce Dept. adds Chinese firms to Entity List", "Treasury Dept
 * spokesman"). An alias holding the full word matches its abbreviated forms too, with the same
 * rules (aliases.ts). Facts about English, not about any entity.
 */

/** Each organization word and the forms that abbreviate it. */
const ABBREVIATED: ReadonlyMap<string, readonly string[]> = new Map([['Department', ['Dept.', 'Dept']]]);

/** The other written forms of `alias`: every abbreviable word replaced by each of its short forms. */
export function abbreviatedForms(alias: string): string[] {
  const forms: string[] = [];
  for (const [word, shorts] of ABBREVIATED) {
    const whole = new RegExp(`\\b${word}\\b`, 'g');
    if (!whole.test(alias)) continue;
    for (const short of shorts) forms.push(alias.replace(whole, short));
  }
  return forms;
}
