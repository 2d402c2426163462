import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinerBefore } from './name-phrase';

/** The word starting at `word` in `text`, read as name structure reads it. */
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  const read = { start, end: start + word.length, folded: word.toLowerCase(), shape: 'capitalized' as const };
  return determinerBefore(text, { ...read, possessive: false });
};

describe('determinerBefore', () => {
  it('an article or possessive pronoun right before the name opens a noun phrase', () => {
    expect(at('After the Biden Xi summit, talks resumed.', 'Biden')).toBe(true);
    expect(at('a Trump Xi meeting', 'Trump')).toBe(true);
    expect(at('Their Obama Xi call ended.', 'Obama')).toBe(true);
  });
  it('no determiner, a noun, a possessive noun or a sentence start do not', () => {
    expect(at('Chinese model Ming Xi made headlines.', 'Ming')).toBe(false);
    expect(at('Ming Xi made headlines.', 'Ming')).toBe(false);
    expect(at("China's Ming Xi made headlines.", 'Ming')).toBe(false);
    expect(at('As a result, Ming Xi made headlines.', 'Ming')).toBe(false);
  });
  it('property: the answer is the determiner, whatever the name and the noun after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('the', 'a', 'this', 'model', 'singer', 'and'),
        fc.stringMatching(/^[A-Z][a-z]{2,6}$/),
        (word, name) => {
          const text = `After ${word} ${name} Xi summit, talks resumed.`;
          expect(at(text, name)).toBe(['the', 'a', 'this'].includes(word));
        },
      ),
    );
  });
});
