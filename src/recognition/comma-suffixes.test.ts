import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShapes } from './headlines';
import { type NameOwner, structureVerdict } from './name-structure';

/** Donald Trump as name structure sees him: given name before the surname. */
const TRUMP: NameOwner = {
  isPerson: true,
  isOrganization: false,
  ownWords: new Set(['donald', 'j.', 'trump']),
  givenBefore: true,
  givenAfter: false,
};

/** The verdict for the first occurrence of `alias` in `text`. */
function verdict(text: string, alias: string, owner: NameOwner): string {
  const start = text.indexOf(alias);
  return structureVerdict(text, start, start + alias.length, owner, lineShapes(text));
}

describe('a generational suffix set off by a comma (name-structure.ts suffixAfterComma)', () => {
  it('reads a generational suffix after a comma as another person (ballotpedia.org)', () => {
    // "Donald Trump, Jr. is an executive vice president at the Trump Organization."
    expect(verdict('Donald Trump, Jr. is an executive vice president', 'Donald Trump', TRUMP)).toBe(
      'other-person',
    );
    expect(verdict('Donald Trump, Jr.\nOrganization', 'Donald Trump', TRUMP)).toBe('other-person');
    expect(verdict('Fred Trump, Sr. built it', 'Trump', TRUMP)).toBe('other-person');
    // A comma before any other word keeps the name ("Donald Trump, Jamieson Greer and …").
    expect(verdict('Donald Trump, Jamieson Greer and Li', 'Donald Trump', TRUMP)).toBe('keep');
    expect(verdict('Donald Trump, Justice Department', 'Donald Trump', TRUMP)).toBe('keep');
  });
  it('property: a name followed by ", Jr." or ", Sr." is never the entity, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Jr.', 'Jr', 'Sr.', 'Sr', 'JR.'),
        fc.constantFrom(' said', ' is the son', '\n', '', ', along with', ' (born 1977)'),
        (suffix, rest) => {
          const text = `Donald Trump, ${suffix}${rest}`;
          expect(verdict(text, 'Donald Trump', TRUMP)).toBe('other-person');
        },
      ),
    );
  });
});
