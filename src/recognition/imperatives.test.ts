import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isObjectDeterminer, mayBeDeterminerAfter, opensImperative } from './imperatives';
import { nextWord } from './name-tokens';

/** opensImperative for the first occurrence of `word` in `text`. */
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return opensImperative(text, start, start + word.length);
};

describe('mayBeDeterminerAfter (the code-unit gate before opensImperative builds the next word)', () => {
  it('property: true wherever nextWord reads a lower-case determiner', () => {
    const piece = fc.constantFrom(
      ...['the', 'their', 'these', 'every', 'an', 'a', 'its', 'The', 'tHE', 'theirs', 'everyone', 'x'],
      ...[' ', '  ', '\u00a0', '\n', '\n  ', '\t', "'s", '’s', '-', '‐', '.', ',', 'é', 'É', 'K', '\u212a'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(40), (pieces, cut) => {
        const text = `Chew${pieces.join('')}`;
        const end = Math.min(cut, text.length);
        const next = nextWord(text, end);
        if (next !== undefined && next.shape === 'lower' && isObjectDeterminer(next.folded))
          expect(mayBeDeterminerAfter(text, end)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('settles a capitalized or long word, and no word, without reading it', () => {
    expect(mayBeDeterminerAfter('Chew Washington said.', 4)).toBe(false);
    expect(mayBeDeterminerAfter('Chew everyone said.', 4)).toBe(false);
    expect(mayBeDeterminerAfter('Chew, the', 4)).toBe(false);
    expect(mayBeDeterminerAfter('Chew their food.', 4)).toBe(true);
  });
});

describe('opensImperative', () => {
  it('reads an opening word before a lower-case determiner, in a sentence of running text', () => {
    expect(at('Chew your food slowly.', 'Chew')).toBe(true);
    expect(at('He left. Trump the second round, then lead a club.', 'Trump')).toBe(true);
    expect(at('“Chew the gum,” she said.', 'Chew')).toBe(true);
  });
  it('leaves a subject, a word inside a sentence, a headline and a full name alone', () => {
    expect(at('Chew said the app was safe.', 'Chew')).toBe(false);
    expect(at('They met Trump the day after.', 'Trump')).toBe(false);
    expect(at('Trump the big winner in Busan\nThe talks ended.', 'Trump')).toBe(false);
    expect(at('Chew Your Food!', 'Chew')).toBe(false);
    expect(at('Shou Zi Chew the day before.', 'Shou Zi Chew')).toBe(false);
  });
  it('leaves a subject before a time adverbial alone ("Trump this week said…")', () => {
    expect(at('Trump this week said he would raise tariffs.', 'Trump')).toBe(false);
    expect(at('Tariffs rose. Bessent the next morning met He Lifeng.', 'Bessent')).toBe(false);
    expect(at('Xi a few days later agreed.', 'Xi')).toBe(false);
    expect(at('Greer this Tuesday told reporters.', 'Greer')).toBe(false);
    expect(at('Chew the week-old gum.', 'Chew')).toBe(true);
  });
  it('property: a time noun within two words of the determiner always keeps the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Trump', 'Bessent', 'Chew', 'Xi'),
        fc.constantFrom('the', 'this', 'a', 'each', 'every', 'that'),
        fc.constantFrom('', 'next ', 'following ', 'same ', 'few '),
        fc.constantFrom('week', 'day', 'month', 'morning', 'year', 'Tuesday', 'time', 'days'),
        (word, determiner, adjective, noun) => {
          const text = `${word} ${determiner} ${adjective}${noun} said the talks went well.`;
          expect(opensImperative(text, 0, word.length)).toBe(false);
        },
      ),
    );
  });
  it('property: true exactly for a determiner right after the opening word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Chew', 'Trump', 'Huang', 'Commerce'),
        fc.constantFrom('the', 'your', 'her', 'an', 'each', 'said', 'will', 'and', 'Your'),
        fc.constantFrom('', 'It rained. ', '“', 'Then: '),
        (word, next, before) => {
          const text = `${before}${word} ${next} others slowly.`;
          const determiner = ['the', 'your', 'her', 'an', 'each'].includes(next);
          expect(opensImperative(text, before.length, before.length + word.length)).toBe(determiner);
        },
      ),
    );
  });
});
