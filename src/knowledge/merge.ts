/**
 * Several packs as one body of knowledge, in the reader's pack order.
 *
 * Every entity is known by its qualified id (`packId/entityId`, refs.ts), so packs never clash on
 * ids. Packs may clash on names: when entities of two packs both list an alias (the same text,
 * ignoring letter case and typographic variants, as the pack checker compares them):
 *
 * - if every claim on that text, in every pack, is marked `ambiguous: true`, all are kept and
 *   recognition's ambiguity rule settles each mention from context, as it does within one pack;
 * - otherwise the pack higher in the reader's list keeps the text, and the lower packs' claims are
 *   dropped (reported as `YieldedAlias`, shown on the options page). The reader decides by ordering
 *   the list; a pack author who knows a name is shared marks it `ambiguous`.
 *
 * Recognition needs only a pack's lexicon, so that is what is merged: ids, names, types, aliases,
 * and what the language rules read about an entity (its related entities, its confirming words, a
 * person's roles, its side of the story, its translations, and a person's gender as its own description and facts give
 * it, see honorifics.ts). Facts stay where they are stored and are read one card at a time.
 */
import { entityGender, type Gender } from '../recognition/honorifics';
import { qualify, resolveRef } from './refs';
import { aliasRule, type Entity, type Pack } from './schema';
import { aliasKey } from './validate';

/** What recognition and the popup's names need of an entity. */
export type LexiconEntity = Pick<
  Entity,
  'id' | 'name' | 'type' | 'aliases' | 'translations' | 'confirmedBy' | 'roles' | 'side' | 'productWords'
> & {
  related?: string[];
  gender?: Gender;
};
/** One pack's lexicon: its id, its story words and the recognition-relevant part of every entity. */
export type PackLexicon = { pack: string; entities: LexiconEntity[]; storyWords?: string[] };
/** An alias a lower pack gave up to a higher one (`entity` and `keptBy` are qualified ids). */
export type YieldedAlias = { entity: string; alias: string; keptBy: string };
export type MergedLexicon = {
  /** A pack for `compileRecognizer`: every entity under its qualified id, facts left out. */
  pack: Pack;
  yielded: YieldedAlias[];
};

export const MERGED_PACK_ID = 'merged';

export function lexiconOf(pack: Pack): PackLexicon {
  const lexicon: PackLexicon = {
    pack: pack.id,
    entities: pack.entities.map(lexiconEntryOf),
  };
  if (pack.storyWords !== undefined) lexicon.storyWords = pack.storyWords;
  return lexicon;
}

type Claim = { layer: number; entity: string; ambiguous: boolean };

/** Alias text (compared as the checker does) → every claim on it, in reader order. */
function claimsByText(lexicons: readonly PackLexicon[]): Map<string, Claim[]> {
  const claims = new Map<string, Claim[]>();
  lexicons.forEach((lexicon, layer) => {
    for (const entity of lexicon.entities) {
      const entityId = qualify(lexicon.pack, entity.id);
      for (const alias of entity.aliases) {
        const rule = aliasRule(alias);
        const key = aliasKey(rule.text);
        const list = claims.get(key) ?? [];
        list.push({ layer, entity: entityId, ambiguous: rule.ambiguous === true });
        claims.set(key, list);
      }
    }
  });
  return claims;
}

/** The layer that keeps a contested text, or undefined when every claim is ambiguous (all kept). */
function keepingLayer(claims: readonly Claim[]): number | undefined {
  const first = claims[0]?.layer;
  if (first === undefined || claims.every((c) => c.layer === first)) return undefined;
  return claims.every((c) => c.ambiguous) ? undefined : first;
}

