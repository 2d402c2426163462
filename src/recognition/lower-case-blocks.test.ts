import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRanges, lowerCaseBlocks } from './lower-case-blocks';

/** lowerCaseBlocks as it read every line with the RegExp alone (before the ASCII loop). */
function regExpBlocks(text: string): number[] {
  const capitalOrBreak = /[\p{Lu}\n]/gu;
  const ranges: number[] = [];
  let start = 0;
  while (start < text.length) {
    capitalOrBreak.lastIndex = start;
    const found = capitalOrBreak.exec(text);
    const stop = found === null ? text.length : found.index;
    if (found === null || text.charCodeAt(stop) === 0x0a) {
      if (stop > start && /\p{Ll}/u.test(text.slice(start, stop))) ranges.push(start, stop);
      start = stop + 1;
      continue;
    }
    const lineEnd = text.indexOf('\n', stop);
    if (lineEnd < 0) break;
    start = lineEnd + 1;
  }
  return ranges;
}

describe('lowerCaseBlocks', () => {
  it('gives the blocks the RegExp alone gives (random texts)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'a',
        'b c',
        'X',
        'Élan',
        'é',
        '\n',
        ' ',
        '\u{1d400}',
        '\u{1d41a}',
        '\ud835',
        '1',
        'İ',
        'ǅ',
      ),
      fc.integer({ min: 0x20, max: 0x7e }).map((u) => `\n${String.fromCharCode(u)}`),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(lowerCaseBlocks(text)).toEqual(regExpBlocks(text));
      }),
      { numRuns: 3000 },
    );
  });

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
