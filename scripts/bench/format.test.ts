import { describe, expect, it } from 'vitest';
import { formatNumber, renderTable } from './format';

describe('formatNumber', () => {
  it('keeps 3 significant digits below 100 and groups thousands above', () => {
    expect(formatNumber(0.12345)).toBe('0.123');
    expect(formatNumber(42.678)).toBe('42.7');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('renderTable', () => {
  it('aligns numeric columns right and text columns left, then prints notes', () => {
    const out = renderTable({
      title: 'T',
      columns: ['name', 'MB/s'],
      rows: [
        ['a', 1.5],
        ['longer', 1234],
      ],
      notes: ['note one'],
    });
    expect(out.split('\n')).toEqual([
      '## T',
      'name     MB/s',
      '------  -----',
      'a         1.5',
      'longer  1,234',
      '  note one',
    ]);
  });
});
