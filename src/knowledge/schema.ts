/**
 * The knowledge pack format (schemaVersion 1): the one contract shared by the build,
 * the pack checker, recognition, the hover card, the popup and the options page's import.
 *
 * Shape only lives here; cross-field checks (unique ids, references that resolve, timeline
 * order, alias ownership) live in `validate.ts`. Types for the rest of the code are derived
 * from these schemas with `v.InferOutput`, so there is no second definition to drift.
 */
import * as v from 'valibot';
import { ConfirmingWordSchema, httpsUrl, nonEmpty, ProductWordsSchema, RoleSchema } from './entity-words';
import { ENTITY_REF } from './refs';
import { StorySideSchema } from './story-side';

export { ConfirmingWordSchema, ProductWordSchema, RoleSchema } from './entity-words';

export const SCHEMA_VERSION = 1;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a day that exists in the proleptic Gregorian calendar. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = v.pipe(
  v.string('must be a string'),
  v.check(isIsoDate, 'must be an ISO date (YYYY-MM-DD) that exists'),
);
/** True for a well-formed BCP 47 language tag written in its canonical form ("zh-Hant-TW", not "zh-hant-tw"). */
export function isCanonicalLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

const languageTag = v.pipe(
  v.string('must be a string'),
  v.check(
    isCanonicalLanguageTag,
    'must be a BCP 47 language tag in canonical form, like "zh-Hans" or "zh-Hant-TW"',
  ),
);
const kebabId = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)'),
);
/** An entity named by its bare id (this pack) or as `packId/entityId` (a declared dependency). */
const entityRef = v.pipe(
  v.string('must be a string'),
  v.regex(ENTITY_REF, 'must be an entity id, or packId/entityId for an entity of a dependency'),
);

