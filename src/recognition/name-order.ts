/**
 * Chinese names in English order. A pack person whose full name is written family name first
 * ("Zhang Yiming", "He Lifeng", "Xi Jinping": the entity's one-word surname alias opens the
 * two-word name) is often written given name first in English text, as Western names are:
 * "TikTok … was founded by Yiming Zhang", "a paper by Lifeng He". Each such full name also
 * matches in that order, with the same rules. Without it the given name before the surname reads
 * as another person's full name (name-structure.ts), which then claims the later bare surname.
 * Names written given name first in the pack ("Donald Trump", "Jensen Huang": their surname
 * closes the name) get no other order.
 *
 * The given name of such a name is also read alone, once the page has named the person: English
 * text that takes it for a surname writes "Trump described Jinping as …", "Mr. Yiming told
 * employees", "Wentao beamed". It is a weak alias that counts only after the full name
 * (`afterFullName`), with every rule a one-word name has. A Western name's given name alone
 * ("Donald") gets none: it is a common first name of many people.
 */

import type { AliasRule } from '../knowledge/schema';

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

/**
 * Each written form of alias `rule` with the rule, then the given name of the alias when it is a
 * two-word name written family name first, as `givenNameFirstForms` reads it ("Xi Jinping" →
 * "Jinping"), with a rule that counts it only after the full name.
 */
export function withGivenNameAlone(
  forms: readonly string[],
  rule: AliasRule,
  surnames: ReadonlySet<string>,
): (readonly [string, AliasRule])[] {
  const given = givenNameFirstForms(rule.text, surnames).map((form) => form.slice(0, form.indexOf(' ')));
  return [
    ...forms.map((text) => [text, rule] as const),
    ...given.map((text) => [text, { text, afterFullName: true }] as const),
  ];
}
