/**
 * fast-check properties of speed10h's shortcuts: each gives exactly the answer of the reads it
 * skips (docs/performance.md, "Whole-web rules: each line and entry read once (speed10h)").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/knowledge/schema';
import { AcronymReadings, acronymReading, parenIndex } from '../../src/recognition/acronyms';
import type { AliasEntry } from '../../src/recognition/aliases';
import {
  choiceEntity,
  choiceOf,
  isAcronym,
  isGeneric,
  isWeak,
  NO_CHOICE,
  namesFully,
  PatternChoices,
} from '../../src/recognition/choice';
import { lineShapes } from '../../src/recognition/headlines';
import { nameOwner } from '../../src/recognition/name-owner';
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
        const positions = picks.map((pick) => pick % (text.length + 1));
        // A new object per question remembers nothing: every line is read afresh. One assertion
        // per run (an `expect` per question cost more than the code under test).
        expect(positions.map((position) => [position, shapes.isHeadlineAt(position)])).toEqual(
          positions.map((position) => [position, lineShapes(text).isHeadlineAt(position)]),
        );
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
          expect(picks.map(([, entity], k) => namesByLongerAlias(c, k, entity))).toEqual(
            picks.map(([, entity], k) => entriesOf(k).some((e) => e.entity === entity && !e.nameWord)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a choice in one number, a pattern’s choice made once (choice.ts, speed10i)', () => {
  const entry = fc.record({
    entity: fc.nat({ max: 3 }),
    afterFullName: fc.boolean(),
    weak: fc.boolean(),
    generic: fc.option(fc.boolean(), { nil: undefined }),
    acronym: fc.option(fc.boolean(), { nil: undefined }),
  });
  it('keeps the entity and each flag as reading the entries, for every pattern asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 2 ** 26 }),
        (byPattern, picks, entityBase) => {
          const choices = new PatternChoices();
          const reads: number[] = [];
          // What each pick answers and what reading its entries gives, compared once per run (an
          // `expect` per flag and pick cost more than the code under test).
          const got: unknown[] = [];
          const want: unknown[] = [];
          for (const pick of picks) {
            const pattern = pick % byPattern.length;
            const own = byPattern[pattern] as AliasEntry[];
            const entity = entityBase + pattern;
            const choice = choices.of(pattern * 97, entity, () => {
              reads.push(pattern);
              return own;
            });
            got.push({
              made: choice !== NO_CHOICE,
              entity: choiceEntity(choice),
              namesFully: namesFully(choice),
              weak: isWeak(choice),
              generic: isGeneric(choice),
              acronym: isAcronym(choice),
              sameAsChoiceOf: choiceOf(entity, own) === choice,
            });
            want.push({
              made: true,
              entity,
              namesFully: own.some((e) => !e.afterFullName),
              weak: own.every((e) => e.weak),
              generic: own.some((e) => e.weak || e.generic === true),
              acronym: own.some((e) => e.acronym === true),
              sameAsChoiceOf: true,
            });
          }
          expect(got).toEqual(want);
          // Each pattern's entries are read once.
          expect(reads.length).toBe(new Set(reads).size);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("an acronym's reading and its entity's words (acronyms.ts AcronymReadings)", () => {
  const entity = (aliases: string[]): Entity =>
    ({ id: 'x', name: aliases[0], type: 'organization', aliases, facts: [] }) as unknown as Entity;
  const mgx = nameOwner(entity(['MGX']), []).ownWords;
  const bis = nameOwner(entity(['Bureau of Industry and Security', 'BIS']), []).ownWords;
  it('asks for the entity’s words only where a parenthesis may spell the acronym out, and reads as with them given', () => {
    const piece = fc.constantFrom(
      'MGX',
      'BIS',
      'Mobile',
      'Game',
      'Exchange',
      'Bureau',
      'of',
      'Industry',
      'and',
    );
    const text = fc
      .tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom('', '(', ')', ' (', '('))
      .map(([words, paren]) => words.join(' ') + paren + words.slice(0, 3).join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom('MGX', 'BIS'), (page, acronym) => {
        const at = page.indexOf(acronym);
        fc.pre(at >= 0);
        const own = acronym === 'MGX' ? mgx : bis;
        const asked: number[] = [];
        const readings = new AcronymReadings();
        readings.reset(page);
        const reading = readings.at(at, at + acronym.length, 7, (entity) => {
          asked.push(entity);
          return own;
        });
        expect(reading).toBe(acronymReading(page, acronym, own, parenIndex(page)));
        if (!page.includes('(') && !page.includes(')')) expect(asked).toEqual([]);
        expect(asked.every((entity) => entity === 7)).toBe(true);
      }),
    );
  });
});
