import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameByObjectCase, nameInsideSentence } from './pronoun-case';

const at = (text: string, alias = 'He') => {
  const start = text.lastIndexOf(alias);
  return nameByObjectCase(text, start, start + alias.length, alias);
};

describe('nameByObjectCase', () => {
  it('a capitalized function word right after a preposition is a name', () => {
    expect(at('Bessent said he had spoken online with He.')).toBe(true);
    expect(at('The talks between He and Bessent resumed.')).toBe(true);
    expect(at('A letter to He arrived.')).toBe(true);
    expect(at('Talks with He in Geneva.')).toBe(true);
  });
  it('the pronoun, a lower-case word, a clause-opening word or punctuation in between is not', () => {
    expect(at('He spoke with Bessent.')).toBe(false);
    expect(at('Bessent met with he.', 'he')).toBe(false);
    expect(at('Praise him, for He is good.')).toBe(false);
    expect(at('Taller than He is.')).toBe(false);
    expect(at('Who did she go with? He did not say.')).toBe(false);
    expect(at('Talks with Bessent', 'Bessent')).toBe(false);
    expect(at('Arrived With He', 'He')).toBe(false);
  });
  it('property: the object case decides, whatever the preposition and the rest of the sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('with', 'between', 'by', 'from', 'to', 'against', 'alongside', 'without'),
        fc.constantFrom('', ' and Bessent', ' in Geneva', ' on Monday'),
        fc.constantFrom('Talks', 'The officials spoke', 'Bessent met'),
        (preposition, rest, opening) => {
          expect(at(`${opening} ${preposition} He${rest}.`)).toBe(true);
          expect(at(`${opening} ${preposition} he${rest}.`, 'he')).toBe(false);
          expect(at(`${opening}. He${rest} spoke.`)).toBe(false);
        },
      ),
    );
  });
});

describe('nameInsideSentence', () => {
  const inside = (text: string, alias = 'He') => {
    const start = text.search(new RegExp(`(?<= )${alias}\\b`));
    return nameInsideSentence(text, start, start + alias.length, alias);
  };
  it('a capitalized function word inside a sentence is a name; the lower-case or opening pronoun is not', () => {
    expect(inside('The secretary added that He will join him.')).toBe(true);
    expect(inside('At the center of the storm is He, the gatekeeper.')).toBe(true);
    expect(inside('The secretary added that he will join him.', 'he')).toBe(false);
    expect(nameInsideSentence('He will join him.', 0, 2, 'He')).toBe(false);
    expect(inside('Talks ended. He will join him.')).toBe(false);
    expect(inside('The secretary met Hedley Lifeng.', 'Hedley')).toBe(false);
  });
  it('property: true exactly when no sentence end stands before the word', () => {
    fc.assert(
      fc.property(fc.constantFrom('said that', 'ended.', 'ended:', 'met', 'asked;'), (before) => {
        const text = `The talks ${before} He will come.`;
        expect(inside(text)).toBe(!/[.:;]$/.test(before));
      }),
    );
  });
});
