/**
 * fast-check properties of speed10i's shortcut in `finish` (page-rules.ts): a mention whose line
 * holds no "Minister" skips otherMinisterInSentence (foreign-ministers.ts ministerInLine).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ministerInLine, otherMinisterInSentence } from '../../src/recognition/foreign-ministers';

const PIECES = ['Minister', 'Ministers', 'Commerce', 'Ministry of Commerce', 'for', 'Engr.', 'Khan', 'said'];
const GLUE = [' ', ' ', ', ', '. ', '\n', '\n\n', ' \n', '\r\n'];

/** Text of pieces and glue, with every position where "Commerce" (a generic body word) starts. */
const pageText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 40 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

/** The line (between line feeds) of text[start, end) read afresh. */
function lineHolds(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to).includes('Minister');
}

describe("another minister's sentence only where the line holds 'Minister' (foreign-ministers.ts ministerInLine)", () => {
  it('answers as reading the line afresh, in any order and again, and never hides a minister', () => {
    fc.assert(
      fc.property(pageText, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (text, picks) => {
        const near = ministerInLine(text);
        const bodies = [...text.matchAll(/Commerce/g)].map((m) => m.index);
        for (const pick of picks) {
          // A body word's mention, or any span of the text.
          const start =
            bodies.length > 0 && pick % 2 === 0
              ? (bodies[pick % bodies.length] as number)
              : pick % (text.length + 1);
          const end = Math.min(text.length, start + 8);
          const answer = near(start, end);
          expect(answer).toBe(lineHolds(text, start, end));
          if (!answer) expect(otherMinisterInSentence(text, start, end, new Set(), () => false)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a line with a minister after lines without one', () => {
    const text = 'Commerce said.\nThe talks.\nMinister for Commerce Khan said the Commerce office';
    const near = ministerInLine(text);
    expect(near(0, 8)).toBe(false);
    expect(near(text.lastIndexOf('Commerce'), text.length - 7)).toBe(true);
    expect(near(0, 8)).toBe(false);
    expect(
      otherMinisterInSentence(text, text.lastIndexOf('Commerce'), text.length - 7, new Set(), () => false),
    ).toBe(true);
  });
});
