/**
 * The pack format's strings and the small word records an entity lists with a source page each:
 * confirming words (`confirmedBy`), own product words (`productWords`) and offices (`roles`).
 * Shape only, as in schema.ts, which builds the entity from them.
 */
import * as v from 'valibot';

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}
export const nonEmpty = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));
export const httpsUrl = v.pipe(
  v.string('must be a string'),
  v.check((s) => hasScheme(s, ['https:']), 'must be an https URL'),
);

/** A confirming word of an entity (`confirmedBy`) and the https page that shows it belongs to the entity. */
export const ConfirmingWordSchema = v.strictObject({
  /** The word or phrase as pages write it, letter case included: "OFAC", "Section 301". */
  text: v.pipe(
    nonEmpty,
    v.check((s) => s === '' || /[\p{L}\p{N}]/u.test(s), 'must contain a letter or a digit'),
  ),
  /** An https page that says the word names a part or an instrument of this entity. */
  source: httpsUrl,
});

/** A word naming one of an organization's own products or units (`productWords`), and the https page that says so. */
export const ProductWordSchema = v.strictObject({
  /** One capitalized word as pages write it after the organization's name: "Shop" (TikTok Shop). */
  text: v.pipe(
    nonEmpty,
    v.check((s) => s === '' || /^\p{Lu}[\p{L}\p{N}]*$/u.test(s), 'must be one capitalized word, like "Shop"'),
  ),
  source: httpsUrl,
});

/**
 * An organization's own products or units that pages name by its name and one more word ("TikTok
 * Shop"): after one of its aliases such a word keeps the alias this entity's instead of reading as
 * a longer name (recognition/name-structure.ts). Not a veto: only the words listed.
 */
export const ProductWordsSchema = v.pipe(
  v.array(ProductWordSchema, 'must be a list'),
  v.minLength(1, 'must list at least one word, or be left out'),
);

/** An office a person holds or held (`roles`) as pages write it ("Senator"), and the https page that says so. */
export const RoleSchema = v.strictObject({
  title: v.pipe(
    nonEmpty,
    v.check((s) => s === '' || /^\p{L}[\p{L}.' -]*$/u.test(s), 'must be a title in letters, like "Senator"'),
  ),
  source: httpsUrl,
});
