import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasEntry } from './aliases';
import { charTables } from './chars';
import {
  acronymsInCapitals,
  CASE_MASK_BITS,
  caseAllows,
  caseMaskOf,
  opensInLowerCase,
  sameCaseUnits,
} from './letter-case';
import { inRanges, lowerCaseBlocks } from './lower-case-blocks';

const { normalize } = charTables();

function units(text: string): Uint16Array {
  return Uint16Array.from(text, (c) => c.charCodeAt(0));
}

/** An alias entry as the compiler builds it: the form as written, then its ALL CAPS form when allowed. */
function entry(
  asWritten: string,
  options: { upper?: boolean; anyCase?: boolean; generic?: boolean } = {},
): AliasEntry {
  const upper = options.upper ? asWritten.toUpperCase() : undefined;
  // A cast, not a full literal: fields the recognizer adds later default to absent here.
  return {
    entity: 0,
    asWritten,
    upper,
    forms: units(asWritten + (upper ?? '')),
    afterFullName: false,
    notFollowedBy: [],
    notPrecededBy: [],
    notInSentenceWith: [],
    weak: false,
    anyCase: options.anyCase ?? false,
    nameWord: false,
    ...(options.generic === undefined ? {} : { generic: options.generic }),
  } as AliasEntry;
}

const same = (text: string, form: string, start = 0, end = text.length) =>
  sameCaseUnits(normalize, text, start, end, units(form), 0, form.length);

describe('sameCaseUnits', () => {
  it('takes the text only in the form written, whole', () => {
    expect(same('Nvidia', 'Nvidia')).toBe(true);
    expect(same('NVIDIA', 'Nvidia')).toBe(false);
    expect(same('nvidia', 'Nvidia')).toBe(false);
    expect(same('Nvidias', 'Nvidia')).toBe(false);
    expect(same('Nvidi', 'Nvidia')).toBe(false);
    expect(same('Nvidias', 'Nvidia', 0, 6)).toBe(true);
    expect(same('The Nvidia', 'Nvidia', 4)).toBe(true);
  });
  it('lets a space in the form match a run of spaces, line breaks and typographic spaces', () => {
    expect(same('He  Lifeng', 'He Lifeng')).toBe(true);
    expect(same('He\nLifeng', 'He Lifeng')).toBe(true);
    expect(same('He\rLifeng', 'He Lifeng')).toBe(true);
    expect(same('He\u00a0Lifeng', 'He Lifeng')).toBe(true);
    expect(same('He \nLifeng', 'He Lifeng')).toBe(true);
    expect(same('He \rLifeng', 'He Lifeng')).toBe(true);
    expect(same('He\u2009\u00a0Lifeng', 'He Lifeng')).toBe(true);
    expect(same('HeLifeng', 'He Lifeng')).toBe(false);
    expect(same('He-Lifeng', 'He Lifeng')).toBe(false);
  });
  it('lets a line break stand only where the form has a space', () => {
    expect(same('a\nb', 'a\nb')).toBe(true);
    expect(same('ab\n', 'ab ')).toBe(true);
    expect(same('ab\r', 'ab ')).toBe(true);
  });
  it('compares apostrophe variants as one', () => {
    expect(same('O\u2019Neil', "O'Neil")).toBe(true);
  });
  it('stops a run of spaces at the end offset', () => {
    expect(same('ab  ', 'ab ', 0, 3)).toBe(true);
    expect(same('a  b', 'a b', 0, 2)).toBe(false);
  });
  it('lets a space or line break in the text stand only for a space in the form', () => {
    expect(same('a b', 'axb')).toBe(false);
    expect(same('a\nb', 'axb')).toBe(false);
    expect(same('a\u00a0b', 'a-b')).toBe(false);
  });
  it('reads the form from its offset in the units', () => {
    const forms = units('NvidiaNVIDIA');
    expect(sameCaseUnits(normalize, 'NVIDIA', 0, 6, forms, 6, 6)).toBe(true);
    expect(sameCaseUnits(normalize, 'Nvidia', 0, 6, forms, 6, 6)).toBe(false);
  });
});

