import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ampersandBefore, longerBodyNameBefore } from './body-names';
import { previousWord, type Word } from './name-tokens';
import { FUNCTION_WORDS, TITLE_WORDS } from './name-words';

/** The entity's own words (the US Commerce Department's). */
const OWN = new Set(['us', 'u.s.', 'department', 'of', 'commerce']);
const isName = (word: Word | undefined) =>
  word !== undefined &&
  word.shape === 'capitalized' &&
  !FUNCTION_WORDS.has(word.folded) &&
  !TITLE_WORDS.has(word.folded) &&
  !OWN.has(word.folded);
/** Whether the word before "Commerce" (its last occurrence) makes it part of a longer name. */
const longer = (text: string, organization = true) => {
  const at = text.lastIndexOf('Commerce');
  const before = (previousWord(text, at) ?? ampersandBefore(text, at)) as Word;
  return longerBodyNameBefore(text, before, isName, organization);
};

const FIELD = fc
  .tuple(fc.constantFrom('B', 'F', 'K', 'M', 'P', 'V'), fc.stringMatching(/^[a-z]{3,9}$/))
  .map(([first, rest]) => first + rest)
  .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
const HEAD = fc.constantFrom('Committee on', 'Ministry of', 'Commission on', 'Council for', 'Chamber of');

describe('longerBodyNameBefore', () => {
  it('reads a connector after a capitalized head, and "on"/"for" after a body’s head noun', () => {
    expect(longer('the Chamber of Commerce said')).toBe(true);
    expect(longer('the Senate Committee on Commerce said')).toBe(true);
    expect(longer('the Ministry for Commerce said')).toBe(true);
    expect(longer('Trump picked Mnuchin for Commerce')).toBe(false);
    expect(longer('Bessent on Commerce policy')).toBe(false);
    expect(longer('Shares of Commerce')).toBe(false);
  });
  it('reads "on" and "for" only for an organization', () => {
    expect(longer('the Committee on Commerce', false)).toBe(false);
    expect(longer('the Chamber of Commerce', false)).toBe(true);
  });
  it('reads through a coordination after such a head', () => {
    expect(longer('the House Committee on Energy and Commerce met')).toBe(true);
    expect(longer('the Ministry of Industry and Commerce met')).toBe(true);
    expect(longer('the Committee on Small Business and Commerce met')).toBe(true);
    expect(longer('the Ministry of Trade and Commerce met')).toBe(true);
    expect(longer('the Ministry of Trade & Commerce met')).toBe(true);
    expect(longer('the Committee on Energy  &  Commerce met')).toBe(true);
  });
  it('leaves a list with no head, and the plural of the entity’s own word or of a title', () => {
    expect(longer('Energy and Commerce Chair Brett Guthrie said')).toBe(false);
    expect(longer('officials at Treasury and Commerce said')).toBe(false);
    expect(longer('the Departments of State and Commerce said')).toBe(false);
    expect(longer('the Secretaries of Treasury and Commerce said')).toBe(false);
    expect(longer('the Departments of State & Commerce said')).toBe(false);
  });
  it('reads an ampersand joined by spaces as "and", and nothing else', () => {
    expect(ampersandBefore('Trade & Commerce', 8)).toMatchObject({ folded: 'and', start: 6 });
    expect(ampersandBefore('Trade &Commerce', 7)).toBeUndefined();
    expect(ampersandBefore('AT&T Commerce', 5)).toBeUndefined();
    expect(ampersandBefore('& Commerce', 2)).toBeUndefined();
    expect(ampersandBefore('Trade + Commerce', 8)).toBeUndefined();
  });
  it('makes any field coordinated after a body’s head a longer name (property)', () => {
    fc.assert(
      fc.property(HEAD, FIELD, fc.boolean(), (head, field, two) => {
        const fields = two ? `${field} ${field}s` : field;
        expect(longer(`The bill went to the ${head} ${fields} and Commerce for review.`)).toBe(true);
        expect(longer(`The bill went to the ${head} ${fields} & Commerce for review.`)).toBe(true);
      }),
    );
  });
  it('never makes one after a plural of the entity’s own word or a title (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Departments of', 'Secretaries of', 'Ministers of'),
        FIELD,
        (head, field) => {
          expect(longer(`Officials from the ${head} ${field} and Commerce spoke.`)).toBe(false);
          expect(longer(`Officials from the ${head} ${field} & Commerce spoke.`)).toBe(false);
        },
      ),
    );
  });
});
