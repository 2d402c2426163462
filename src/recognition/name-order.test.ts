import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameFirstForms, oneWordAliasTexts } from './name-order';

describe('givenNameFirstForms', () => {
  it('a family-name-first full name also reads given name first', () => {
    expect(givenNameFirstForms('Zhang Yiming', new Set(['Zhang']))).toEqual(['Yiming Zhang']);
    expect(givenNameFirstForms('He Lifeng', new Set(['He']))).toEqual(['Lifeng He']);
    expect(givenNameFirstForms(' Xi  Jinping ', new Set(['Xi']))).toEqual(['Jinping Xi']);
  });
  it('a given-name-first name, a longer name or a name of two aliases gets no other order', () => {
    expect(givenNameFirstForms('Donald Trump', new Set(['Trump']))).toEqual([]);
    expect(givenNameFirstForms('Jensen Huang', new Set(['Huang']))).toEqual([]);
    expect(givenNameFirstForms('Chew Shou Zi', new Set(['Chew']))).toEqual([]);
    expect(givenNameFirstForms('Vice Premier He', new Set(['He']))).toEqual([]);
    expect(givenNameFirstForms('Li Li', new Set(['Li']))).toEqual([]);
    expect(givenNameFirstForms('Zhang Yiming', new Set())).toEqual([]);
    expect(givenNameFirstForms('JD Vance', new Set(['Vance']))).toEqual([]);
  });
  it('oneWordAliasTexts keeps the aliases without a space', () => {
    expect([...oneWordAliasTexts(['Zhang Yiming', 'Zhang', ' He ', '字节'])]).toEqual([
      'Zhang',
      'He',
      '字节',
    ]);
  });
  it('property: swapping twice gives the name back, and a surname that closes the name never swaps', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    fc.assert(
      fc.property(word, word, (family, given) => {
        fc.pre(family !== given);
        const surnames = new Set([family]);
        const [swapped] = givenNameFirstForms(`${family} ${given}`, surnames);
        expect(swapped).toBe(`${given} ${family}`);
        expect(givenNameFirstForms(`${given} ${family}`, surnames)).toEqual([]);
      }),
    );
  });
});