describe('caseAllows', () => {
  const allows = (text: string, e: AliasEntry) => caseAllows(normalize, text, 0, text.length, e);
  it('takes ALL CAPS only when the entry has an upper form', () => {
    expect(allows('NVIDIA', entry('Nvidia', { upper: true }))).toBe(true);
    expect(allows('Nvidia', entry('Nvidia', { upper: true }))).toBe(true);
    expect(allows('NVIDIA', entry('Nvidia'))).toBe(false);
    expect(allows('nvidia', entry('Nvidia', { upper: true }))).toBe(false);
  });
  it('takes any case for an any-case entry as long as its acronyms stay in capitals', () => {
    expect(allows('us treasury', entry('US Treasury', { anyCase: true }))).toBe(false);
    expect(allows('US treasury', entry('US Treasury', { anyCase: true }))).toBe(true);
    expect(allows('us treasury', entry('US Treasury'))).toBe(false);
  });
});

describe('caseAllows: the first letter of an any-case name', () => {
  const allows = (text: string, e: AliasEntry, lower?: (position: number) => boolean) =>
    lower === undefined
      ? caseAllows(normalize, text, 0, text.length, e)
      : caseAllows(normalize, text, 0, text.length, e, lower);
  const caps = (text: string, e: AliasEntry, lower?: (position: number) => boolean) =>
    lower === undefined
      ? caseMaskOf(normalize, text, 0, text.length, [e])
      : caseMaskOf(normalize, text, 0, text.length, [e], lower);
  const inLowerCase = () => true;
  const notInLowerCase = () => false;
  it('keeps the capital initial of a name written with one, in text of mixed case', () => {
    expect(allows('donald trump', entry('Donald Trump', { anyCase: true }))).toBe(false);
    expect(allows('donald trump', entry('Donald Trump', { anyCase: true }), notInLowerCase)).toBe(false);
    expect(caps('donald trump', entry('Donald Trump', { anyCase: true }))).toBe(0);
    expect(allows('DONALD TRUMP', entry('Donald Trump', { anyCase: true }))).toBe(true);
    expect(allows('Donald TRUMP', entry('Donald Trump', { anyCase: true }))).toBe(true);
  });
  it('takes a lower-case initial in text written all in lower case', () => {
    expect(allows('donald trump', entry('Donald Trump', { anyCase: true }), inLowerCase)).toBe(true);
    expect(caps('donald trump', entry('Donald Trump', { anyCase: true }), inLowerCase)).toBe(1);
    expect(
      allows('donald trump', entry('Donald Trump', { anyCase: true, generic: false }), inLowerCase),
    ).toBe(true);
  });
  it('asks the lower-case test about the start of the candidate', () => {
    const text = 'Said donald trump';
    const e = entry('Donald Trump', { anyCase: true });
    expect(caseAllows(normalize, text, 5, text.length, e, (position) => position === 5)).toBe(true);
    expect(caseAllows(normalize, text, 5, text.length, e, (position) => position !== 5)).toBe(false);
  });
  it('takes a lower-case initial for a generic organization name', () => {
    expect(
      allows('commerce department', entry('Commerce Department', { anyCase: true, generic: true })),
    ).toBe(true);
    expect(
      allows('commerce department', entry('Commerce Department', { anyCase: true, generic: false })),
    ).toBe(false);
    expect(allows('commerce department', entry('Commerce Department', { anyCase: true }))).toBe(false);
  });
  it('takes any initial for a name written with a lower-case one', () => {
    expect(allows('ios', entry('iOS', { anyCase: true }))).toBe(true);
    expect(allows('Ios', entry('iOS', { anyCase: true }))).toBe(true);
    expect(allows('ebay', entry('eBay', { anyCase: true }))).toBe(true);
  });
});

