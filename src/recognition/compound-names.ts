/**
 * A coined organization name written as one word with an inner capital ("TikTok", "ByteDance",
 * "YouTube") is often written split at that capital, by a space or a hyphen: "Tik Tok", "Tik-Tok",
 * "Byte Dance". Each split form is read as a **weak** alias of the organization, in the alias's own
 * letter case only, so it counts only with page evidence (evidence.ts): the split form is also
 * what other things are called (the song "Tik Tok", a clock's "Tik-Tok"), which the joined name is
 * not. Only a strong one-word alias of an organization, made of two or more parts of a capital and
 * MIN_PART_LETTERS - 1 lower-case letters or more ("McTrump" and "iPhone" are no such compound).
 * Facts about how English writes coined names, not about any entity.
 */
import { type AliasRule, aliasStrength, type EntityType } from '../knowledge/schema';

/** Shortest part of a compound ("Tik", "You"): "Mc", "De", "Le" are prefixes of a surname, not words. */
export const MIN_PART_LETTERS = 3;

/** A one-word alias made of capitalized parts of MIN_PART_LETTERS letters or more. */
const COMPOUND = new RegExp(`^(?:\\p{Lu}\\p{Ll}{${MIN_PART_LETTERS - 1},}){2,}$`, 'u');
/** The start of each capitalized part. */
const PART = /\p{Lu}\p{Ll}+/gu;
/** How the parts may be joined when split: a space, a hyphen. */
const JOINERS = [' ', '-'] as const;

/** The parts of `word` when it is such a compound ("TikTok" → ["Tik", "Tok"]), else undefined. */
export function compoundParts(word: string): string[] | undefined {
  return COMPOUND.test(word) ? (word.match(PART) ?? undefined) : undefined;
}

/**
 * The split forms of alias `rule` of an entity of `type`, each with its rule: weak, exact case,
 * and otherwise the alias's own ("Tik Tok", "Tik-Tok" for "TikTok"); none for other aliases.
 */
export function splitCompoundForms(rule: AliasRule, type: EntityType): (readonly [string, AliasRule])[] {
  const text = rule.text.trim();
  if (type !== 'organization' || aliasStrength(rule, type) !== 'strong') return [];
  const parts = compoundParts(text);
  if (parts === undefined) return [];
  return JOINERS.map((joiner) => {
    const form = parts.join(joiner);
    return [form, { ...rule, text: form, strength: 'weak', case: 'exact' }] as const;
  });
}
