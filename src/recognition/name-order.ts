/**
 * Chinese names in English order. A pack person whose full name is written family name first
 * ("Zhang Yiming", "He Lifeng", "Xi Jinping": the entity's one-word surname alias opens the
 * two-word name) is often written given name first in English text, as Western names are:
 * "TikTok … was founded by Yiming Zhang", "a paper by Lifeng He". Each such full name also
 * matches in that order, with the same rules. Without it the given name before the surname reads
 * as another person's full name (name-structure.ts), which then claims the later bare surname.
 * Names written given name first in the pack ("Donald Trump", "Jensen Huang": their surname
 * closes the name) get no other order.
 */

/** The one-word aliases of a person (surnames, given names), as written. */
export function oneWordAliasTexts(texts: readonly string[]): Set<string> {
  return new Set(texts.map((t) => t.trim()).filter((t) => t.length > 0 && !/\s/.test(t)));
}

/**
 * The given-name-first form of `text` when it is a two-word name whose first word is one of the
 * person's one-word aliases (`surnames`) and whose second is not ("Zhang Yiming" → "Yiming
 * Zhang"); none otherwise.
 */
export function givenNameFirstForms(text: string, surnames: ReadonlySet<string>): string[] {
  const words = text.trim().split(/\s+/);
  if (words.length !== 2) return [];
  const [family, given] = words as [string, string];
  if (!surnames.has(family) || surnames.has(given) || !/^\p{Lu}\p{Ll}+$/u.test(given)) return [];
  return [`${given} ${family}`];
}