describe('acronymsInCapitals', () => {
  it('does not take a word with a lower-case initial for an acronym', () => {
    expect(acronymsInCapitals('ios update', 0, 'iOS Update')).toBe(true);
    expect(acronymsInCapitals('ebay deal', 0, 'eBay Deal')).toBe(true);
  });
  it('needs every acronym word in capitals, whatever the case of the other words', () => {
    expect(acronymsInCapitals('us treasury', 0, 'US Treasury')).toBe(false);
    expect(acronymsInCapitals('Us Treasury', 0, 'US Treasury')).toBe(false);
    expect(acronymsInCapitals('US treasury', 0, 'US Treasury')).toBe(true);
    expect(acronymsInCapitals('DONALD TRUMP', 0, 'Donald Trump')).toBe(true);
    expect(acronymsInCapitals('donald trump', 0, 'Donald Trump')).toBe(true);
    expect(acronymsInCapitals('the us treasury', 4, 'US Treasury')).toBe(false);
    expect(acronymsInCapitals('the US treasury', 4, 'US Treasury')).toBe(true);
  });
  it('finds a later word across a run of white space', () => {
    expect(acronymsInCapitals('treasury  us', 0, 'Treasury US')).toBe(false);
    expect(acronymsInCapitals('treasury \n US', 0, 'Treasury US')).toBe(true);
  });
  it('counts as an acronym a word of capitals with digits and . & - and at least two letters', () => {
    expect(acronymsInCapitals('u.s. treasury', 0, 'U.S. Treasury')).toBe(false);
    expect(acronymsInCapitals('at&t deal', 0, 'AT&T Deal')).toBe(false);
    expect(acronymsInCapitals('f-35 jet', 0, 'F-35 Jet')).toBe(true);
    expect(acronymsInCapitals('g7 summit', 0, 'G7 Summit')).toBe(true);
    expect(acronymsInCapitals('a. smith', 0, 'A. Smith')).toBe(true);
    expect(acronymsInCapitals('a team', 0, 'A Team')).toBe(true);
    expect(acronymsInCapitals('mcd deal', 0, 'McD Deal')).toBe(true);
    expect(acronymsInCapitals('g20 summit', 0, 'G20 Summit')).toBe(true);
    expect(acronymsInCapitals('ab2 deal', 0, 'AB2 Deal')).toBe(false);
  });
});

describe('caseMaskOf', () => {
  const mask = (text: string, entries: AliasEntry[]) => caseMaskOf(normalize, text, 0, text.length, entries);
  it('sets bit k for entry k that allows the case', () => {
    expect(mask('Nvidia', [entry('Nvidia'), entry('NVIDIA'), entry('Nvidia')])).toBe(0b101);
    expect(mask('nvidia', [entry('Nvidia'), entry('NVIDIA')])).toBe(0);
  });
  it('marks a candidate whose only allowing entries lie beyond the mask with the bit past it', () => {
    const many = Array.from({ length: CASE_MASK_BITS + 1 }, () => entry('NVIDIA'));
    many[CASE_MASK_BITS] = entry('Nvidia');
    expect(CASE_MASK_BITS).toBe(30);
    expect(mask('Nvidia', many)).toBe(2 ** 30);
    many[0] = entry('Nvidia');
    expect(mask('Nvidia', many)).toBe(1);
    many[CASE_MASK_BITS - 1] = entry('Nvidia');
    expect(mask('Nvidia', many)).toBe(1 + 2 ** 29);
  });
});

describe('opensInLowerCase', () => {
  const opens = (text: string, name: string) => {
    const blocks = lowerCaseBlocks(text);
    return opensInLowerCase(text, text.indexOf(name), (at) => inRanges(blocks, at));
  };
  it('is true for a name opening in lower case in mixed-case text, not in a lower-case block', () => {
    expect(opens('In most firms the treasury department manages cash.', 'treasury department')).toBe(true);
    expect(opens('In most firms the Treasury Department manages cash.', 'Treasury Department')).toBe(false);
    expect(opens('A Caption\nthe treasury department said so', 'treasury department')).toBe(false);
  });
  it('property: lower-casing a whole line of mixed-case text makes it a lower-case block', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The', 'Cash', 'Our'),
        fc.constantFrom('treasury', 'commerce'),
        (opener, word) => {
          const line = `${opener} team met the ${word} department today.`;
          expect(opens(line, `${word} department`)).toBe(true);
          expect(opens(`Title\n${line.toLowerCase()}`, `${word} department`)).toBe(false);
        },
      ),
    );
  });
});
