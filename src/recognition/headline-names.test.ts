import { describe, expect, it } from 'vitest';
import { runningTextOccurrence } from './headline-names';
import { lineShapes } from './headlines';

/** Where the running text repeats the headline's first `alias` with its neighbour. */
function occurrence(text: string, alias: string, own: string[] = []): number | undefined {
  const start = text.indexOf(alias);
  return runningTextOccurrence(text, start, start + alias.length, lineShapes(text), new Set(own));
}

describe('longer names in headlines', () => {
  it('finds the two words again in running text, in any letter case, after or before the alias', () => {
    const tower = 'TRUMP TOWER FIRE INJURES TWO\nA fire broke out at Trump Tower today.';
    expect(occurrence(tower, 'TRUMP')).toBe(tower.lastIndexOf('Trump'));
    const club = 'Real Madrid Beat Barcelona Again\nIn the capital, Real Madrid won 2-1.';
    expect(occurrence(club, 'Madrid')).toBe(club.lastIndexOf('Madrid'));
  });
  it('finds nothing for titles, own words, other headlines or words the text never joins', () => {
    expect(occurrence('President Trump Meets Xi Today\nPresident Trump met Xi.', 'Trump')).toBeUndefined();
    expect(
      occurrence('Donald Trump Meets Xi Today\nDonald Trump met Xi.', 'Trump', ['donald', 'trump']),
    ).toBeUndefined();
    expect(
      occurrence('Trump Tower Fire Injures Two\nTrump Tower Fire Spreads Fast', 'Trump'),
    ).toBeUndefined();
    expect(
      occurrence('Trump Tower Fire Injures Two\nTrump said the tower was safe.', 'Trump'),
    ).toBeUndefined();
  });
});
