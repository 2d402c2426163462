/**
 * Which entities are persons and which organizations, per entity index in flat arrays: the page
 * rules ask for every candidate, and reading each entity object of a large pack misses the cache.
 */
import type { Entity } from '../knowledge/schema';

export type EntityKinds = {
  readonly person: Uint8Array;
  readonly organization: Uint8Array;
  readonly place: Uint8Array;
};

export function entityKinds(entities: readonly Entity[]): EntityKinds {
  return {
    person: Uint8Array.from(entities, (e) => (e.type === 'person' ? 1 : 0)),
    organization: Uint8Array.from(entities, (e) => (e.type === 'organization' ? 1 : 0)),
    place: Uint8Array.from(entities, (e) => (e.type === 'place' ? 1 : 0)),
  };
}
