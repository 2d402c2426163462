import { describe, expect, it } from 'vitest';
import { lazy, perItem } from './lazy';

describe('lazy values', () => {
  it('lazy runs its computation once, on the first call', () => {
    let runs = 0;
    const value = lazy(() => ++runs);
    expect(runs).toBe(0);
    expect([value(), value()]).toEqual([1, 1]);
    expect(runs).toBe(1);
  });

  it('perItem builds only the items asked for, each once, with its index', () => {
    const built: string[] = [];
    const upper = perItem(['a', 'b', 'c'], (item, index) => {
      built.push(item);
      return `${item.toUpperCase()}${index}`;
    });
    expect(built).toEqual([]);
    expect([upper(2), upper(0), upper(2)]).toEqual(['C2', 'A0', 'C2']);
    expect(built).toEqual(['c', 'a']);
  });
});
