import { describe, expect, it } from 'vitest';
import { fromColumn } from '../recognition/snapshot-columns';
import { decodeEntityIndex, entityIndexColumns, idHash } from './entity-index';

const indexOf = (value: unknown) => decodeEntityIndex(value)?.index;

const ENTITIES = [
  { id: 'story/scott-bessent', name: 'Scott Bessent', type: 'person' as const },
  {
    id: 'story/ustr',
    name: 'Office of the United States Trade Representative',
    type: 'organization' as const,
  },
  { id: 'chips/he-lifeng', name: '何立峰', type: 'person' as const },
  { id: 'story/tiktok-law', name: '', type: 'law' as const },
];

describe('entity index columns', () => {
  it('give back every id with its name and type', () => {
    const decoded = decodeEntityIndex(structuredClone(entityIndexColumns(ENTITIES)));
    expect(decoded?.names && fromColumn(decoded.names.ids)).toEqual(ENTITIES.map((e) => e.id));
    expect(decoded?.names && fromColumn(decoded.names.names)).toEqual(ENTITIES.map((e) => e.name));
    expect(decoded?.index.size).toBe(ENTITIES.length);
    for (const { id, name, type } of ENTITIES) {
      expect(decoded?.index.get(id)).toEqual({ name, type });
      expect(decoded?.index.has(id)).toBe(true);
    }
    for (const id of ['story/scott', 'story/scott-bessentx', 'story/ustr ', '', 'chips/he-lifeng/']) {
      expect(decoded?.index.get(id)).toBeUndefined();
      expect(decoded?.index.has(id)).toBe(false);
    }
  });

  it('find every id of a large index, colliding hashes included', () => {
    const many = Array.from({ length: 2_000 }, (_, k) => ({
      id: `pack/entity-${k}`,
      name: `Name ${k}`,
      type: 'organization' as const,
    }));
    const columns = entityIndexColumns(many);
    const mask = columns.slots.length - 1;
    const firstSlots = new Set(many.map((e) => idHash(e.id) & mask));
    expect(firstSlots.size).toBeLessThan(many.length); // some ids share a first slot
    const index = indexOf(structuredClone(columns));
    for (const { id, name } of many) expect(index?.get(id)).toEqual({ name, type: 'organization' });
    expect(index?.get('pack/entity-2000')).toBeUndefined();
  });

  it('refuse what is not a whole index', () => {
    const columns = entityIndexColumns(ENTITIES);
    expect(indexOf(undefined)).toBeUndefined();
    expect(indexOf({ ...columns, types: columns.types.slice(1) })).toBeUndefined();
    expect(indexOf({ ...columns, types: Uint8Array.from([0, 1, 0, 9]) })).toBeUndefined();
    expect(indexOf({ ...columns, names: { text: 'x', ends: new Uint32Array([1]) } })).toBeUndefined();
    expect(indexOf({ ...columns, ids: [...ENTITIES.map((e) => e.id)] })).toBeUndefined();
    // A hash table that is missing, too small, of an odd size, or points past the entities.
    expect(indexOf({ ...columns, slots: undefined })).toBeUndefined();
    expect(indexOf({ ...columns, slots: new Uint16Array(4) })).toBeUndefined();
    expect(indexOf({ ...columns, slots: new Uint16Array(12) })).toBeUndefined();
    expect(indexOf({ ...columns, slots: columns.slots.map((s, k) => (k === 0 ? 5 : s)) })).toBeUndefined();
    expect(indexOf({ ...columns, slots: new Uint16Array(8).fill(1) })).toBeUndefined();
    expect(indexOf(columns)).toBeDefined();
  });
});
