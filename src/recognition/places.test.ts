import { describe, expect, it } from 'vitest';
import { isPlaceName } from './places';

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
