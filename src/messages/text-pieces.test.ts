import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from './text-pieces';

describe('textPieces', () => {
  it('cuts a text into pieces of the given size, the last one shorter', () => {
    expect(textPieces('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(textPieces('abcdef', 3)).toEqual(['abc', 'def']);
    expect(textPieces('ab', 3)).toEqual(['ab']);
    expect(textPieces('', 3)).toEqual(['']);
  });

  it('keeps a surrogate pair in one piece', () => {
    // 'a😀b': the emoji is the pair \ud83d\ude00 at indices 1–2; a cut after 2 would split it.
    expect(textPieces('a😀bc', 2)).toEqual(['a', '😀', 'bc']);
  });

  it('joins back to the text, every piece within the size and well-formed (property)', () => {
    const splitsPair = (a: string, b: string) => {
      const end = a.charCodeAt(a.length - 1);
      const next = b.charCodeAt(0);
      return end >= 0xd800 && end <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    };
    // Letters, a surrogate pair and lone halves of one (pages hold malformed text too).
    const text = fc
      .array(fc.constantFrom('a', '中', '😀', '\ud83d', '\ude00', '\n'), { maxLength: 40 })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 8 }), (text, size) => {
        const pieces = textPieces(text, size);
        return (
          pieces.join('') === text &&
          pieces.every((piece) => piece.length <= size) &&
          pieces.every((piece, i) => i === 0 || !splitsPair(pieces[i - 1] as string, piece))
        );
      }),
    );
  });
});
