import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPhrase } from './chars';
import {
  followedByAny,
  MAX_SENTENCE_REACH,
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
