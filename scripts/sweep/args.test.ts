import { describe, expect, it } from 'vitest';
import { parseSweepArgs } from './args';

describe('parseSweepArgs', () => {
  it('takes a directory with defaults', () => {
    expect(parseSweepArgs(['pages'])).toEqual({
      dir: 'pages',
      firefox: false,
      limit: undefined,
      json: undefined,
      concurrency: 2,
    });
  });

  it('reads every option in any order and caps concurrency at 2', () => {
    expect(
      parseSweepArgs(['--limit', '5', '--json', 'o.json', 'd', '--firefox', '--concurrency', '8']),
    ).toEqual({
      dir: 'd',
      firefox: true,
      limit: 5,
      json: 'o.json',
      concurrency: 2,
    });
  });

  it('rejects bad input with a message naming the problem', () => {
    expect(() => parseSweepArgs([])).toThrow(/no directory/);
    expect(() => parseSweepArgs(['d', '--limit', '0'])).toThrow(/--limit needs a positive whole number/);
    expect(() => parseSweepArgs(['d', '--limit', 'x'])).toThrow(/got x/);
    expect(() => parseSweepArgs(['d', '--limit'])).toThrow(/got nothing/);
    expect(() => parseSweepArgs(['d', '--json'])).toThrow(/--json needs a file name/);
    expect(() => parseSweepArgs(['d', '--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseSweepArgs(['d', 'e'])).toThrow(/only one directory/);
  });
});
