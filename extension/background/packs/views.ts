/**
 * Answers from the enabled packs: the hover card of an entity, and what the popup shows (deadlines
 * of every enabled pack, names of the entities found on a page).
 */
import type { CardData } from '../../../src/card/card-data';
import { splitQualified } from '../../../src/knowledge/refs';
import { packCard } from '../../../src/packs/card';
import { type PackDeadline, packDeadlines } from '../../../src/packs/summary';
import { type Knowledge, knowledge } from './knowledge';

function deadlinesOf(k: Knowledge): PackDeadline[] {
  return packDeadlines(k.enabled, (id) => k.entities.has(id));
}

/** Every enabled pack's deadlines (ids qualified by their pack). */
export async function enabledDeadlines(): Promise<PackDeadline[]> {
  return deadlinesOf(await knowledge());
}

/** The card of `id` (`packId/entityId`), or undefined when no enabled pack has that entity. */
export async function cardOf(id: string): Promise<CardData | undefined> {
  const target = splitQualified(id);
  if (target === undefined) return undefined;
  const k = await knowledge();
  const record = k.enabled.find((r) => r.id === target.pack);
  if (record === undefined || !k.entities.has(id)) return undefined;
  const entity = await k.entity(target.pack, target.entity);
  if (entity === undefined) return undefined;
  return packCard({ record, entity, known: k.entities, deadlines: deadlinesOf(k) });
}

export type PopupKnowledge = {
  deadlines: PackDeadline[];
  /** Name of each requested entity id that an enabled pack knows. */
  names: Record<string, string>;
  /** The latest knowledge date of the enabled packs. */
  asOf: string | undefined;
};

export async function popupKnowledge(entityIds: readonly string[]): Promise<PopupKnowledge> {
  const k = await knowledge();
  const names: Record<string, string> = {};
  for (const id of entityIds) {
    const known = k.entities.get(id);
    if (known) names[id] = known.name;
  }
  const asOf = k.enabled
    .map((r) => r.asOf)
    .sort()
    .at(-1);
  return { deadlines: deadlinesOf(k), names, asOf };
}
