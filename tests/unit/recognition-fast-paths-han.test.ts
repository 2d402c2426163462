/**
 * fast-check properties of the Han pass's fast paths (speed10e): each gives exactly the answer
 * of the slow path it replaces (docs/performance.md, "Whole-web rules: a narrower start finder").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsUnitWithin } from '../../src/recognition/han-countries';
import { onSegmentBoundaries, standsAsWord, wordStartsAt } from '../../src/recognition/han-segments';
import { type Candidate, type HanEntry, sweep } from '../../src/recognition/han-sweep';
import { OtherBodies } from '../../src/recognition/other-bodies';

const HAN_PIECES = [
  '川普',
  '四川',
  '普通话',
  '唐納',
  '学习资源公司诉川普案',
  '部',
  '美国',
  '商务部',
  '长',
  '·',
];
const piece = fc.oneof(
  fc.constantFrom(...HAN_PIECES, ' ', ', ', 'US', 'and', '。'),
  fc.integer({ min: 0x4e00, max: 0x4e80 }).map((u) => String.fromCharCode(u)),
);

/** The segmenter's boundaries in text[from, to), every segment read (before the early stop). */
function slowBoundaries(text: string, from: number, to: number): Set<number> {
  const found = new Set([from, to]);
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text.slice(from, to)))
    found.add(from + index);
  return found;
}

describe('Han word segments, read up to the last place asked', () => {
  it('give the boundaries of the whole window', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = a % text.length;
        const end = Math.min(text.length, start + 2 + (b % 3));
        const from = Math.max(0, start - 8);
        const to = Math.min(text.length, end + 8);
        const on = slowBoundaries(text, from, to);
        expect(onSegmentBoundaries(text, start, end)).toBe(on.has(start) && on.has(end));
        const middle = on.has(start + 1);
        expect(standsAsWord(text, start, end)).toBe(
          (on.has(start) && on.has(end)) || (middle && (on.has(start) || on.has(end))),
        );
        const around = slowBoundaries(text, Math.max(0, start - 8), Math.min(text.length, start + 8));
        expect(wordStartsAt(text, start)).toBe(start <= 0 || around.has(start));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Han word segments, each place looked up by the segment holding it (speed10k)', () => {
  // Wider pieces than above: kana, Latin words and digits, a surrogate pair, marks, line breaks.
  const wide = fc.oneof(
    piece,
    fc.constantFrom('ト', 'ランプ', 'の', 'TikTok', '2025', '𠀋', '\u0301', '\u200d', '\n', '·', '.', '案'),
  );
  it('gives the boundaries of walking every segment of the window', () => {
    fc.assert(
      fc.property(fc.array(wide, { minLength: 1, maxLength: 16 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 4));
        const on = slowBoundaries(text, Math.max(0, start - 8), Math.min(text.length, end + 8));
        expect(onSegmentBoundaries(text, start, end)).toBe(on.has(start) && on.has(end));
        expect(standsAsWord(text, start, end)).toBe(
          (on.has(start) && on.has(end)) || (on.has(start + 1) && (on.has(start) || on.has(end))),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('holdsUnitWithin', () => {
  it('is text.slice(from, to).includes(unit)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(40), fc.nat(8), (pieces, from, reach) => {
        const text = pieces.join('');
        expect(holdsUnitWithin(text, from, from + reach, 0x90e8)).toBe(
          text.slice(from, from + reach).includes('部'),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('OtherBodies.claimant', () => {
  it('asks whether the words name the own body only of a generic word (the sweep passes no closure otherwise)', () => {
    const step = fc.record({
      entity: fc.nat(3),
      at: fc.nat(100),
      generic: fc.boolean(),
      other: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const bodies = new OtherBodies();
        bodies.reset();
        for (const { entity, at, generic, other } of steps) {
          if (other) bodies.sawOther(entity, at);
          let asked = false;
          bodies.claimant(entity, generic, at, () => {
            asked = true;
            return false;
          });
          if (!generic) expect(asked).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Han sweep, a held candidate asked only when it can matter (speed10m)', () => {
  const entry = fc
    .record({
      entity: fc.nat(3),
      afterFullName: fc.boolean(),
      ambiguous: fc.boolean(),
      person: fc.boolean(),
      surname: fc.boolean(),
      weak: fc.boolean(),
      country: fc.constantFrom(-1, -1, 0, 1),
      soleCountry: fc.boolean(),
    })
    .map(
      (e): HanEntry => ({
        ...e,
        notFollowedBy: [],
        notPrecededBy: [],
        notInSentenceWith: [],
        dotted: false,
        short: true,
        latinStart: false,
        latinEnd: false,
        ministry: false,
        qualified: false,
      }),
    );
  const candidate = fc.record({
    start: fc.nat(12),
    length: fc.integer({ min: 1, max: 4 }),
    entries: fc.array(entry, { maxLength: 3 }),
    others: fc.array(fc.nat(3), { maxLength: 1 }),
    /** undefined: no verdict; else the segmenter's answer. */
    stands: fc.constantFrom(undefined, true, false),
  });
  it('accepts what the sweep accepts with every verdict read first (false ones dropped)', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        (drawn, about) => {
          const sorted = [...drawn].sort((a, b) => a.start - b.start || b.length - a.length);
          // A held candidate names no other person (han.ts asks the segmenter at once otherwise).
          const lazy: Candidate[] = sorted.map(({ start, length, entries, others, stands }) =>
            stands === undefined
              ? { start, end: start + length, entries, others }
              : { start, end: start + length, entries, others: [], holds: () => stands },
          );
          const eager: Candidate[] = sorted
            .filter(({ stands }) => stands !== false)
            .map(({ start, length, entries, others, stands }) => ({
              start,
              end: start + length,
              entries,
              others: stands === undefined ? others : [],
            }));
          const aboutCountry = (country: number) => about[country] === true;
          const sole = () => (about[0] === about[1] ? undefined : about[0] ? 0 : 1);
          expect(sweep(lazy, aboutCountry, sole)).toEqual(sweep(eager, aboutCountry, sole));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
