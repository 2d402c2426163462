import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PACKED_RUN, packSpaceRuns, unpackSpaceRuns } from './space-runs';

const LIMIT = 1_000_000;

describe('packSpaceRuns', () => {
  it('sends a long run of spaces or tabs as one character and a count', () => {
    const text = `a${' '.repeat(12)}b\n${'\t'.repeat(9)}c`;
    expect(packSpaceRuns(text)).toEqual({ text: 'a b\n\tc', runs: [1, 11, 3, 8] });
    expect(unpackSpaceRuns('a b\n\tc', [1, 11, 3, 8], LIMIT)).toBe(text);
  });

  it('leaves a text without long runs as it is', () => {
    const text = `Scott${' '.repeat(MIN_PACKED_RUN - 1)}Bessent \t \t \t \t \t`;
    expect(packSpaceRuns(text)).toEqual({ text });
  });

  it('packs a run at the very start, and mixed runs as their single-character parts', () => {
    expect(packSpaceRuns(`${' '.repeat(8)}x`)).toEqual({ text: ' x', runs: [0, 7] });
    const mixed = `${' '.repeat(8)}${'\t'.repeat(8)}`;
    expect(packSpaceRuns(mixed)).toEqual({ text: ' \t', runs: [0, 7, 1, 7] });
  });

  it('gives back the exact text, shorter or the same (property)', () => {
    const unit = fc.constantFrom('a', ' ', '\t', '\n', '中', '😀', '\ud83d', '\u00a0');
    const run = fc.tuple(fc.constantFrom(' ', '\t', 'a'), fc.integer({ min: 1, max: 20 }));
    const piece = fc.oneof(
      unit,
      run.map(([c, n]) => c.repeat(n)),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (text) => {
        const packed = packSpaceRuns(text);
        return (
          packed.text.length <= text.length &&
          unpackSpaceRuns(packed.text, packed.runs ?? [], text.length) === text &&
          (packed.runs === undefined) === (packed.text === text)
        );
      }),
    );
  });
});

describe('unpackSpaceRuns', () => {
  it('refuses runs that do not fit the text, with a clear error', () => {
    expect(() => unpackSpaceRuns('a b', [1], LIMIT)).toThrow(/pairs/);
    expect(() => unpackSpaceRuns('a b', [0, 3], LIMIT)).toThrow(/run 0 does not fit/);
    expect(() => unpackSpaceRuns('a b', [5, 3], LIMIT)).toThrow(/does not fit/);
    expect(() => unpackSpaceRuns('a  b', [1, 3, 0, 3], LIMIT)).toThrow(/run 1 does not fit/);
    expect(() => unpackSpaceRuns('a b', [1, 0.5], LIMIT)).toThrow(/does not fit/);
    expect(() => unpackSpaceRuns('a b', [1, 10], 12)).toThrow(/over 12 characters/);
    expect(unpackSpaceRuns('a b', [1, 9], 12)).toBe(`a${' '.repeat(10)}b`);
  });
});
