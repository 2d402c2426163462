import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiShapeOf, nextWord, opensSentence, previousWord, shapeOf } from './name-tokens';

const wordAfter = (text: string, upTo: string) => nextWord(text, text.indexOf(upTo) + upTo.length);
const wordBefore = (text: string, from: string) => previousWord(text, text.indexOf(from));

describe('nextWord / previousWord', () => {
  it('reads the word joined by spaces, with its shape', () => {
    expect(wordAfter('Trump Tower rose', 'Trump')).toMatchObject({ folded: 'tower', shape: 'capitalized' });
    expect(wordAfter('Trump administration', 'Trump')).toMatchObject({
      folded: 'administration',
      shape: 'lower',
    });
    expect(wordBefore('HM Treasury', 'Treasury')).toMatchObject({ folded: 'hm', shape: 'upper' });
    expect(wordBefore('the 2020 Treasury', 'Treasury')).toMatchObject({ folded: '2020', shape: 'other' });
  });
  it('stops at punctuation, line breaks and possessives', () => {
    expect(wordAfter('Trump, Tower', 'Trump')).toBeUndefined();
    expect(wordAfter("Trump's Tower", 'Trump')).toBeUndefined();
    expect(wordBefore('Keith\nEllison', 'Ellison')).toBeUndefined();
    expect(wordBefore('Keith. Ellison', 'Ellison')).toBeUndefined();
  });
  it('keeps inner hyphens and apostrophes, abbreviation periods and dotted initialisms', () => {
    expect(wordAfter('Li Ka-shing said', 'Li')).toMatchObject({ folded: 'ka-shing', shape: 'capitalized' });
    expect(wordAfter("Ellison O'Brien", 'Ellison')).toMatchObject({ folded: "o'brien" });
    expect(wordAfter('Donald Trump Jr. said', 'Trump')).toMatchObject({ folded: 'jr.' });
    expect(wordBefore('the U.S. Treasury', 'Treasury')).toMatchObject({ folded: 'u.s.' });
    expect(wordBefore('Dr. Huang', 'Huang')).toMatchObject({ folded: 'dr.' });
  });
  it('folds every dash variant to "-" and every apostrophe variant to "\'"', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) {
      expect(wordAfter(`Bessent Vice${dash}Premier`, 'Bessent')).toMatchObject({ folded: 'vice-premier' });
    }
    for (const apostrophe of ['\u2019', '\u2018', '\u02bc']) {
      expect(wordAfter(`Ellison O${apostrophe}Brien`, 'Ellison')).toMatchObject({ folded: "o'brien" });
    }
  });
  it('marks a possessive and reads a hyphenated adjective as lower case', () => {
    expect(wordBefore("India's Ministry", 'Ministry')).toMatchObject({ folded: 'india', possessive: true });
    expect(wordBefore('India’s Ministry', 'Ministry')).toMatchObject({ folded: 'india', possessive: true });
    expect(wordBefore('Abu Dhabi-based MGX', 'MGX')).toMatchObject({ shape: 'lower' });
  });
});

describe('opensSentence', () => {
  it('is true at the start, after a terminator or a line break, through quotes', () => {
    for (const text of ['He said', 'Done. He said', 'Done.\nHe said', 'Done. “He said', 'Done?” He said']) {
      expect(opensSentence(text, text.indexOf('He')), text).toBe(true);
    }
  });
  it('is false inside a sentence, after a comma or a comma and a closing quote', () => {
    for (const text of ['Bessent and He met', 'Meeting Bessent, He said', '“We agree,” He said']) {
      expect(opensSentence(text, text.indexOf('He')), text).toBe(false);
    }
  });
  it('reads every apostrophe variant used as a quote as the straight one', () => {
    const variant = fc.constantFrom('\u2019', '\u2018', '\u02bc', '\u00b4');
    const text = fc.constantFrom("' Real", "Done. 'He", "x, 'He", "'' He", "said '(He");
    fc.assert(
      fc.property(text, variant, (t, v) => {
        const start = t.length - 2 - (t.endsWith('Real') ? 2 : 0);
        expect(opensSentence(t.replaceAll("'", v), start)).toBe(opensSentence(t, start));
      }),
    );
    expect(opensSentence('\u02bc Real', 2)).toBe(true);
  });
});

describe('word shape', () => {
  it('reads the same shape on the ASCII path as on the general one', () => {
    const unit = fc.constantFrom(..."aZbYqQ09-.'_xX".split(''));
    const ending = fc.constantFrom('', '-based', '-led', '-era', '-Run');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), ending, (word, end) => {
        expect(asciiShapeOf(word + end)).toBe(shapeOf(word + end));
      }),
      { numRuns: 500 },
    );
    expect(asciiShapeOf('Trump')).toBe('capitalized');
    expect(asciiShapeOf('USTR')).toBe('upper');
    expect(asciiShapeOf('state-owned')).toBe('lower');
    expect(asciiShapeOf('2020')).toBe('other');
  });
});
