/**
 * fast-check properties of speed10f's shortcuts: each gives exactly the answer of the slow path it
 * skips (docs/performance.md, "Whole-web rules: fewer reads per call (speed10f)").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noMentionsAccepted } from '../../src/recognition/accepted';
import {
  dropUnanchoredBareSurnames,
  namesSeveralEntities,
  unanchoredBareSurnames,
} from '../../src/recognition/bare-surnames';
import { APOSTROPHE_CLASS, HYPHEN_VARIANT_CLASS } from '../../src/recognition/chars';
import { HEADLINE_LOWER, lineShapes, plainLowerWordIn } from '../../src/recognition/headlines';
import { mergedBy, sortedBy } from '../../src/recognition/sorted';

/** headlines.ts's isHeadline before the shortcut: every word listed first. */
const LETTER_WORD = new RegExp(
  `[^\\P{L}${APOSTROPHE_CLASS}][\\p{L}\\p{M}${APOSTROPHE_CLASS}\\-${HYPHEN_VARIANT_CLASS}]*`,
  'gu',
);
function slowIsHeadline(line: string): boolean {
  if (line.length > 300) return !/\p{Ll}/u.test(line);
  const words = line.match(LETTER_WORD) ?? [];
  if (words.length < 3) return false;
  if (!/\p{Ll}/u.test(line)) return true;
  return words.every((w) => {
    const first = w[0] as string;
    return first !== first.toLowerCase() || HEADLINE_LOWER.has(w.toLowerCase());
  });
}

const HEADLINE_PIECES = [
  'Trump',
  'Meets',
  'XI',
  'US',
  'of',
  'the',
  'and',
  'said',
  'talks',
  'in',
  'Über',
  'élan',
  'ärger',
  '英伟达',
  'x',
  "'",
  '\u2019',
  '\u02bc',
  '\u00b4',
  '-',
  '\u2011',
  '\u0301',
  '.',
  ',',
  '"',
  '(',
  ')',
  ':',
  '!',
  '1',
];
const headlineLine = fc
  .array(fc.oneof(fc.constantFrom(...HEADLINE_PIECES), fc.constantFrom(' ', ' ', ' ', '  ', '\t')), {
    maxLength: 24,
  })
  .map((pieces) => pieces.join(''));

describe('a plain lower-case word rules a headline out before its words are listed', () => {
  it('gives the answer of reading every word', () => {
    fc.assert(
      fc.property(headlineLine, (line) => {
        expect(lineShapes(line).isHeadlineAt(0)).toBe(slowIsHeadline(line));
        // The shortcut's own claim: a line it answers for is no headline.
        if (plainLowerWordIn(line)) expect(slowIsHeadline(line)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it('finds such a word only where LETTER_WORD reads it whole', () => {
    expect(plainLowerWordIn('Trump Meets said')).toBe(true);
    expect(plainLowerWordIn('Trump of the Deal')).toBe(false);
    // Inside a hyphenated or apostrophized capitalized word it is no word of its own.
    expect(plainLowerWordIn('Trump-said Meets Xi')).toBe(false);
    expect(plainLowerWordIn("O'said Meets Xi")).toBe(false);
    expect(plainLowerWordIn('Trump saidé Meets')).toBe(false);
  });
});

/** page-rules' dropUnanchoredBareSurnames before the gate: unanchoredBareSurnames on every kept mention. */
function slowDrop(
  text: string,
  kept: number[],
  entities: number[],
  ends: number[],
  starts: number[],
): number[] {
  const mentions = kept.map((k) => ({
    start: starts[k] as number,
    end: ends[k] as number,
    entity: entities[k] as number,
    isPerson: (entities[k] as number) < 2,
  }));
  const drop = unanchoredBareSurnames(text, mentions, () => false);
  return kept.filter((_, i) => !drop.has(i));
}

const WORDS = ['Xi', 'Trump', 'went', 'home', 'said', 'President', 'Donald', 'Gamma'];

describe('a page naming several entities keeps its bare surnames without reading them', () => {
  it('drops what unanchoredBareSurnames drops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ word: fc.constantFrom(...WORDS), entity: fc.nat(3) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        (words, oneEntity) => {
          const accepted = noMentionsAccepted();
          let text = '';
          for (const { word, entity } of words) {
            accepted.starts.push(text.length);
            accepted.ends.push(text.length + word.length);
            accepted.entities.push(oneEntity ? 0 : entity);
            accepted.weak.push(0);
            text += `${word} went home. `;
          }
          const kept = accepted.starts.map((_, k) => k);
          const expected = slowDrop(text, kept, accepted.entities, accepted.ends, accepted.starts);
          dropUnanchoredBareSurnames(
            text,
            kept,
            accepted,
            (e) => e < 2,
            () => false,
            () => {},
          );
          expect(kept).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('counts entities, not mentions', () => {
    expect(namesSeveralEntities([0, 1, 2], [5, 5, 5])).toBe(false);
    expect(namesSeveralEntities([0, 2], [5, 6, 7])).toBe(true);
    expect(namesSeveralEntities([], [])).toBe(false);
  });
});

describe('sorts skipped where the order is already right (Han pass)', () => {
  type Item = { start: number; end: number; id: number };
  const byStartLongest = (x: Omit<Item, 'id'>, y: Omit<Item, 'id'>) => x.start - y.start || y.end - x.end;
  const items = (offset: number) =>
    fc
      .array(fc.record({ start: fc.nat(6), end: fc.nat(9) }), { maxLength: 10 })
      .chain((list) => fc.boolean().map((ordered) => (ordered ? [...list].sort(byStartLongest) : list)))
      .map((list) => list.map((m, i) => ({ ...m, id: offset + i })));
  it('give what sorting the concatenation gives, ties and all', () => {
    fc.assert(
      fc.property(items(0), items(100), (a, b) => {
        const slow = [...a, ...b].sort(byStartLongest);
        expect(mergedBy(a, b, byStartLongest)).toEqual(slow);
        expect(sortedBy([...a], byStartLongest)).toEqual([...a].sort(byStartLongest));
      }),
      { numRuns: 3000 },
    );
  });
});
