/**
 * fast-check properties of speed10f's shortcuts: each gives exactly the answer of the slow path it
 * skips (docs/performance.md, "Whole-web rules: fewer reads per call (speed10f)").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noMentionsAccepted } from '../../src/recognition/accepted';
import type { AliasEntry } from '../../src/recognition/aliases';
import {
  dropUnanchoredBareSurnames,
  namesSeveralEntities,
  unanchoredBareSurnames,
} from '../../src/recognition/bare-surnames';
import { APOSTROPHE_CLASS, HYPHEN_VARIANT_CLASS } from '../../src/recognition/chars';
import { HEADLINE_LOWER, lineShapes, plainLowerWordIn } from '../../src/recognition/headlines';
import { patternFacts } from '../../src/recognition/pattern-facts';
import { markNamed } from '../../src/recognition/rules';
import { mergedBy, sortedBy } from '../../src/recognition/sorted';
import { townOfficeAfter, townOfficeRead } from '../../src/recognition/town-offices';

/** headlines.ts's isHeadline before the shortcut: every word listed first (none inside a numeral's run: "19c"). */
const LETTER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])[^\\P{L}${APOSTROPHE_CLASS}][\\p{L}\\p{M}${APOSTROPHE_CLASS}\\-${HYPHEN_VARIANT_CLASS}]*`,
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

/**
 * speed10g's shortcuts (docs/performance.md, "Whole-web rules: fewer entry reads and no getter per
 * use (speed10g)"): markNamed reads a per-pattern flag instead of the entries; townOfficeAfter
 * settles the common word after an organization by code unit.
 */
describe('markNamed from the per-pattern flag (pattern-facts.ts namesFully)', () => {
  const entry = fc.record({ entity: fc.nat({ max: 5 }), afterFullName: fc.boolean() });
  it('marks the entities the entries themselves would mark', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (shapes, picks) => {
          const entriesByPattern = shapes.map((entries) =>
            entries.map(
              (e): AliasEntry => ({
                ...e,
                asWritten: 'Xy',
                upper: undefined,
                forms: new Uint16Array([0x58, 0x79]),
                notFollowedBy: [],
                notPrecededBy: [],
                notInSentenceWith: [],
                weak: false,
                anyCase: false,
                nameWord: false,
              }),
            ),
          );
          const patterns = Int32Array.from(picks.map((p) => p % entriesByPattern.length));
          const facts = patternFacts(entriesByPattern);
          const marks = () => ({ seen: new Uint32Array(6), call: 1 });
          const [unambiguous, fully] = [marks(), marks()];
          markNamed({ count: patterns.length, patterns }, facts, unambiguous, fully);
          const expected = new Uint32Array(6);
          for (const p of patterns) {
            const entries = entriesByPattern[p] as AliasEntry[];
            const sole = entries.every((e) => e.entity === entries[0]?.entity);
            if (sole && entries.some((e) => !e.afterFullName)) expected[entries[0]?.entity as number] = 1;
          }
          expect([...fully.seen]).toEqual([...expected]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("a town's office after an organization (town-offices.ts townOfficeAfter)", () => {
  const words = [
    'Mayor',
    'mayor',
    'MAYORS',
    'Deputy',
    'deputy',
    'Vice',
    'Acting',
    'Alderman',
    'councillor',
    'Councilmember',
    'Selectmen',
    'said',
    'Mary',
    'Maya',
    'de',
    'Dep.',
    'ma',
    'a',
    'M',
    'Mayor\u2019s',
    "mayor's",
    'Co-Mayor',
    'Über',
    'Ma\u0301yor',
    '\u212aouncil',
    '2024',
    // Openings shared with an office or a modifier for two or three letters (the gate reads four).
    ...['market', 'May', 'Coun', 'council', 'country', 'sel', 'Trad', 'trade', 'vic', 'under', 'as', 'chips'],
  ];
  const glue = [' ', '  ', ', ', '. ', '\n', '\u00a0', '', '-', "'"];
  it('answers as the word-by-word read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), {
          minLength: 1,
          maxLength: 6,
        }),
        (parts) => {
          const text = parts.map(([w, g]) => w + g).join('');
          for (let end = 0; end <= text.length; end++)
            expect(townOfficeAfter(text, end)).toBe(townOfficeRead(text, end));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
