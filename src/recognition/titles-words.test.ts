/** Office title and holder words one by one (titles.ts); titles around names are in titles.test.ts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOLDER_STEMS,
  holderWordsIn,
  isOfficeTitleWord,
  OFFICE_HOLDER_WORDS,
  OFFICE_TITLE_MODIFIERS,
} from './titles';

describe('isOfficeTitleWord', () => {
  const office = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return isOfficeTitleWord(text, start, start + word.length);
  };
  it.each([
    ['The Commerce Secretary also spoke.', 'Commerce'],
    ['Treasury Secretary Steven Mnuchin said', 'Treasury'],
    ['as Treasury chief, he said', 'Treasury'],
    ['US Secretary of the Treasury Scott Bessent', 'Treasury'],
    ["China's Vice Minister of Commerce said", 'Commerce'],
    ['US Trade Representative Robert Lighthizer', 'US Trade Representative'],
    ['Commerce Deputy Secretary Paul Dabbar', 'Commerce'],
  ])('"%s": %s names an office', (text, word) => {
    expect(office(text, word)).toBe(true);
  });
  it.each([
    ['A Treasury spokesperson declined to comment.', 'Treasury'],
    ['the Commerce Department said', 'Commerce'],
    ['Ambassador Robert Lighthizer, the US Trade Representative, said', 'US Trade Representative'],
    ['the US Trade Representative said', 'US Trade Representative'],
    ['the Treasury. Secretary Bessent spoke', 'Treasury'],
  ])('"%s": %s names the body', (text, word) => {
    expect(office(text, word)).toBe(false);
  });
  it('a lower-case word after the organization never makes it an office', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,10}$/), (word) => {
        fc.pre(!OFFICE_HOLDER_WORDS.has(word) && !OFFICE_TITLE_MODIFIERS.has(word));
        expect(office(`the Treasury ${word} said`, 'Treasury')).toBe(false);
      }),
    );
  });
});

describe('holderWordsIn (a page-level shortcut for isOfficeTitleWord)', () => {
  it('every office holder word holds one of the stems', () => {
    for (const word of OFFICE_HOLDER_WORDS) {
      expect(HOLDER_STEMS.some((stem) => word.includes(stem))).toBe(true);
    }
  });
  it('never changes the answer of isOfficeTitleWord', () => {
    const piece = fc.constantFrom(
      'Treasury',
      'Commerce',
      'Secretary',
      'SECRETARY',
      'chief',
      'Ministers',
      'Deputy',
      'of',
      'the',
      'said',
      'Scott',
      "'s",
      '.',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        const holders = holderWordsIn(text);
        for (let at = text.indexOf('Treasury'); at >= 0; at = text.indexOf('Treasury', at + 1)) {
          const end = at + 'Treasury'.length;
          expect(isOfficeTitleWord(text, at, end, holders)).toBe(isOfficeTitleWord(text, at, end));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('holderWordsIn', () => {
  it('finds a holder word stem in any letter case', () => {
    expect(holderWordsIn('the Commerce Secretary said')).toBe(true);
    expect(holderWordsIn('THE COMMERCE SECRETARY SAID')).toBe(true);
    expect(holderWordsIn('a vice minister spoke')).toBe(true);
    expect(holderWordsIn('Treasury chief')).toBe(true);
  });
  it('is false for a text without one', () => {
    expect(holderWordsIn('the Treasury Department said')).toBe(false);
    expect(holderWordsIn('')).toBe(false);
  });
});
