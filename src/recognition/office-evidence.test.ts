import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleNamesOwnBody } from './office-evidence';

const US_TREASURY = new Set(['us', 'u.s.', 'department', 'of', 'the', 'treasury']);
const MOFCOM = new Set(['china', 'chinese', 'ministry', 'of', 'commerce']);
const named = (text: string, word: string, own: ReadonlySet<string> = US_TREASURY) => {
  const start = text.lastIndexOf(word);
  return titleNamesOwnBody(text, start, start + word.length, own);
};

describe('titleNamesOwnBody', () => {
  it('a title qualified by the body’s own country names the body', () => {
    expect(named('CFIUS is chaired by the U.S. Secretary of the Treasury and others.', 'Treasury')).toBe(
      true,
    );
    expect(named('The US Deputy Secretary of the Treasury spoke.', 'Treasury')).toBe(true);
    expect(named('The U.S. Treasury Secretary spoke.', 'U.S. Treasury')).toBe(true);
    expect(named('US Treasury Secretary said so.', 'Treasury')).toBe(true);
    expect(named("China's Commerce Minister spoke.", 'Commerce', MOFCOM)).toBe(true);
  });
  it('no country, another country or a lower-case word before the title names no body', () => {
    expect(named('The Secretary of the Treasury spoke.', 'Treasury')).toBe(false);
    expect(named('Hamilton was Secretary of the Treasury.', 'Treasury')).toBe(false);
    expect(named("India's Commerce Secretary spoke.", 'Commerce', new Set(['us', 'commerce']))).toBe(false);
    expect(named('The Treasury Secretary spoke.', 'Treasury')).toBe(false);
    expect(named('the us secretary of the treasury', 'treasury')).toBe(false);
    expect(named('Canada Secretary of the Treasury', 'Treasury')).toBe(false);
  });
  it('property: the title names the body exactly when its first word is one of the body’s countries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('U.S.', 'US', 'India', 'Britain', 'The', 'A former'),
        fc.constantFrom(
          'Secretary of the Treasury',
          'Deputy Secretary of the Treasury',
          'Treasury Secretary',
        ),
        fc.constantFrom(' spoke.', ' said tariffs would fall.', ''),
        (country, title, rest) => {
          const text = `${country} ${title}${rest}`;
          expect(named(text, 'Treasury')).toBe(country === 'U.S.' || country === 'US');
        },
      ),
    );
  });
});
