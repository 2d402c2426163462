import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp, indexOfText, isAsciiLetter, isAsciiLower } from './chars';

describe('indexOfText', () => {
  it('property: the answer of indexOf for any text, needle and start', () => {
    // Texts made of the needle, its head and its tail, so that heads recur and overlap.
    const needleAndText = fc.string({ unit: fc.constantFrom('a', 'b', 'M'), maxLength: 10 }).chain((needle) =>
      fc.tuple(
        fc.constant(needle),
        fc
          .array(fc.constantFrom(needle, needle.slice(0, 6), needle.slice(1), 'a', 'b', ' '), {
            maxLength: 8,
          })
          .map((pieces) => pieces.join('')),
      ),
    );
    fc.assert(
      fc.property(needleAndText, fc.integer({ min: -2, max: 90 }), ([needle, text], from) => {
        expect(indexOfText(text, needle, from)).toBe(text.indexOf(needle, from));
        expect(indexOfText(text, needle)).toBe(text.indexOf(needle));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('escapeRegExp', () => {
  it('makes a source that matches the text itself, whole, and nothing shorter', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'.*+?^$', ...'{}()|[]\\/-aZ 1') }), (text) => {
        const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        if (text.length > 0) expect(pattern.test(text.slice(1))).toBe(false);
      }),
    );
  });

  it('escapes every RegExp syntax character', () => {
    expect(escapeRegExp('U.S. (Treasury) [a]*+?^$|{1}\\')).toBe(
      'U\\.S\\. \\(Treasury\\) \\[a\\]\\*\\+\\?\\^\\$\\|\\{1\\}\\\\',
    );
  });
});

describe('ASCII letters by code unit', () => {
  it('answers as a RegExp over every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (isAsciiLower(unit) !== /^[a-z]$/.test(char) || isAsciiLetter(unit) !== /^[A-Za-z]$/.test(char))
        wrong.push(unit);
    }
    expect(wrong).toEqual([]);
  });
});
