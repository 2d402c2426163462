import { describe, expect, it } from 'vitest';
import { isGovernmentPlace, isPlaceName, sameCountryAsAny } from './places';

describe('isPlaceName', () => {
  it('knows countries from Intl.DisplayNames and the common short forms', () => {
    for (const name of ['india', 'japan', 'china', 'united kingdom', 'britain', 'u.s.', 'south korea']) {
      expect(isPlaceName(name), name).toBe(true);
    }
  });
  it('does not take people, companies or common words for places', () => {
    for (const name of ['trump', 'oracle', 'treasury', 'region', 'larry'])
      expect(isPlaceName(name), name).toBe(false);
  });
});

describe('isGovernmentPlace', () => {
  it('takes countries and US states, not other words', () => {
    for (const word of ['india', 'japan', 'minnesota', 'ohio', 'carolina'])
      expect(isGovernmentPlace(word)).toBe(true);
    for (const word of ['samsung', 'greer', 'the', 'department']) expect(isGovernmentPlace(word)).toBe(false);
  });
});

describe('sameCountryAsAny', () => {
  it('reads the names of one country as one', () => {
    expect(sameCountryAsAny('america', new Set(['us', 'treasury']))).toBe(true);
    expect(sameCountryAsAny('u.s.', new Set(['us']))).toBe(true);
    expect(sameCountryAsAny('india', new Set(['us', 'treasury']))).toBe(false);
    expect(sameCountryAsAny('britain', new Set(['us']))).toBe(false);
  });
});
