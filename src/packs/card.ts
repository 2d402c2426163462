/**
 * The hover card of an entity of any enabled pack: the same `CardData` the card has always shown,
 * built from the entity's own record and what the other packs say about it (deadlines that list
 * it, related entities by qualified id). The pack date and title are the entity's own pack's.
 */
import { type CardData, cardEntity, factsNewestFirst, type RelatedEntity } from '../card/card-data';
import { resolveRefs } from '../knowledge/merge';
import { qualify } from '../knowledge/refs';
import type { Entity, EntityType } from '../knowledge/schema';
import type { PackRecord } from './catalog';
import type { PackDeadline } from './summary';

export type CardSources = {
  /** The entity's pack record. */
  record: PackRecord;
  entity: Entity;
  /** Qualified id → name and type, for every entity of an enabled pack. */
  known: Pick<ReadonlyMap<string, { name: string; type: EntityType }>, 'get' | 'has'>;
  /** The deadlines of every enabled pack, references qualified. */
  deadlines: readonly PackDeadline[];
};

export function packCard({ record, entity, known, deadlines }: CardSources): CardData {
  const id = qualify(record.id, entity.id);
  const related: RelatedEntity[] = resolveRefs(record.id, entity.related, (ref) => known.has(ref))
    .ids.filter((ref) => ref !== id)
    .map((ref) => ({ id: ref, ...(known.get(ref) as { name: string; type: EntityType }) }));
  return {
    entity: cardEntity(entity, id),
    facts: factsNewestFirst(entity.facts),
    deadlines: deadlines
      .filter((d) => d.deadline.entities.includes(id))
      .map((d) => structuredClone(d.deadline)),
    related,
    packAsOf: record.asOf,
    packTitle: record.title,
  };
}
