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

  it('reads the stretch between cut marks as a line, the marks found anywhere in a long text', () => {
    const SEGMENTS = [
      'TRUMP TOWER SOLD',
      'Trump Meets Xi in Busan',
      'Trump said the tower was sold.',
      'The Treasury Said So',
      'said the talks ended',
      'Tariffs rose',
    ];
    // Cut marks (" … ", " ... "), and glue that is none: four periods, a missing space, a line break.
    const GLUES = [' \u2026 ', ' ... ', ' .... ', ' \u2026', '... ', '\n', ' '];
    const MARKS = ['\u2026', '...'];
    /** The line of `position` read afresh: its block (between line breaks), cut at the nearest cut marks. */
    const stretch = (text: string, position: number): string => {
      const blockStart = text.lastIndexOf('\n', position - 1) + 1;
      const newline = text.indexOf('\n', position);
      const blockEnd = newline < 0 ? text.length : newline;
      let [start, end] = [blockStart, blockEnd];
      for (const mark of MARKS) {
        for (let at = blockStart + 1; at + mark.length < blockEnd; at++) {
          const after = at + mark.length;
          const cut =
            text.startsWith(mark, at) &&
            text[at - 1] === ' ' &&
            text[after] === ' ' &&
            !/\p{Ll}/u.test(text.charAt(after + 1));
          if (cut && at <= position - mark.length - 1) start = Math.max(start, after + 1);
          if (cut && at >= position) end = Math.min(end, at - 1);
        }
      }
      return text.slice(start, end);
    };
    const piece = fc.tuple(fc.constantFrom(...SEGMENTS), fc.constantFrom(...GLUES));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.boolean(), (pieces, backward) => {
        const text = pieces.map(([segment, glue]) => segment + glue).join('');
        const inside: number[] = [];
        let at = 0;
        for (const [segment, glue] of pieces) {
          for (let i = 0; i < segment.length; i++) inside.push(at + i);
          at += segment.length + glue.length;
        }
        if (backward) inside.reverse();
        const shapes = lineShapes(text);
        for (const position of inside) {
          const expected = lineShapes(stretch(text, position)).isHeadlineAt(0);
          expect(shapes.isHeadlineAt(position), `${position}`).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
