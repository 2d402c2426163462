/**
 * The enabled packs' entity index (qualified id → name and type) as columns, stored beside the
 * recognizer's snapshot so a background woken for a card, the popup or the pack list reads a few
 * hundred kilobytes instead of the whole snapshot (docs/performance.md, "Knowledge packs at
 * scale"). `decodeEntityIndex` returns undefined for anything that is not a whole index.
 *
 * The columns are looked up as they are, through a hash table of the ids stored with them: a
 * woken background builds no map and no string per entity (10,000 of each for a large pack), only
 * the few a card, the popup or a page's mentions ask for.
 */
import { ENTITY_TYPES, type EntityType } from '../knowledge/schema';
import { type EntityNames, isColumn, type StringColumn, toColumn } from '../recognition/snapshot-columns';

export type KnownEntity = { name: string; type: EntityType };

/** What the background asks of an entity index (a `Map` is one). */
export type EntityLookup = {
  get(id: string): KnownEntity | undefined;
  has(id: string): boolean;
  readonly size: number;
};

export type EntityIndexColumns = {
  ids: StringColumn;
  names: StringColumn;
  /** Index of each entity's type in `ENTITY_TYPES`. */
  types: Uint8Array;
  /**
   * Open addressing over the ids (`idHash`, then the next slots): 1 + the entity's index, or 0 for
   * an empty slot; a power of two at least twice the entity count long.
   */
  slots: Uint16Array | Uint32Array;
};

/** FNV-1a over the id's code units. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function slotsOf(ids: readonly string[]): Uint16Array | Uint32Array {
  let size = 2;
  while (size < ids.length * 2) size *= 2;
  const slots = ids.length < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  const mask = size - 1;
  ids.forEach((id, k) => {
    let slot = idHash(id) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = k + 1;
  });
  return slots;
}

export function entityIndexColumns(
  entities: readonly { id: string; name: string; type: EntityType }[],
): EntityIndexColumns {
  const ids = entities.map((e) => e.id);
  return {
    ids: toColumn(ids),
    names: toColumn(entities.map((e) => e.name)),
    types: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
    slots: slotsOf(ids),
  };
}

/** The entity index over its columns, checked by `decodeEntityIndex`. */
class ColumnIndex implements EntityLookup {
  readonly size: number;
  readonly #mask: number;
  constructor(private readonly c: EntityIndexColumns) {
    this.size = c.types.length;
    this.#mask = c.slots.length - 1;
  }
  /** The index of entity `id`, or -1. */
  #find(id: string): number {
    const { ids, slots } = this.c;
    for (let slot = idHash(id) & this.#mask; slots[slot] !== 0; slot = (slot + 1) & this.#mask) {
      const k = (slots[slot] as number) - 1;
      const start = k === 0 ? 0 : (ids.ends[k - 1] as number);
      if ((ids.ends[k] as number) - start === id.length && ids.text.startsWith(id, start)) return k;
    }
    return -1;
  }
  get(id: string): KnownEntity | undefined {
    const k = this.#find(id);
    if (k < 0) return undefined;
    const { names, types } = this.c;
    const name = names.text.slice(k === 0 ? 0 : (names.ends[k - 1] as number), names.ends[k] as number);
    return { name, type: ENTITY_TYPES[types[k] as number] as EntityType };
  }
  has(id: string): boolean {
    return this.#find(id) >= 0;
  }
}

/**
 * Whether every slot is empty or an entity's, one per entity, so that half the slots at least are
 * empty and every probe ends. (Slots damaged in another way can only make an id not found.)
 */
function slotsFit(slots: Uint16Array | Uint32Array, count: number): boolean {
  const size = slots.length;
  if (size < count * 2 || size < 2 || (size & (size - 1)) !== 0) return false;
  let used = 0;
  for (let s = 0; s < size; s++) {
    const k = slots[s] as number;
    if (k > count) return false;
    if (k !== 0) used++;
  }
  return used === count;
}

/**
 * The index, and its ids and names in entity order: a recognizer snapshot takes them from here
 * instead of storing them a second time (snapshot.ts `restoreRecognizer`).
 */
export function decodeEntityIndex(value: unknown): { index: EntityLookup; names: EntityNames } | undefined {
  const c = value as Partial<EntityIndexColumns> | undefined;
  if (!isColumn(c?.ids) || !isColumn(c.names) || !(c.types instanceof Uint8Array)) return undefined;
  const count = c.types.length;
  if (c.ids.ends.length !== count || c.names.ends.length !== count) return undefined;
  if (!((c.slots instanceof Uint16Array || c.slots instanceof Uint32Array) && slotsFit(c.slots, count)))
    return undefined;
  for (let k = 0; k < count; k++) if ((c.types[k] as number) >= ENTITY_TYPES.length) return undefined;
  const columns = c as EntityIndexColumns;
  return { index: new ColumnIndex(columns), names: { ids: columns.ids, names: columns.names } };
}
