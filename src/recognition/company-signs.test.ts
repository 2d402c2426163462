import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyBusinessSign } from './company-signs';
import { companySpeaks } from './company-speaker';

/** companyBusinessSign for the first "Oracle" in `text`. */
const signed = (text: string, name = 'Oracle') => {
  const start = text.indexOf(name);
  return companyBusinessSign(text, start, start + name.length);
};

describe('a company named by its business', () => {
  it('a corporate post with a person named after it', () => {
    expect(signed('In an interview, Oracle CEO Safra Catz described the quarter.')).toBe(true);
    expect(signed("Oracle's chief executive, Safra Catz, spoke first.")).toBe(true);
    expect(signed('Oracle chief financial Officer Ann Lee resigned.')).toBe(true);
    expect(signed('Oracle co-founder Larry Ellison sold shares.')).toBe(true);
  });
  it('no post without a name after it, and no post "chief" alone', () => {
    expect(signed('Oracle CEO said the quarter was fine.')).toBe(false);
    expect(signed('Oracle chief Safra Catz spoke.')).toBe(false);
    expect(signed('Oracle CEO The Company spoke.')).toBe(false);
  });
  it('a business noun in its possessive, a trade noun after it, its shares before a market move', () => {
    expect(signed('However, Oracle’s stock price fell 12%.')).toBe(true);
    expect(signed("Many opposed Oracle's purchase of Sun.")).toBe(true);
    expect(signed('We paid for Oracle licenses and Oracle database software.')).toBe(true);
    expect(signed('Oracle shares rose 5% after the report.')).toBe(true);
    expect(signed('Oracle stock plunged on Monday.')).toBe(true);
  });
  it('not after "the", not a capitalized noun, not a verb "shares", not a character\'s belongings', () => {
    expect(signed("The Oracle's shares of wisdom were few.")).toBe(false);
    expect(signed("Oracle's First Enemy Proved Why Barbara Gordon Was Necessary")).toBe(false);
    expect(signed('Oracle shares its wisdom with the hero.')).toBe(false);
    expect(signed("Oracle's database of criminals grew.")).toBe(false);
    expect(signed('Shop our Oracle cards and decks.')).toBe(false);
    expect(signed('Oracle shares, cards and bones.')).toBe(false);
  });
  it('property: any business noun after the possessive, with any apostrophe, is a sign; after "the" none is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('shares', 'stock', 'revenue', 'earnings', 'acquisition', 'customers', 'takeover'),
        fc.constantFrom("'", '’', 'ʼ'),
        fc.constantFrom('', 'In March, ', 'Analysts said '),
        fc.boolean(),
        (noun, apostrophe, opening, the) => {
          const text = `${opening}${the ? 'the ' : ''}Oracle${apostrophe}s ${noun} grew.`;
          return signed(text) === !the;
        },
      ),
      { numRuns: 200 },
    );
  });
  it('property: words that are no business noun, post or market move never make a sign', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('prophecy', 'wisdom', 'network', 'temple', 'cookies', 'cards', 'bones', 'said'),
        fc.boolean(),
        fc.constantFrom('', 'the city', 'Batman'),
        (word, owned, rest) => !signed(`Oracle${owned ? "'s" : ''} ${word} ${rest}.`),
      ),
      { numRuns: 200 },
    );
  });
});

describe('a company opening its sentence with a deal', () => {
  const deal = (text: string) => {
    const start = text.indexOf('Oracle');
    return companySpeaks(text, start, start + 'Oracle'.length);
  };
  it('a deal verb before the other company, or a completing verb before the deal', () => {
    expect(deal('Oracle acquired Sun Microsystems in 2010.')).toBe(true);
    expect(deal('Oracle sues Google over Java.')).toBe(true);
    expect(deal('Oracle completes takeover of Sun')).toBe(true);
    expect(deal('Oracle completed its acquisition of Cerner.')).toBe(true);
  });
  it('not before a lower-case object, not a completion of something else, not with a person in the sentence', () => {
    expect(deal('Oracle acquired new powers in the story.')).toBe(false);
    expect(deal('Oracle completed the mission.')).toBe(false);
    expect(deal('Oracle bought Time with her hacks.')).toBe(false);
    expect(deal('The Oracle acquired Delphi.')).toBe(false);
  });
  it('property: a deal verb and a capitalized company make a sign unless a person pronoun follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('acquired', 'acquires', 'buys', 'bought', 'sued', 'sues'),
        fc.constantFrom('Sun', 'Cerner', 'Google', 'NetSuite'),
        fc.constantFrom('', ' to please his board', ' for her network', ' in 2010'),
        (verb, company, rest) => deal(`Oracle ${verb} ${company}${rest}.`) === !/\b(his|her)\b/.test(rest),
      ),
      { numRuns: 120 },
    );
  });
});
