/**
 * What the hover card shows for one entity: a self-contained snapshot cut from the pack,
 * so the content script never holds the whole pack. The background builds it with
 * `cardDataFor` to answer the `card` message.
 */
import type { Deadline, Entity, EntityType, Fact, Pack, Translation } from '../knowledge/schema';

export type CardEntity = {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  wikidata?: string;
  /** The pack author's translations of the name and description, by language tag (see `descriptionFor`). */
  translations?: Record<string, Translation>;
};

export type RelatedEntity = { id: string; name: string; type: EntityType };

export type CardData = {
  entity: CardEntity;
  /** The entity's facts, newest `asOf` first (pack order among equal dates). */
  facts: Fact[];
  /** Deadlines that list the entity, in pack order. */
  deadlines: Deadline[];
  /** Related entities that exist in the pack, in the order the entity lists them, without duplicates or itself. */
  related: RelatedEntity[];
  packAsOf: string;
  packTitle: string;
};

/** The card's copy of an entity (its id as given, e.g. qualified `packId/entityId`). */
export function cardEntity(entity: Entity, id: string = entity.id): CardEntity {
  const base: CardEntity = {
    id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
  };
  if (entity.wikidata !== undefined) base.wikidata = entity.wikidata;
  if (entity.translations !== undefined) base.translations = structuredClone(entity.translations);
  return base;
}

/** Facts sorted newest first; ISO dates compare correctly as strings. Stable for equal dates. */
export function factsNewestFirst(facts: readonly Fact[]): Fact[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => (a.fact.asOf === b.fact.asOf ? a.index - b.index : a.fact.asOf < b.fact.asOf ? 1 : -1))
    .map(({ fact }) => ({ ...fact }));
}

function relatedEntities(entity: Entity, byId: ReadonlyMap<string, Entity>): RelatedEntity[] {
  const seen = new Set<string>([entity.id]);
  const related: RelatedEntity[] = [];
  for (const id of entity.related ?? []) {
    const other = byId.get(id);
    if (!other || seen.has(id)) continue;
    seen.add(id);
    related.push({ id: other.id, name: other.name, type: other.type });
  }
  return related;
}

/** The card for `entityId`, or undefined when the pack has no such entity. Never mutates the pack. */
export function cardDataFor(pack: Pack, entityId: string): CardData | undefined {
  const byId = new Map(pack.entities.map((entity) => [entity.id, entity] as const));
  const entity = byId.get(entityId);
  if (!entity) return undefined;
  return {
    entity: cardEntity(entity),
    facts: factsNewestFirst(entity.facts),
    deadlines: pack.deadlines
      .filter((deadline) => deadline.entities.includes(entityId))
      .map((deadline) => structuredClone(deadline)),
    related: relatedEntities(entity, byId),
    packAsOf: pack.asOf,
    packTitle: pack.title,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The card in the background's `{ card: CardData | null }` answer for `entity`, or undefined
 * when the answer is missing, null, malformed or about another entity. A shape check, not a
 * full validation: the answer comes from this extension's own background.
 */
export function cardFromResponse(entity: string, response: unknown): CardData | undefined {
  if (!isRecord(response) || !isRecord(response.card)) return undefined;
  const card = response.card;
  if (!isRecord(card.entity) || card.entity.id !== entity || typeof card.entity.name !== 'string')
    return undefined;
  if (!Array.isArray(card.facts) || !Array.isArray(card.deadlines) || !Array.isArray(card.related))
    return undefined;
  if (typeof card.packAsOf !== 'string') return undefined;
  return card as unknown as CardData;
}
