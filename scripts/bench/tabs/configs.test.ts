import { describe, expect, it } from 'vitest';
import { roundOrder, tabConfigs } from './configs';

const naive = { dir: '/naive', prefix: 'naive-hl' };

describe('tabConfigs', () => {
  it('opens no extension, the naive highlighter and Backstory', () => {
    expect(tabConfigs(naive, '/ours')).toEqual([
      { name: 'none', dir: undefined, prefix: 'none' },
      { name: 'naive', dir: '/naive', prefix: 'naive-hl' },
      { name: 'backstory', dir: '/ours', prefix: 'backstory-' },
    ]);
  });

  it('adds a second build as backstory-b, read by the same highlight names (BACKSTORY_DIST_B)', () => {
    const configs = tabConfigs(naive, '/ours', '/other');
    expect(configs.map((c) => c.name)).toEqual(['none', 'naive', 'backstory', 'backstory-b']);
    expect(configs[3]).toEqual({ name: 'backstory-b', dir: '/other', prefix: 'backstory-' });
  });
});

describe('roundOrder', () => {
  it('reverses the order every other round', () => {
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['a', 'b', 'c']);
    expect(roundOrder(['a', 'b', 'c'], 2)).toEqual(['c', 'b', 'a']);
    expect(roundOrder(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
  });
});
