/**
 * A pack as the extension knows it at run time: every entity and deadline id, related reference
 * and deadline entity qualified as `packId/entityId` (src/knowledge/refs.ts). Tests read names and
 * ids from it; what a card or the popup must show is written in each test as literals.
 */
import { qualify, resolveRef } from '../../src/knowledge/refs';
import type { Pack } from '../../src/knowledge/schema';

export function qualifiedPack(pack: Pack): Pack {
  const ref = (id: string) => {
    const target = resolveRef(pack.id, id);
    return target ? qualify(target.pack, target.entity) : id;
  };
  return {
    ...pack,
    entities: pack.entities.map((e) => ({ ...e, id: qualify(pack.id, e.id), related: e.related.map(ref) })),
    deadlines: pack.deadlines.map((d) => ({
      ...d,
      id: qualify(pack.id, d.id),
      entities: d.entities.map(ref),
    })),
  };
}

/** The bundled pack's id, to write run-time entity ids in tests. */
export const BUNDLED = 'us-china-trade-tech';
