import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPhrase } from './chars';
import {
  followedByAny,
  MAX_SENTENCE_REACH,
  matchPhraseBackward,
  matchPhraseForward,
  precededByAny,
  rangeContainsAny,
  sentenceAround,
  sentenceIndex,
} from './context';

const fold = (phrases: string[]) => phrases.map(foldPhrase);

describe('followedByAny', () => {
  it('matches the next word case-insensitively across a space run', () => {
    const text = 'Treasury  YIELDS rose';
    expect(followedByAny(text, 8, fold(['yields']))).toBe(true);
  });
  it('needs the whole word, and a space before it', () => {
    expect(followedByAny('Treasury yieldsx', 8, fold(['yields']))).toBe(false);
    expect(followedByAny('Treasury-yields', 8, fold(['yields']))).toBe(false);
    expect(followedByAny('Treasury said', 8, fold(['yields']))).toBe(false);
  });
  it('matches multi-word phrases', () => {
    expect(followedByAny('Trump card game', 5, fold(['card game']))).toBe(true);
  });
});

describe('precededByAny', () => {
  it('matches the previous word case-insensitively', () => {
    expect(precededByAny('beat real Madrid', 10, fold(['Real']))).toBe(true);
    expect(precededByAny('Atlético Madrid', 9, fold(['atlético']))).toBe(true);
  });
  it('needs the whole word', () => {
    expect(precededByAny('Surreal Madrid', 8, fold(['Real']))).toBe(false);
    expect(precededByAny('in Madrid', 3, fold(['Real']))).toBe(false);
  });
});

describe('sentenceAround', () => {
  it('stops at . ! ? followed by space and at line breaks', () => {
    const text = 'One. Two U.S.-made three! Four\nFive';
    const at = text.indexOf('Two');
    const s = sentenceAround(text, at, at + 3);
    expect(text.slice(s.start, s.end)).toBe(' Two U.S.-made three');
    const five = text.indexOf('Five');
    const t = sentenceAround(text, five, five + 4);
    expect(text.slice(t.start, t.end)).toBe('Five');
  });
});

describe('sentenceAround on unpunctuated text', () => {
  it('reaches at most MAX_SENTENCE_REACH units each side, so many checks stay linear', () => {
    const text = 'word '.repeat(100_000);
    const s = sentenceAround(text, 250_000, 250_004);
    expect(s.start).toBe(250_000 - MAX_SENTENCE_REACH);
    expect(s.end).toBe(250_004 + MAX_SENTENCE_REACH);
  });
});

