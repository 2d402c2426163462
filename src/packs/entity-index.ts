/**
 * The enabled packs' entity index (qualified id → name and type) as columns, stored beside the
 * recognizer's snapshot so a background woken for a card, the popup or the pack list reads a few
 * hundred kilobytes instead of the whole snapshot (docs/performance.md, "Knowledge packs at
 * scale"). `decodeEntityIndex` returns undefined for anything that is not a whole index.
 */
import { ENTITY_TYPES, type EntityType } from '../knowledge/schema';
import {
  type EntityNames,
  fromColumn,
  isColumn,
  type StringColumn,
  toColumn,
} from '../recognition/snapshot-columns';

export type KnownEntity = { name: string; type: EntityType };

export type EntityIndexColumns = {
  ids: StringColumn;
  names: StringColumn;
  /** Index of each entity's type in `ENTITY_TYPES`. */
  types: Uint8Array;
};

export function entityIndexColumns(
  entities: readonly { id: string; name: string; type: EntityType }[],
): EntityIndexColumns {
  return {
    ids: toColumn(entities.map((e) => e.id)),
    names: toColumn(entities.map((e) => e.name)),
    types: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
  };
}

/**
 * The index, and its ids and names in entity order: a recognizer snapshot takes them from here
 * instead of storing them a second time (snapshot.ts `restoreRecognizer`).
 */
export function decodeEntityIndex(
  value: unknown,
): { index: Map<string, KnownEntity>; names: EntityNames } | undefined {
  const columns = value as Partial<EntityIndexColumns> | undefined;
  if (!isColumn(columns?.ids) || !isColumn(columns.names) || !(columns.types instanceof Uint8Array))
    return undefined;
  const ids = fromColumn(columns.ids);
  const names = fromColumn(columns.names);
  const { types } = columns;
  if (names.length !== ids.length || types.length !== ids.length) return undefined;
  const index = new Map<string, KnownEntity>();
  for (let k = 0; k < ids.length; k++) {
    const type = ENTITY_TYPES[types[k] as number];
    if (type === undefined) return undefined;
    index.set(ids[k] as string, { name: names[k] as string, type });
  }
  return { index, names: { ids, names } };
}
