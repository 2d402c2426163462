import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termBefore } from './securities';

const isTermBefore = (text: string, name = 'Treasury'): boolean => termBefore(text, text.lastIndexOf(name));

describe('termBefore', () => {
  it.each([
    'the yield on the 10-year Treasury',
    'the two-year Treasury',
    'the 30 Year Treasury',
    'a 3-month Treasury',
    'the 52-week Treasury',
    'the 10\u2011year Treasury',
    'the 10\u2013year Treasury',
    'the twenty-five-year Treasury',
  ])('"%s" names a security', (text) => {
    expect(isTermBefore(text)).toBe(true);
  });
  it.each([
    'the Treasury',
    'the US Treasury',
    'Treasury',
    "the year's Treasury",
    'a new Treasury',
    'in 2025 Treasury',
    'the year Treasury',
    'ten Treasury',
  ])('"%s" does not', (text) => {
    expect(isTermBefore(text)).toBe(false);
  });
  it('any count and unit before a name is a term, and the name alone never is', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 100 }).map(String), fc.constantFrom('two', 'ten', 'thirty')),
        fc.constantFrom('year', 'years', 'month', 'week', 'yr'),
        fc.constantFrom('-', ' '),
        fc.constantFrom('Treasury', 'Commerce', 'Oracle'),
        (count, unit, joiner, name) => {
          const text = `the ${count}${joiner}${unit} ${name} rose`;
          expect(termBefore(text, text.indexOf(name))).toBe(true);
          const bare = `the ${name} rose`;
          expect(termBefore(bare, bare.indexOf(name))).toBe(false);
        },
      ),
    );
  });
});
