import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../knowledge/schema';
import { entityGender, honorificGender, honorificVerdict, pronounGender } from './honorifics';
import { previousWord } from './name-tokens';

/** The honorific gender of the word right before `alias` in `text`. */
const honorificOf = (text: string, alias: string) => honorificGender(previousWord(text, text.indexOf(alias)));

describe('honorifics', () => {
  it('reads the gender of Mr., Mrs., Ms. and Miss, with or without a period', () => {
    expect(honorificOf('said Mr. Trump', 'Trump')).toBe('male');
    expect(honorificOf('said Mr Trump', 'Trump')).toBe('male');
    expect(honorificOf('said Mrs. Trump', 'Trump')).toBe('female');
    expect(honorificOf('said Ms Trump', 'Trump')).toBe('female');
    expect(honorificOf('said Miss Trump', 'Trump')).toBe('female');
    expect(honorificOf('said President Trump', 'Trump')).toBeUndefined();
    expect(honorificOf('said mr Trump', 'Trump')).toBeUndefined();
  });
  it('reads a pack person’s gender from the pronouns of its own texts', () => {
    expect(pronounGender(['The Senate confirmed him as Treasury Secretary.'])).toBe('male');
    expect(pronounGender(['She chairs the committee; her term ends in 2027.'])).toBe('female');
    expect(pronounGender(['The law took effect in 2025.'])).toBeUndefined();
    expect(pronounGender(['He met her.'])).toBeUndefined();
    const person = {
      id: 'x',
      name: 'X',
      type: 'person',
      description: 'Leads the talks.',
      aliases: ['X'],
      facts: [{ text: 'His office said so.', asOf: '2025-01-01', source: 'https://example.org/' }],
    } as unknown as Entity;
    expect(entityGender(person)).toBe('male');
    expect(entityGender({ ...person, type: 'organization' } as Entity)).toBeUndefined();
  });
  it('drops the other sex, sets an agreeing honorific apart only when the text uses both', () => {
    expect(honorificVerdict('female', 'male', new Set(['female']))).toBe('other');
    expect(honorificVerdict('male', 'male', new Set(['male']))).toBeUndefined();
    expect(honorificVerdict('male', 'male', new Set(['male', 'female']))).toBe('titled');
    expect(honorificVerdict(undefined, 'male', new Set(['male', 'female']))).toBeUndefined();
    expect(honorificVerdict('female', undefined, new Set(['female']))).toBeUndefined();
  });
  it('an honorific never says anything about a person whose gender is unknown', () => {
    const gender = fc.constantFrom<'male' | 'female' | undefined>('male', 'female', undefined);
    fc.assert(
      fc.property(gender, fc.subarray<'male' | 'female'>(['male', 'female']), (honorific, seen) => {
        expect(honorificVerdict(honorific, undefined, new Set(seen))).toBeUndefined();
      }),
    );
  });
  it('the pronoun count is symmetric: swapping every pronoun swaps the gender', () => {
    const pronoun = fc.constantFrom('he', 'him', 'his', 'she', 'her', 'hers', 'the', 'talks');
    const swap: Record<string, string> = {
      he: 'she',
      him: 'her',
      his: 'hers',
      she: 'he',
      her: 'him',
      hers: 'his',
    };
    const other = { male: 'female', female: 'male' } as const;
    fc.assert(
      fc.property(fc.array(pronoun, { maxLength: 12 }), (words) => {
        const gender = pronounGender([words.join(' ')]);
        const swapped = pronounGender([words.map((w) => swap[w] ?? w).join(' ')]);
        expect(swapped).toBe(gender === undefined ? undefined : other[gender]);
      }),
    );
  });
});
