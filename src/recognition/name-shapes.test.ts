import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyAsCommonNoun, geographicHeadBefore, particleChainBefore } from './name-shapes';
import { previousWord } from './name-tokens';

/** companyAsCommonNoun for the first `name` in `text`. */
function common(text: string, name = 'Oracle'): boolean {
  const start = text.indexOf(name);
  return companyAsCommonNoun(text, start, start + name.length);
}

/** The particle-chain verdict for the first `name` in `text`; capitalized words are names. */
function particle(text: string, name = 'Madrid'): boolean {
  const start = text.indexOf(name);
  return particleChainBefore(text, previousWord(text, start), (w) => w?.shape === 'capitalized');
}

describe('a company name standing alone after "the"', () => {
  it('is a character or thing before a verb, a preposition, a bracket or the end of a sentence', () => {
    for (const text of [
      'Neo visits the Oracle in her kitchen.',
      'Then the Oracle said he was not the One.',
      'where the Oracle (Gloria Foster) sits waiting',
      'the Oracle, who bakes cookies, smiled',
      'They consulted the Oracle.',
      'the Oracle’s apartment was empty',
    ])
      expect(common(text), text).toBe(true);
  });
  it('is the company without "the", before a lower-case noun, in a list, or as a full name', () => {
    for (const text of [
      'Oracle said cloud revenue rose.',
      'the Oracle deal closed on Thursday',
      'the Oracle co-founder spoke',
      'the Oracle, Silver Lake and MGX consortium',
    ])
      expect(common(text), text).toBe(false);
    expect(common('The Oracle Corporation in 2019 bought it.', 'Oracle Corporation')).toBe(false);
  });
  it('never reads a name without "the" as the common word, whatever follows', () => {
    fc.assert(
      fc.property(fc.constantFrom('said', 'in', 'at', '.', '(', ', who'), (after) => {
        expect(common(`Analysts think Oracle ${after} x`)).toBe(false);
        expect(common(`Analysts think the Oracle ${after} x`)).toBe(true);
      }),
    );
  });
});

describe('names inside place and family names', () => {
  it('reads a geographic head noun before a place as another place', () => {
    expect(geographicHeadBefore(previousWord('We sailed on Lake Geneva.', 18))).toBe(true);
    expect(geographicHeadBefore(previousWord('Talks in Geneva went on.', 9))).toBe(false);
  });
  it('reads a chain of surname particles as a surname, capitalized or after a name', () => {
    expect(particle('Miguel de la Madrid was president.')).toBe(true);
    expect(particle('De la Madrid had no experience.')).toBe(true);
    expect(particle('the talks in Madrid went on')).toBe(false);
    expect(particle('the Community of Madrid')).toBe(false);
  });
});
