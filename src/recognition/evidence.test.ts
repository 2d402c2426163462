import { describe, expect, it } from 'vitest';
import { pageHasStoryEvidence, storyWords } from './evidence';

const words = storyWords(['tariffs', 'export controls', 'US-China']);

describe('story words', () => {
  it('counts distinct whole words, case-insensitive, any white space and dash', () => {
    expect(words.countIn('Tariffs, tariffs and EXPORT\n controls', 5)).toBe(2);
    expect(words.countIn('US‑China talks', 5)).toBe(1);
    expect(words.countIn('tariffsville and controls', 5)).toBe(0);
  });
  it('stops counting at enough', () => {
    expect(words.countIn('tariffs export controls US-China', 1)).toBe(1);
  });
  it('an empty list finds nothing', () => {
    expect(storyWords([]).countIn('tariffs', 3)).toBe(0);
  });
});

describe('pageHasStoryEvidence', () => {
  it('takes one strong mention of another entity as evidence', () => {
    expect(pageHasStoryEvidence('', 1, 1, words)).toBe(true);
  });
  it('takes two related weakly named entities as evidence', () => {
    expect(pageHasStoryEvidence('', 0, 2, words)).toBe(true);
    expect(pageHasStoryEvidence('', 0, 1, words)).toBe(false);
  });
  it('needs two distinct story words when nothing else is named', () => {
    expect(pageHasStoryEvidence('new tariffs', 0, 1, words)).toBe(false);
    expect(pageHasStoryEvidence('new tariffs and export controls', 0, 1, words)).toBe(true);
  });
});
