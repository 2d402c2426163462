/** Which lines are headlines (headlines.ts), on lines written for this test. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShapes } from './headlines';

describe('lineShapes', () => {
  const headlineAt = (text: string, position: number) => lineShapes(text).isHeadlineAt(position);

  it('takes a Title Case line with short lower-case words as a headline, not a line of two words', () => {
    expect(headlineAt('Trump Meets Xi in Busan to Talk Tariffs', 0)).toBe(true);
    expect(headlineAt('The Art of the Deal', 4)).toBe(true);
    expect(headlineAt('BREAKING NEWS\nTrump said so.', 0)).toBe(false);
  });
  it('takes a line without lower-case letters as a headline, whatever its other scripts', () => {
    expect(headlineAt('NVIDIA 英伟达 SHARES SOAR', 0)).toBe(true);
  });
  it('reads Title Case on lines of up to 300 characters, capitals alone on longer ones', () => {
    const titleCase = 'Trump Meets Xi '.repeat(20);
    expect(titleCase).toHaveLength(300);
    expect(headlineAt(titleCase, 0)).toBe(true);
    expect(headlineAt(`${titleCase}A`, 0)).toBe(false);
    expect(headlineAt(`\n${titleCase}`, 5)).toBe(true);
    expect(headlineAt('TRUMP MEETS XI '.repeat(21), 0)).toBe(true);
  });
  it('answers for the line of the position asked, in any order', () => {
    const shapes = lineShapes('TRUMP TOWER SOLD\nTrump said it was sold.');
    expect(shapes.isHeadlineAt(20)).toBe(false);
    expect(shapes.isHeadlineAt(0)).toBe(true);
    expect(headlineAt('The deal was signed.\nTRUMP TOWER SOLD', 25)).toBe(true);
    expect(headlineAt('\nTrump Sells Tower Stake', 0)).toBe(false);
    expect(headlineAt('\nTrump Sells Tower Stake', 1)).toBe(true);
  });
  it('reads a line break followed by indentation as inside one line', () => {
    expect(headlineAt('The talks ended.\n    TRUMP TOWER SOLD', 25)).toBe(false);
    expect(headlineAt('TRUMP TOWER SOLD\n    to a fund', 0)).toBe(false);
  });
  it('answers every position of a text of lines with that line’s shape', () => {
    const LINES: [string, boolean][] = [
      ['TRUMP TOWER SOLD', true],
      ['Trump Meets Xi in Busan', true],
      ['NVIDIA 英伟达 SHARES SOAR', true],
      ['The Art of the Deal', true],
      ['Trump said the tower was sold.', false],
      ['BREAKING NEWS', false],
      ['Tariffs rose', false],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.map(([line]) => line).join('\n');
        // Position → the shape of its line (a line's break counts with it).
        const expected: boolean[] = lines.flatMap(([line, shape]) => Array(line.length + 1).fill(shape));
        const forward = lineShapes(text);
        for (let i = 0; i <= text.length; i++) expect(forward.isHeadlineAt(i), `${i}`).toBe(expected[i]);
        const backward = lineShapes(text);
        for (let i = text.length; i >= 0; i--) expect(backward.isHeadlineAt(i), `${i}`).toBe(expected[i]);
      }),
      { numRuns: 200 },
    );
  });
});
