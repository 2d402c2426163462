import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGovernmentPlace, isPlaceName, sameCountryAsAny, usStateAfterComma } from './places';

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

describe('a US state after a comma', () => {
  const stateAfter = (text: string, name: string) =>
    usStateAfterComma(text, text.indexOf(name) + name.length);
  it('reads a state name or its AP abbreviation closing the phrase as a US town', () => {
    expect(stateAfter('Commerce, Texas, held an election.', 'Commerce')).toBe(true);
    expect(stateAfter('opened in Geneva, Ill., on Thursday', 'Geneva')).toBe(true);
    expect(stateAfter('The Geneva, N.Y., school board', 'Geneva')).toBe(true);
    expect(stateAfter('born in Madrid, New York.', 'Madrid')).toBe(true);
    expect(stateAfter('held in Geneva, Switzerland, on Monday', 'Geneva')).toBe(false);
    expect(stateAfter('from Geneva, Washington and Beijing', 'Geneva')).toBe(false);
    expect(stateAfter('in Geneva, Texas officials said', 'Geneva')).toBe(false);
  });
  it('never reads a country after the comma as a state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Switzerland', 'Spain', 'Malaysia', 'China', 'France', 'Japan'),
        (country) => {
          expect(stateAfter(`talks in Geneva, ${country}, ended.`, 'Geneva')).toBe(false);
        },
      ),
    );
  });
  it('reads a dateline’s state before a dash or a bracketed agency as a US town', () => {
    expect(stateAfter('MADRID, Iowa — The city council met.', 'MADRID')).toBe(true);
    expect(stateAfter('GENEVA, Ill. (AP) — Officials said', 'GENEVA')).toBe(true);
    expect(stateAfter('GENEVA, Switzerland — Officials said', 'GENEVA')).toBe(false);
    expect(stateAfter('MADRID, Spain (Reuters) - Officials said', 'MADRID')).toBe(false);
  });
  it('property: any state, any dash or a bracket after it closes a dateline; a country never does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Iowa', 'New York', 'Ohio', 'Ill.', 'N.Y.', 'Texas', 'Maine'),
        fc.constantFrom('Switzerland', 'Spain', 'Malaysia', 'South Korea'),
        fc.constantFrom(' —', ' –', ' -', ' (AP) —', ' (Reuters) -'),
        (state, country, close) => {
          expect(stateAfter(`MADRID, ${state}${close} The council met.`, 'MADRID')).toBe(true);
          expect(stateAfter(`MADRID, ${country}${close} The council met.`, 'MADRID')).toBe(false);
        },
      ),
    );
  });
});
