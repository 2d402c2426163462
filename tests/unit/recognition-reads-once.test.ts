/**
 * fast-check properties of speed10h's shortcuts: each gives exactly the answer of the reads it
 * skips (docs/performance.md, "Whole-web rules: each line and entry read once (speed10h)").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../src/recognition/aliases';
import { lineShapes } from '../../src/recognition/headlines';
import { namesByLongerAlias, type OccurrenceContext } from '../../src/recognition/name-word-occurrences';
import { patternFacts } from '../../src/recognition/pattern-facts';

const WORDS = ['Trump', 'Meets', 'XI', 'US', 'of', 'the', 'said', 'talks', 'Über', '英伟达', '.', ','];
/** Line breaks, and a break followed by indentation, which continues the line. */
const BREAKS = ['\n', '\n', '\n\n', '\r\n', ' \n', '\n ', '\n\t', '\u2029'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0'];

/** Lines of 0–6 words, Title Case, capitals or running text, between breaks of every kind. */
const linesText = fc
  .array(
    fc.tuple(
      fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 6 }),
      fc.constantFrom(...BREAKS),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.map(([words, end]) => words.map(([w, s]) => w + s).join('') + end).join(''));

describe('which lines are headlines, each line remembered (headlines.ts lineShapes)', () => {
  it('answers as a fresh reading of the line at every position, in any order and again', () => {
    fc.assert(
      fc.property(linesText, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (text, picks) => {
        const shapes = lineShapes(text);
        for (const pick of picks) {
          const position = pick % (text.length + 1);
          // A new object per question remembers nothing: every line is read afresh.
          expect(shapes.isHeadlineAt(position)).toBe(lineShapes(text).isHeadlineAt(position));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a name word inside a longer alias of its entity (name-word-occurrences.ts namesByLongerAlias)', () => {
  const entry = fc.record({
    entity: fc.nat({ max: 3 }),
    nameWord: fc.boolean(),
    afterFullName: fc.boolean(),
    ruled: fc.boolean(),
  });
  it('answers as reading every entry of the candidate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 })), { minLength: 1, maxLength: 20 }),
        (shapes, picks) => {
          const entriesByPattern = shapes.map((entries) =>
            entries.map(
              ({ ruled, ...e }): AliasEntry => ({
                ...e,
                notFollowedBy: ruled ? ['Jr.'] : [],
                asWritten: 'Xy',
                upper: undefined,
                forms: new Uint16Array([0x58, 0x79]),
                notPrecededBy: [],
                notInSentenceWith: [],
                weak: false,
                anyCase: false,
              }),
            ),
          );
          // Candidate k has pattern k modulo the pattern count.
          const patterns = Int32Array.from(picks, (_, k) => k % entriesByPattern.length);
          const entriesOf = (k: number) => entriesByPattern[patterns[k] as number] as AliasEntry[];
          const c = {
            patterns,
            facts: patternFacts(entriesByPattern),
            entriesOf,
          } as unknown as OccurrenceContext;
          picks.forEach(([, entity], k) => {
            const slow = entriesOf(k).some((e) => e.entity === entity && !e.nameWord);
            expect(namesByLongerAlias(c, k, entity)).toBe(slow);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
