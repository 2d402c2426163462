import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';

describe('percentile (the benches’ nearest rank)', () => {
  it('takes the value at floor(n × p) of the sorted values, whatever their order', () => {
    const values = [9, 1, 7, 3, 5, 2, 8, 4, 6, 10];
    expect(percentile(values, 0.5)).toBe(6);
    expect(percentile(values, 0.9)).toBe(10);
    expect(percentile(values, 0.95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 1)).toBe(10); // the largest
    expect(values[0]).toBe(9); // the input is not sorted in place
  });

  it('gives `empty` for no values (NaN unless told)', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentile([], 0.95, 0)).toBe(0);
  });
});
