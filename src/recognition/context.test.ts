import { describe, expect, it } from 'vitest';
import { foldPhrase } from './chars';
import { followedByAny, precededByAny, rangeContainsAny, sentenceAround } from './context';

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

describe('rangeContainsAny', () => {
  it('finds whole-word phrases inside the range only', () => {
    const text = 'The Silver Lake neighborhood. Silver Lake invested.';
    expect(rangeContainsAny(text, 0, 29, fold(['neighborhood']))).toBe(true);
    expect(rangeContainsAny(text, 29, text.length, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('neighborhoods', 0, 13, fold(['neighborhood']))).toBe(false);
    expect(rangeContainsAny('in los  angeles', 0, 15, fold(['Los Angeles']))).toBe(true);
  });
});