export const ENTITY_TYPES = ['person', 'organization', 'place', 'law', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * How an alias's letter case must appear in text.
 * - `exact`: as written only ("Bessent", never "bessent" or "BESSENT").
 * - `exact-or-upper`: as written, or in ALL CAPS ("Nvidia" or "NVIDIA"); never lowercase.
 * Default: `exact` for people, `exact-or-upper` for every other type.
 */
export const ALIAS_CASE_RULES = ['exact', 'exact-or-upper'] as const;

/** Whether an alias names its entity on any page (`strong`) or only with evidence of the story (`weak`). */
export const ALIAS_STRENGTHS = ['strong', 'weak'] as const;
export type AliasStrength = (typeof ALIAS_STRENGTHS)[number];

/**
 * One way news text names an entity, with the rules recognition applies to it.
 * A bare string in `aliases` is shorthand for `{ text }` with every default.
 */
export const AliasRuleSchema = v.strictObject({
  /** The surface form, e.g. "Scott Bessent", "Bessent", "TikTok law". */
  text: nonEmpty,
  /** Letter-case rule; see ALIAS_CASE_RULES. */
  case: v.optional(v.picklist(ALIAS_CASE_RULES, 'must be "exact" or "exact-or-upper"')),
  /**
   * Counts only after the entity was already mentioned earlier in the same text by an alias
   * without this flag (e.g. "Huang" only after "Jensen Huang").
   */
  afterFullName: v.optional(v.boolean('must be true or false')),
  /** Vetoes the match when the next word(s) after it are one of these (compared case-insensitively), e.g. "Treasury" + ["yields", "bonds"]. */
  notFollowedBy: v.optional(v.array(nonEmpty)),
  /** Vetoes the match when the word(s) right before it are one of these (case-insensitive), e.g. "Madrid" + ["Real", "Atlético"]. */
  notPrecededBy: v.optional(v.array(nonEmpty)),
  /** Vetoes the match when any of these phrases occurs in the same sentence (case-insensitive), e.g. "Silver Lake" + ["neighborhood", "Los Angeles"]. */
  notInSentenceWith: v.optional(v.array(nonEmpty)),
  /** This exact text may also be an alias of another entity; context (or compromise) settles which. */
  ambiguous: v.optional(v.boolean('must be true or false')),
  /**
   * Language, script and region where this form is used, as a BCP 47 tag: "zh-Hans"
   * (Simplified), "zh-Hant" (Traditional), "zh-TW" / "zh-Hant-TW" (Taiwan usage, e.g. 川普),
   * "zh" (the same characters in both scripts). Informational: recognition matches every alias.
   */
  lang: v.optional(languageTag),
  /** The https page the alias was read on (as for facts). */
  source: v.optional(httpsUrl),
  /**
   * `strong`: the text names the entity on any page ("Scott Bessent", "TikTok"). `weak`: it also
   * means other things ("Greer", "Madrid", "Treasury"), so it counts only on pages with evidence of
   * the story. Default: see aliasStrength.
   */
  strength: v.optional(v.picklist(ALIAS_STRENGTHS, 'must be "strong" or "weak"')),
});

export const AliasSchema = v.union([nonEmpty, AliasRuleSchema], 'must be a string or an alias object');

/**
 * The pack author's translation of an entity's display name and English `description`,
 * keyed by BCP 47 tag. A translation, not a sourced statement: the card marks it as such.
 */
export const TranslationSchema = v.strictObject({
  name: v.optional(nonEmpty),
  description: nonEmpty,
});

export const FactSchema = v.strictObject({
  /** A short sentence in the pack author's own words. */
  text: nonEmpty,
  /** The day the fact is true as of. */
  asOf: isoDate,
  /** An https page that states the fact. */
  source: httpsUrl,
  /** Who published `source`: the outlet or institution, e.g. "Reuters", "Federal Register". */
  publisher: v.optional(nonEmpty),
});

export const EntitySchema = v.strictObject({
  id: kebabId,
  name: nonEmpty,
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  /** Wikidata QID, e.g. "Q76". */
  wikidata: v.optional(
    v.pipe(v.string('must be a string'), v.regex(/^Q[1-9]\d*$/, 'must be a Wikidata QID like Q42')),
  ),
  /** One line: who or what, and why it matters in this story. */
  description: nonEmpty,
  side: v.optional(StorySideSchema), // Its side of the story, a country code: story-side.ts.
  aliases: v.pipe(v.array(AliasSchema, 'must be a list'), v.minLength(1, 'must list at least one alias')),
  facts: v.pipe(
    v.array(FactSchema, 'must be a list'),
    v.minLength(3, 'must hold at least 3 facts'),
    v.maxLength(6, 'must hold at most 6 facts'),
  ),
  /** Related entities: bare ids in this pack, or `packId/entityId` in a pack listed in `dependencies`. */
  related: v.optional(v.array(entityRef), []),
  /**
   * Words that name a part or an instrument of this entity alone ("OFAC" for the US Treasury,
   * "Section 301" for USTR): written on a page, each is evidence for this entity's weak aliases
   * and for no other entity's (recognition/confirming-words.ts). Not a veto: a page without them
   * loses nothing.
   */
  confirmedBy: v.optional(
    v.pipe(
      v.array(ConfirmingWordSchema, 'must be a list'),
      v.minLength(1, 'must list at least one word, or be left out'),
    ),
  ),
  productWords: v.optional(ProductWordsSchema), // "Shop" for TikTok: entity-words.ts
  /** A person's offices: a person title before the bare name is that person's only if it is one (recognition/person-titles.ts). */
  roles: v.optional(
    v.pipe(
      v.array(RoleSchema, 'must be a list'),
      v.minLength(1, 'must list at least one role, or be left out'),
    ),
  ),
  /** Translations of `name` and `description`, e.g. { "zh-Hans": {...}, "zh-Hant": {...} }. */
  translations: v.optional(
    v.record(languageTag, TranslationSchema, 'must be an object keyed by language tag'),
  ),
});

/**
 * A deadline's state, as of the pack's `asOf`:
 * - `upcoming`: scheduled, never moved, not yet settled.
 * - `extended`: moved to a later date at least once and still pending on `due`.
 * - `resolved`: settled (deal done, measure completed) — `due` is when that happened or was due.
 * - `lapsed`: the date passed without resolution or extension.
 */
export const DEADLINE_STATUSES = ['upcoming', 'extended', 'resolved', 'lapsed'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const TimelineEntrySchema = v.strictObject({
  date: isoDate,
  event: nonEmpty,
  source: httpsUrl,
  /** Who published `source`: the outlet or institution, e.g. "Ministry of Commerce of the PRC". */
  publisher: v.optional(nonEmpty),
  /**
   * The due date this event set: on the first such entry the original date, on each later one an
   * extension (or other move). The last one must equal the deadline's `due`.
   */
  setsDue: v.optional(isoDate),
});

export const DeadlineSchema = v.strictObject({
  id: kebabId,
  title: nonEmpty,
  /** The entities involved: bare ids, or `packId/entityId` in a declared dependency. */
  entities: v.array(entityRef, 'must be a list'),
  /** The currently scheduled date. */
  due: isoDate,
  status: v.picklist(DEADLINE_STATUSES, `must be one of ${DEADLINE_STATUSES.join(', ')}`),
  summary: nonEmpty,
  timeline: v.pipe(
    v.array(TimelineEntrySchema, 'must be a list'),
    v.minLength(1, 'must hold at least one entry'),
  ),
});

export const PackSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  id: kebabId,
  title: nonEmpty,
  /** The publisher's own version label, shown beside the title (e.g. "2026-11-29" or "3.1"). */
  version: v.optional(v.pipe(nonEmpty, v.maxLength(40, 'must be at most 40 characters'))),
  /** The day the pack's facts were last checked. */
  asOf: isoDate,
  /** Ids of the packs whose entities this pack may name as `packId/entityId` (see refs.ts). */
  dependencies: v.optional(v.array(kebabId, 'must be a list')),
  entities: v.array(EntitySchema, 'must be a list'),
  deadlines: v.array(DeadlineSchema, 'must be a list'),
  /**
   * Words and phrases that show a page is about the pack's story ("tariffs", "export controls");
   * with strong mentions they are the evidence weak aliases need (case-insensitive, whole words).
   */
  storyWords: v.optional(v.array(nonEmpty)),
});

