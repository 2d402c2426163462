import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { townOfficeAfter } from './town-offices';

const officeFollows = (text: string, word = 'Commerce') => {
  const at = text.indexOf(word);
  return townOfficeAfter(text, at + word.length);
};

describe('townOfficeAfter', () => {
  it('a mayor, an alderman or a councillor after the word makes it a town', () => {
    expect(officeFollows('Commerce Mayor Clark Hill presented his address.')).toBe(true);
    expect(officeFollows('the Commerce mayor spoke')).toBe(true);
    expect(officeFollows('Commerce Deputy Mayor Ann Lee spoke')).toBe(true);
    expect(officeFollows('two Commerce councilmen voted')).toBe(true);
    expect(officeFollows('a Commerce councilwoman voted')).toBe(true);
  });
  it('a department’s office, a possessive, punctuation or another word does not', () => {
    expect(officeFollows('Commerce Secretary Howard Lutnick')).toBe(false);
    expect(officeFollows('the Commerce Department said')).toBe(false);
    expect(officeFollows("Commerce's mayor")).toBe(false);
    expect(officeFollows('Commerce, Mayor Hill said')).toBe(false);
    expect(officeFollows('Commerce Deputy Assistant Acting Mayor')).toBe(false);
  });
  it('property: the office decides, with up to two modifiers before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'Deputy ', 'Acting Deputy ', 'Vice '),
        fc.constantFrom('Mayor', 'mayor', 'Alderman', 'Councillor', 'Secretary', 'Department', 'officials'),
        (modifiers, office) => {
          const town = ['mayor', 'alderman', 'councillor'].includes(office.toLowerCase());
          expect(officeFollows(`Yesterday Commerce ${modifiers}${office} Jo Lee spoke.`)).toBe(town);
        },
      ),
    );
  });
});
