import { describe, expect, it } from 'vitest';
import { decodeEntityIndex, entityIndexColumns } from './entity-index';

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
    expect(decoded?.names).toEqual({ ids: ENTITIES.map((e) => e.id), names: ENTITIES.map((e) => e.name) });
    expect([...(decoded?.index ?? [])]).toEqual([
      ['story/scott-bessent', { name: 'Scott Bessent', type: 'person' }],
      ['story/ustr', { name: 'Office of the United States Trade Representative', type: 'organization' }],
      ['chips/he-lifeng', { name: '何立峰', type: 'person' }],
      ['story/tiktok-law', { name: '', type: 'law' }],
    ]);
  });

  it('refuse what is not a whole index', () => {
    const columns = entityIndexColumns(ENTITIES);
    expect(indexOf(undefined)).toBeUndefined();
    expect(indexOf({ ...columns, types: columns.types.slice(1) })).toBeUndefined();
    expect(indexOf({ ...columns, types: Uint8Array.from([0, 1, 0, 9]) })).toBeUndefined();
    expect(indexOf({ ...columns, names: { text: 'x', ends: new Uint32Array([1]) } })).toBeUndefined();
    expect(indexOf({ ...columns, ids: [...ENTITIES.map((e) => e.id)] })).toBeUndefined();
  });
});