describe('rangeContainsAny', () => {
  it('finds whole-word phrases inside the range only', () => {
    const text = 'The Silver Lake neighborhood. Silver Lake invested.';
    expect(rangeContainsAny(text, 0, 29, fold(['neighborhood']))).toBe(true);
    expect(rangeContainsAny(text, 29, text.length, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('neighborhoods', 0, 13, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('in los  angeles', 0, 15, fold(['Los Angeles']))).toBe(true);
  });
});

describe('sentenceIndex', () => {
  const phrases = fold(['neighborhood', 'Los Angeles', "o'neil", 'x-ray']);
  const pieces = [
    'Silver Lake',
    ' ',
    '  ',
    '. ',
    '\n',
    '! ',
    'neighborhood',
    'neighborhoods',
    'Los  Angeles',
    'LOS ANGELES',
    'O’Neil',
    'x‐ray',
    'U.S.',
    'la',
    'é',
  ];

  it('agrees with sentenceAround + rangeContainsAny on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const local = sentenceIndex(text);
        const indexed = sentenceIndex(text, 0);
        for (let at = text.indexOf('Silver Lake'); at >= 0; at = text.indexOf('Silver Lake', at + 1)) {
          const end = at + 'Silver Lake'.length;
          const s = sentenceAround(text, at, end);
          const expected = rangeContainsAny(text, s.start, s.end, phrases);
          expect(local.sentenceContainsAny(at, end, phrases)).toBe(expected);
          expect(indexed.sentenceContainsAny(at, end, phrases)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchPhraseForward and matchPhraseBackward', () => {
  it('give the far end of a folded phrase, a single space matching a run of spaces', () => {
    expect(matchPhraseForward('A  b c', 0, 'a b')).toBe(4);
    expect(matchPhraseForward('xA\tb', 1, 'a b')).toBe(4);
    expect(matchPhraseBackward('A  b c', 4, 'a b')).toBe(0);
    expect(matchPhraseBackward('xA\tb', 4, 'a b')).toBe(1);
  });
  it('refuse a phrase that runs past the text, a missing space or another letter', () => {
    expect(matchPhraseForward('a', 0, 'a b')).toBe(-1);
    expect(matchPhraseForward('a b', 0, 'a bc')).toBe(-1);
    expect(matchPhraseForward('ab', 0, 'a b')).toBe(-1);
    expect(matchPhraseForward('ac', 0, 'ab')).toBe(-1);
    expect(matchPhraseBackward('b', 1, 'a b')).toBe(-1);
    expect(matchPhraseBackward('b c', 3, 'ab c')).toBe(-1);
    expect(matchPhraseBackward('ab', 2, 'a b')).toBe(-1);
    expect(matchPhraseBackward('cb', 2, 'ab')).toBe(-1);
  });
});

describe('followedByAny and precededByAny, edge by edge', () => {
  it('try every phrase, not only the first', () => {
    expect(followedByAny('Apple pie', 5, fold(['cake', 'pie']))).toBe(true);
    expect(precededByAny('big Apple', 4, fold(['small', 'big']))).toBe(true);
  });
  it('take tabs and no-break spaces but need at least one', () => {
    expect(followedByAny('Apple\t\u00a0pie', 5, fold(['pie']))).toBe(true);
    expect(followedByAny('Applepie', 5, fold(['pie']))).toBe(false);
    expect(precededByAny('big\u00a0 Apple', 5, fold(['big']))).toBe(true);
    expect(precededByAny('bigApple', 3, fold(['big']))).toBe(false);
  });
  it('match a phrase that ends the text or starts it', () => {
    expect(followedByAny('Apple pie', 5, fold(['pie']))).toBe(true);
    expect(precededByAny('big Apple', 4, fold(['big']))).toBe(true);
    expect(precededByAny('a big Apple', 6, fold(['big']))).toBe(true);
    expect(precededByAny('abig Apple', 5, fold(['big']))).toBe(false);
    expect(followedByAny('Apple pie!', 5, fold(['pie']))).toBe(true);
  });
});

describe('sentenceAround, terminator by terminator', () => {
  const around = (text: string, word: string) => {
    const at = text.indexOf(word);
    const s = sentenceAround(text, at, at + word.length);
    return text.slice(s.start, s.end);
  };
  it('ends a sentence at . ! ? before a space, a line break or the end of the text', () => {
    expect(around('One? Two three. Four', 'Two')).toBe(' Two three');
    expect(around('One! Two three.\nFour', 'Two')).toBe(' Two three');
    expect(around('One.\nTwo three.', 'three')).toBe('Two three');
    expect(around('One.Two three', 'Two')).toBe('One.Two three');
    expect(around('One,\tTwo', 'Two')).toBe('One,\tTwo');
    expect(around('Two', 'Two')).toBe('Two');
  });
});

describe('rangeContainsAny, edge by edge', () => {
  it('unifies apostrophes, hyphens, letter case and white space before comparing', () => {
    expect(rangeContainsAny('Meet O\u2019Neil', 0, 13, fold(["o'neil"]))).toBe(true);
    expect(rangeContainsAny('An X\u2010Ray', 0, 11, fold(['x-ray']))).toBe(true);
    expect(rangeContainsAny('LOS\n\tANGELES', 0, 13, fold(['los angeles']))).toBe(true);
  });
  it('looks past an occurrence inside a longer word to a whole-word one', () => {
    expect(rangeContainsAny('neighborhoods, neighborhood', 0, 27, fold(['neighborhood']))).toBe(true);
    expect(rangeContainsAny('xneighborhood', 0, 13, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('neighborhood1', 0, 13, fold(['neighborhood']))).toBe(false);
  });
  it('stays inside [start, end)', () => {
    expect(rangeContainsAny('la neighborhood', 0, 14, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('la neighborhood', 3, 15, fold(['neighborhood']))).toBe(true);
    expect(rangeContainsAny('la neighborhood', 4, 15, fold(['neighborhood']))).toBe(false);
  });
});

describe('sentenceIndex, with literal answers', () => {
  // Both paths: the local walk (default budget) and the index (built from the first check).
  const both = (text: string) => [sentenceIndex(text), sentenceIndex(text, 0)];
  const check = (text: string, word: string, phrases: string[]) => {
    const at = text.indexOf(word);
    return both(text).map((index) => index.sentenceContainsAny(at, at + word.length, fold(phrases)));
  };

  it('finds a phrase before or after the mention in its sentence, not in the next or previous one', () => {
    expect(check('The Silver Lake neighborhood grew.', 'Silver Lake', ['neighborhood'])).toEqual([
      true,
      true,
    ]);
    expect(check('A neighborhood near Silver Lake.', 'Silver Lake', ['neighborhood'])).toEqual([true, true]);
    expect(check('Silver Lake rose. A neighborhood.', 'Silver Lake', ['neighborhood'])).toEqual([
      false,
      false,
    ]);
    expect(check('A neighborhood. Silver Lake rose.', 'Silver Lake', ['neighborhood'])).toEqual([
      false,
      false,
    ]);
    expect(check('A neighborhood\nSilver Lake', 'Silver Lake', ['neighborhood'])).toEqual([false, false]);
  });
  it('tries every phrase, and matches whole words only, case and spacing aside', () => {
    expect(check('Silver Lake in LOS  ANGELES', 'Silver Lake', ['mall', 'los angeles'])).toEqual([
      true,
      true,
    ]);
    expect(check('Silver Lake neighborhoods', 'Silver Lake', ['neighborhood'])).toEqual([false, false]);
    expect(check('Silver Lake xneighborhood', 'Silver Lake', ['neighborhood'])).toEqual([false, false]);
    expect(check('Silver Lake neighborhood2', 'Silver Lake', ['neighborhood'])).toEqual([false, false]);
    expect(check('Silver Lake neighborhoodé', 'Silver Lake', ['neighborhood'])).toEqual([false, false]);
    expect(check('Silver Lake and O\u2019Neil', 'Silver Lake', ["o'neil"])).toEqual([true, true]);
    expect(check('Silver Lake x\u2011ray', 'Silver Lake', ['x-ray'])).toEqual([true, true]);
  });
  it('reads a dot in a phrase as a dot, not as any character', () => {
    expect(check('Silver Lake in the u.s.-made market', 'Silver Lake', ['u.s'])).toEqual([true, true]);
    expect(check('Silver Lake in the uxs-made market', 'Silver Lake', ['u.s'])).toEqual([false, false]);
  });
  it('reaches MAX_SENTENCE_REACH units each side in unpunctuated text', () => {
    // 'tip' + space + k units + space before the mention: it starts MAX_SENTENCE_REACH units before
    // the mention when k = MAX_SENTENCE_REACH - 5; after it, it ends that far after the mention.
    const pad = (k: number) => 'w'.repeat(k);
    const nearBefore = `tip ${pad(MAX_SENTENCE_REACH - 5)} Silver Lake`;
    expect(nearBefore.indexOf('Silver Lake')).toBe(MAX_SENTENCE_REACH);
    expect(check(nearBefore, 'Silver Lake', ['tip'])).toEqual([true, true]);
    const nearAfter = `Silver Lake ${pad(MAX_SENTENCE_REACH - 5)} tip`;
    expect(nearAfter.length).toBe(MAX_SENTENCE_REACH + 'Silver Lake'.length);
    expect(check(nearAfter, 'Silver Lake', ['tip'])).toEqual([true, true]);
    const farBefore = `tip ${pad(MAX_SENTENCE_REACH - 4)} Silver Lake`;
    expect(check(farBefore, 'Silver Lake', ['tip'])).toEqual([false, false]);
    const farAfter = `Silver Lake ${pad(MAX_SENTENCE_REACH - 4)} tip`;
    expect(check(farAfter, 'Silver Lake', ['tip'])).toEqual([false, false]);
  });
  it('answers later checks from the index it built: several mentions, several sentences', () => {
    const text = 'Silver Lake one. A neighborhood by Silver Lake. Silver Lake three. Silver Lake mall.';
    for (const index of both(text)) {
      const at = (from: number) => text.indexOf('Silver Lake', from);
      const answers = [0, 20, 48, 67].map((from) =>
        index.sentenceContainsAny(at(from), at(from) + 11, fold(['neighborhood', 'mall'])),
      );
      expect(answers).toEqual([false, true, false, true]);
    }
  });
});

describe('rangeContainsAny and sentenceIndex, second occurrences and sentence starts', () => {
  it('unifies every curly apostrophe and odd hyphen in the range, not only the first', () => {
    const text = 'O\u2019Neil met O\u2019Brien over an x\u2010ray and a y\u2010ray';
    expect(rangeContainsAny(text, 0, text.length, fold(["o'brien"]))).toBe(true);
    expect(rangeContainsAny(text, 0, text.length, fold(['y-ray']))).toBe(true);
  });

  it('starts the sentence after the terminator, so a one-letter word before it is not in the next sentence', () => {
    const text = 'They chose Plan B. Silver Lake rose.';
    const at = text.indexOf('Silver Lake');
    for (const index of [sentenceIndex(text), sentenceIndex(text, 0)]) {
      expect(index.sentenceContainsAny(at, at + 11, fold(['b']))).toBe(false);
      expect(index.sentenceContainsAny(at, at + 11, fold(['rose']))).toBe(true);
    }
  });
});
