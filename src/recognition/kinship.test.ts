import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KINSHIP_NOUNS,
  namedAsRelative,
  possessiveOfRelative,
  possessorInApposition,
  relativeRole,
} from './kinship';

const startOf = (text: string, name: string): number => text.indexOf(name);

describe('namedAsRelative', () => {
  it.each([
    ['the son of Larry Ellison', 'Larry Ellison'],
    ['his father, Donald Trump', 'Donald Trump'],
    ["Trump's granddaughter Kai Trump", 'Kai Trump'],
    ['His second son, Xi Jinping', 'Xi Jinping'],
    ['the son of billionaire Oracle founder Larry Ellison', 'Larry Ellison'],
    ['the son of mega-billionaire Oracle CEO Larry Ellison', 'Larry Ellison'],
    ['the niece of then-president Donald Trump', 'Donald Trump'],
  ])('"%s": %s is named as a relative', (text, name) => {
    expect(namedAsRelative(text, startOf(text, name))).toBe(true);
  });
  it.each([
    ['Larry Ellison said', 'Larry Ellison'],
    ['the son met Larry Ellison', 'Larry Ellison'],
    ['The son left. Larry Ellison said', 'Larry Ellison'],
    ["Trump's Kai Trump", 'Kai Trump'],
    ['the son of well-known Larry Ellison', 'Larry Ellison'],
  ])('"%s": %s is not', (text, name) => {
    expect(namedAsRelative(text, startOf(text, name))).toBe(false);
  });
  it('a verb between the kinship noun and the name breaks the link, whatever the noun', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINSHIP_NOUNS),
        fc.constantFrom('met', 'said', 'thanked'),
        (noun, verb) => {
          const text = `his ${noun} ${verb} Larry Ellison`;
          expect(namedAsRelative(text, startOf(text, 'Larry Ellison'))).toBe(false);
          const direct = `his ${noun}, Larry Ellison`;
          expect(namedAsRelative(direct, startOf(direct, 'Larry Ellison'))).toBe(true);
        },
      ),
    );
  });
});

describe('relativeRole', () => {
  it.each([
    ["Xi Jinping's father, Xi Zhongxun", 'Xi Zhongxun', 'introduced'],
    ['Donald Trump’s grandfather Frederick Trump', 'Frederick Trump', 'introduced'],
    ["Xi Jinping's daughter, Xi Mingze", 'Xi Mingze', 'anchor'],
    ["President Trump's father, Fred Trump", 'Fred Trump', 'anchor'],
    ["Trump's father, Fred Trump", 'Fred Trump', 'anchor'],
    ['his father, Fred Trump', 'Fred Trump', 'anchor'],
    ['the father of Xi Jinping', 'Xi Jinping', 'anchor'],
    ['Xi Zhongxun was purged', 'Xi Zhongxun', 'none'],
  ])('"%s": %s is %s', (text, name, role) => {
    expect(relativeRole(text, startOf(text, name))).toBe(role);
  });
});

describe('possessiveOfRelative', () => {
  it('reads a bare possessive before a kinship noun, any apostrophe', () => {
    for (const apostrophe of ["'", '\u2019']) {
      const text = `Trump${apostrophe}s son spoke`;
      expect(possessiveOfRelative(text, 5)).toBe(true);
    }
    expect(possessiveOfRelative("Trump's plan", 5)).toBe(false);
    expect(possessiveOfRelative('Trump son', 5)).toBe(false);
  });
});

describe('possessorInApposition', () => {
  /** Whether the last "Trump" (before its possessive) is a possessor in an apposition to a relative. */
  const possessor = (text: string): boolean => {
    const start = text.lastIndexOf('Trump');
    return possessorInApposition(text, start, start + 'Trump'.length);
  };
  it('a full name’s possessive before a kinship noun, after a comma and a name with the same word', () => {
    expect(possessor('Fred C. Trump, Donald Trump’s father, built houses')).toBe(true);
    expect(possessor("Ivana Trump, Donald Trump's first wife, was born")).toBe(true);
    expect(possessor("Jared Kushner, Donald Trump's son-in-law, said")).toBe(false);
    expect(possessor("Fred C. Trump, Trump's father, built")).toBe(false);
    expect(possessor("Fred C. Trump and Donald Trump's father met")).toBe(false);
    expect(possessor("Fred C. Trump, Donald Trump's company, built")).toBe(false);
  });
  it('property: any kinship noun after the possessive makes it one; any other noun does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINSHIP_NOUNS),
        fc.constantFrom("'s", '’s', 'ʼs'),
        (noun, possessive) => {
          expect(possessor(`Mary L. Trump, Donald Trump${possessive} ${noun}, wrote`)).toBe(true);
          expect(possessor(`Mary L. Trump, Donald Trump${possessive} ${noun}s office, wrote`)).toBe(
            KINSHIP_NOUNS.has(`${noun}s`),
          );
        },
      ),
    );
  });
});
