import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value';

describe('describeValue', () => {
  it('describes nothing, BigInts, JSON values and what JSON cannot write', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue('slow')).toBe('"slow"');
    expect(describeValue({ a: [1, null] })).toBe('{"a":[1,null]}');
    expect(describeValue(() => 1)).toBe('[object Function]');
    expect(describeValue(Symbol('s'))).toBe('[object Symbol]');
    expect(describeValue({ n: 1n })).toBe('[object Object]');
  });

  it('keeps 60 characters whole and cuts 61 to 57 and "..."', () => {
    expect(describeValue('a'.repeat(58))).toBe(`"${'a'.repeat(58)}"`);
    expect(describeValue('a'.repeat(59))).toBe(`"${'a'.repeat(56)}...`);
  });
});
