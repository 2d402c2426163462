import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRanges, lowerCaseBlocks } from './lower-case-blocks';

describe('lowerCaseBlocks', () => {
  it('finds the lines with lower-case letters and no capital', () => {
    const text = 'Title Line\nall lower here\nMixed again\n123 456\nlast one';
    expect(lowerCaseBlocks(text)).toEqual([11, 25, 46, 54]);
    expect(lowerCaseBlocks('')).toEqual([]);
    expect(lowerCaseBlocks('One Capital')).toEqual([]);
  });
  it('is the whole text for any lower-cased text of one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (raw) => {
        const text = `${raw.replace(/\n/g, ' ').toLowerCase()} x`;
        expect(lowerCaseBlocks(text)).toEqual([0, text.length]);
      }),
    );
  });
  it('never covers a capital letter or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        const ranges = lowerCaseBlocks(text);
        for (let i = 0; i < text.length; i++) {
          if (/[A-Z\n]/.test(text[i] as string)) expect(inRanges(ranges, i)).toBe(false);
        }
      }),
    );
  });
});

describe('inRanges', () => {
  it('agrees with a linear search', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(200), { maxLength: 20 }), fc.nat(220), (cuts, position) => {
        const ranges = [...new Set(cuts)].sort((a, b) => a - b);
        if (ranges.length % 2 === 1) ranges.pop();
        let expected = false;
        for (let r = 0; r < ranges.length; r += 2) {
          if ((ranges[r] as number) <= position && position < (ranges[r + 1] as number)) expected = true;
        }
        expect(inRanges(ranges, position)).toBe(expected);
      }),
    );
  });
});