function lexiconEntryOf(entity: Entity): LexiconEntity {
  const { id, name, type, aliases, related, translations, confirmedBy, roles, side, productWords } = entity;
  const entry: LexiconEntity = { id, name, type, aliases };
  if (side !== undefined) entry.side = side;
  if (related !== undefined && related.length > 0) entry.related = related;
  if (confirmedBy !== undefined) entry.confirmedBy = confirmedBy;
  if (roles !== undefined) entry.roles = roles;
  if (productWords !== undefined) entry.productWords = productWords;
  if (translations !== undefined) entry.translations = translations;
  const gender = entityGender(entity);
  if (gender !== undefined) entry.gender = gender;
  return entry;
}

/** The run-time id a reference written in pack `fromPack` names; undefined when it is malformed. */
function qualifiedRef(fromPack: string, ref: string): string | undefined {
  const target = resolveRef(fromPack, ref);
  return target && qualify(target.pack, target.entity);
}

function lexiconEntity(
  lexicon: PackLexicon,
  entity: LexiconEntity,
  aliases: Entity['aliases'],
): Entity & { gender?: Gender } {
  const merged: Entity & { gender?: Gender } = {
    id: qualify(lexicon.pack, entity.id),
    name: entity.name,
    type: entity.type,
    description: '',
    aliases,
    facts: [],
    // Qualified like the ids, so a reference into a dependency meets its entity in the merged pack.
    related: (entity.related ?? []).flatMap((ref) => qualifiedRef(lexicon.pack, ref) ?? []),
  };
  if (entity.translations !== undefined) merged.translations = entity.translations;
  // Evidence for this entity's own weak aliases only, so it travels with the entity unchanged.
  if (entity.confirmedBy !== undefined) merged.confirmedBy = entity.confirmedBy;
  // A person's own offices (person-titles.ts): about that person alone, so unchanged too.
  if (entity.roles !== undefined) merged.roles = entity.roles;
  // Its side of the story (story-sides.ts): the pack's own sides, unchanged.
  if (entity.side !== undefined) merged.side = entity.side;
  // Its own products' words (name-structure.ts): about this entity alone, unchanged.
  if (entity.productWords !== undefined) merged.productWords = entity.productWords;
  if (entity.gender !== undefined) merged.gender = entity.gender;
  return merged;
}

/** The lexicons of the enabled packs, highest first, merged for recognition. */
export function mergeLexicons(lexicons: readonly PackLexicon[]): MergedLexicon {
  const claims = claimsByText(lexicons);
  const yielded: YieldedAlias[] = [];
  const entities: Entity[] = [];
  lexicons.forEach((lexicon, layer) => {
    for (const entity of lexicon.entities) {
      const kept = entity.aliases.filter((alias) => {
        const text = aliasRule(alias).text;
        const contested = claims.get(aliasKey(text)) ?? [];
        const keeper = keepingLayer(contested);
        if (keeper === undefined || keeper === layer) return true;
        const winner = contested.find((c) => c.layer === keeper) as Claim;
        yielded.push({ entity: qualify(lexicon.pack, entity.id), alias: text, keptBy: winner.entity });
        return false;
      });
      entities.push(lexiconEntity(lexicon, entity, kept));
    }
  });
  const pack: Pack = {
    schemaVersion: 1,
    id: MERGED_PACK_ID,
    title: 'Enabled packs',
    asOf: '1970-01-01',
    entities,
    deadlines: [],
  };
  // Story words of every enabled pack are evidence for the weak aliases of all (same story).
  const storyWords = [...new Set(lexicons.flatMap((lexicon) => lexicon.storyWords ?? []))];
  if (storyWords.length > 0) pack.storyWords = storyWords;
  return { pack, yielded };
}

/**
 * References written in pack `fromPack` (bare or qualified), as qualified ids of entities that
 * `exists`; the others are returned apart (their pack is off, removed, or lacks the entity), so a
 * dependency's update or switch never breaks its dependants.
 */
export function resolveRefs(
  fromPack: string,
  refs: readonly string[],
  exists: (qualifiedId: string) => boolean,
): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    const id = qualifiedRef(fromPack, ref);
    if (id !== undefined && exists(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else missing.push(ref);
  }
  return { ids, missing };
}
