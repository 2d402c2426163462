import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameBeforeInitials, initialedOwnName } from './middle-initials';
import type { NameOwner } from './name-structure';

const lutnick: NameOwner = {
  isPerson: true,
  isOrganization: false,
  ownWords: new Set(['howard', 'lutnick']),
  givenBefore: true,
  givenAfter: false,
  misspelling: { givenNames: new Set(['howard']), givenNamesAfter: new Set(), fullNames: ['Howard Lutnick'] },
};

/** The answer for the last "Lutnick" of `text`. */
const at = (text: string) => initialedOwnName(text, text.lastIndexOf('Lutnick'), lutnick);

describe('a full name with middle initials', () => {
  it('reads the given name before one or two initials', () => {
    const given = (text: string) => givenNameBeforeInitials(text, text.lastIndexOf(' ') + 1);
    expect(given('CEO, Howard W. Lutnick')).toBe('howard');
    expect(given('Scott K. H. Bessent')).toBe('scott');
    expect(given('Scott K.H. Bessent')).toBe('scott');
    expect(given('Howard W Lutnick')).toBeUndefined();
    expect(given('howard W. Lutnick')).toBeUndefined();
    expect(given('Howard WW. Lutnick')).toBeUndefined();
    expect(given('Howard A. B. C. Lutnick')).toBeUndefined();
    expect(given('Mr. W. Lutnick')).toBeUndefined();
  });
  it("is the entity's own only with its own given name", () => {
    expect(at('Chairman and CEO, Howard W. Lutnick.')).toBe(true);
    expect(at('Howard W.  Lutnick')).toBe(false);
    expect(at('Edie W. Lutnick')).toBe(false);
    expect(at('W. Lutnick')).toBe(false);
    expect(initialedOwnName('Howard W. Lutnick', 10, { ...lutnick, isPerson: false })).toBe(false);
  });
  it('property: any given name other than the entity’s before initials is never its own', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{1,9}$/).filter((w) => w !== 'Howard'),
        fc.stringMatching(/^[A-Z]\. ([A-Z]\. )?$/),
        (given, initials) => {
          expect(at(`${given} ${initials}Lutnick`)).toBe(false);
          expect(at(`Howard ${initials}Lutnick`)).toBe(true);
        },
      ),
    );
  });
});
