/**
 * Surnames in capitals. A headline or a line set in capitals ("TRUMP, XI AGREE TO EXTEND TARIFF
 * TRUCE") writes a strong one-word person alias in capitals; the same letters also spell words
 * and numerals ("trump card", "Louis XI"), so a surname in capitals counts only when the page
 * also names that person as written ("Trump", "Donald Trump"). Facts about English, not about
 * any entity.
 */
import type { Mention } from './mention';

/** True when text[start, end) holds an ASCII lower-case letter (it changes on upper-casing): most mentions. */
export function asciiLowerIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x61 && unit <= 0x7a) return true;
  }
  return false;
}

const hasAsciiLowerCase = (text: string): boolean => asciiLowerIn(text, 0, text.length);

/** True when `text`, with no ASCII lower-case letter, is one word with letters, all of them capitals ("TRUMP", "XI"). */
function capitalsOnly(text: string): boolean {
  return (
    !/\s/.test(text) && /\p{Lu}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase()
  );
}

/**
 * The mentions left once one-word mentions in capitals of `person` entities are dropped where no
 * mention of the same entity on the page is written otherwise. A caller may skip it where no
 * person's mention lacks an ASCII lower-case letter (asciiLowerIn): then nothing is dropped.
 */
export function keepCapitalsBesideWritten(
  mentions: readonly Mention[],
  isPerson: (entity: string) => boolean,
): Mention[] {
  // The person test before the RegExps: an organization's acronym in capitals is common.
  const inCapitals = (m: Mention) => !hasAsciiLowerCase(m.text) && isPerson(m.entity) && capitalsOnly(m.text);
  if (!mentions.some(inCapitals)) return mentions as Mention[];
  const written = new Set(mentions.filter((m) => !inCapitals(m)).map((m) => m.entity));
  return mentions.filter((m) => !inCapitals(m) || written.has(m.entity));
}
