import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NameWordOccurrence, NO_CLAIM, OTHER_PERSON, resolveNameWords } from './coreference';

const PACK = 3;
const at = (start: number, claim: number, titled = false): NameWordOccurrence => ({
  key: 'greer',
  start,
  claim,
  titled,
});
const entities = (occurrences: NameWordOccurrence[]) => resolveNameWords(occurrences).map((r) => r.entity);

describe('resolveNameWords', () => {
  it('gives a bare mention to the latest full name before it', () => {
    expect(entities([at(0, OTHER_PERSON), at(10, NO_CLAIM), at(20, PACK), at(30, NO_CLAIM)])).toEqual([
      OTHER_PERSON,
      OTHER_PERSON,
      PACK,
      PACK,
    ]);
  });
  it('leaves a bare mention with no full name around unresolved', () => {
    expect(entities([at(0, NO_CLAIM), at(5, NO_CLAIM)])).toEqual([NO_CLAIM, NO_CLAIM]);
  });
  it("gives a headline mention to a later full name only when it is another person's and the pack's never appears", () => {
    expect(entities([at(0, NO_CLAIM), at(10, OTHER_PERSON)])).toEqual([OTHER_PERSON, OTHER_PERSON]);
    expect(entities([at(0, NO_CLAIM), at(10, OTHER_PERSON), at(20, PACK)])).toEqual([
      NO_CLAIM,
      OTHER_PERSON,
      PACK,
    ]);
    expect(entities([at(0, NO_CLAIM), at(10, PACK)])).toEqual([NO_CLAIM, PACK]);
  });
  it('leaves a mention after an office title to the other rules, never to another full name', () => {
    expect(
      entities([at(0, OTHER_PERSON), at(10, NO_CLAIM, true), at(20, PACK), at(30, NO_CLAIM, true)]),
    ).toEqual([OTHER_PERSON, NO_CLAIM, PACK, NO_CLAIM]);
  });
  it("leaves a possessive owning an office's tenure to the other rules, and the later mentions to the full name before", () => {
    const held = { ...at(10, NO_CLAIM), heldOffice: true };
    expect(entities([at(0, OTHER_PERSON), held, at(20, NO_CLAIM)])).toEqual([
      OTHER_PERSON,
      NO_CLAIM,
      OTHER_PERSON,
    ]);
    expect(entities([held, at(20, OTHER_PERSON)])).toEqual([NO_CLAIM, OTHER_PERSON]);
  });
  it('resolves each word on its own', () => {
    const other = { key: 'trump', start: 5, claim: OTHER_PERSON, titled: false };
    expect(entities([at(0, PACK), other, at(10, NO_CLAIM)])).toEqual([PACK, OTHER_PERSON, PACK]);
  });
});

describe('resolveNameWords properties', () => {
  const claim = fc.constantFrom(NO_CLAIM, NO_CLAIM, OTHER_PERSON, PACK, PACK + 1);
  const occurrences = fc
    .array(fc.tuple(claim, fc.boolean()), { maxLength: 30 })
    .map((list) => list.map(([c, titled], i) => at(i * 10, c, titled && c === NO_CLAIM)));
  it('a bare mention resolves to a claim of the same word, and to a pack entity only from before it', () => {
    fc.assert(
      fc.property(occurrences, (list) => {
        resolveNameWords(list).forEach((resolution, i) => {
          const occurrence = list[i] as NameWordOccurrence;
          if (occurrence.claim !== NO_CLAIM) {
            expect(resolution.entity).toBe(occurrence.claim);
            return;
          }
          if (resolution.entity === NO_CLAIM) return;
          const source = list.find((o) => o.start === resolution.at);
          expect(source?.claim).toBe(resolution.entity);
          if (resolution.entity >= 0) expect(resolution.at).toBeLessThan(occurrence.start);
        });
      }),
    );
  });
  it('a full name added at the end never changes mentions between the first full name and it', () => {
    fc.assert(
      fc.property(occurrences, claim, (list, extra) => {
        const firstClaim = list.findIndex((o) => o.claim !== NO_CLAIM);
        if (firstClaim < 0) return;
        const extended = [...list, at(list.length * 10, extra)];
        const before = resolveNameWords(list).slice(firstClaim);
        expect(resolveNameWords(extended).slice(firstClaim, list.length)).toEqual(before);
      }),
    );
  });
});