export type AliasRule = v.InferOutput<typeof AliasRuleSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type Deadline = v.InferOutput<typeof DeadlineSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;

/** The alias as a full rule object, defaults not yet applied. */
export function aliasRule(alias: Alias): AliasRule {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** The letter-case rule in force for an alias of an entity of the given type. */
export function aliasCase(alias: AliasRule, type: EntityType): (typeof ALIAS_CASE_RULES)[number] {
  return alias.case ?? (type === 'person' ? 'exact' : 'exact-or-upper');
}

/** Letters other than the first that are capitals, or digits: "TikTok", "USTR", "H20". */
const DISTINCTIVE_SHAPE = /^.[^\s]*[\p{Lu}\p{N}]/u;

/**
 * The strength in force for an alias. Unless the pack says otherwise: places are weak (a city
 * is also the backdrop of every other story), as are aliases that only count after the full
 * name; a one-word person alias (a surname) is weak; a one-word organization alias is weak when
 * it is an ordinary capitalized word ("Oracle", "Treasury") and strong when its shape is
 * distinctive ("TikTok", "USTR"); every other multi-word alias is strong.
 */
export function aliasStrength(alias: AliasRule, type: EntityType): AliasStrength {
  if (alias.strength !== undefined) return alias.strength;
  if (type === 'place' || alias.afterFullName === true) return 'weak';
  const oneWord = !/\s/.test(alias.text.trim());
  if (!oneWord) return 'strong';
  if (type === 'person') return 'weak';
  return DISTINCTIVE_SHAPE.test(alias.text.trim()) ? 'strong' : 'weak';
}
