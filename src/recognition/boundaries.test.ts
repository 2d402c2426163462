import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedWordStart, MIN_GLUED_NAME, MIN_GLUED_RUN, passesWordBoundaries } from './boundaries';

function check(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return passesWordBoundaries(text, start, start + word.length);
}

describe('passesWordBoundaries', () => {
  it.each([
    ["TikTok's users", 'TikTok'],
    ['TikTok’s users', 'TikTok'],
    ['ByteDance-owned app', 'ByteDance'],
    ['Nvidia, the chipmaker', 'Nvidia'],
    ['(Nvidia)', 'Nvidia'],
    ["Greer' and", 'Greer'],
    ['Xi', 'Xi'],
    // Chinese is written without spaces: a Han character next to a Latin name is a boundary.
    ['北京TikTok', 'TikTok'],
    ['平台TikTok十九日', 'TikTok'],
  ])('accepts %j', (text, word) => {
    expect(check(text, word)).toBe(true);
  });

  it.each([
    ["Xi'an is a city", 'Xi'],
    ['Xi’an', 'Xi'],
    ['Oracles', 'Oracle'],
    ['MadridX', 'Madrid'],
    ['xNvidia', 'Nvidia'],
    ['Nvidia2', 'Nvidia'],
    ['Madridé', 'Madrid'],
    ["TikTok'sy", 'TikTok'],
    ['𝐀Nvidia', 'Nvidia'],
  ])('rejects %j', (text, word) => {
    expect(check(text, word)).toBe(false);
  });

  it('treats an emoji (astral, not a letter) as a boundary', () => {
    expect(check('🔥Nvidia', 'Nvidia')).toBe(true);
  });
});

describe('a word glued to the one before it', () => {
  it.each([
    ['is coming togetherBessent says', 'Bessent'],
    ['fell on tariffsNvidia shares', 'Nvidia'],
    ['video platformUS Treasury', 'US Treasury'],
    ['togetherBessent', 'Bessent'],
    ['(stopTikTok)', 'TikTok'],
  ])('accepts %j: a capital after a lower-case word of its own', (text, word) => {
    expect(check(text, word)).toBe(true);
  });

  it.each([
    ['an iTrump phone', 'Trump'],
    ['the myOracle app', 'Oracle'],
    ['his goTrump page', 'Trump'],
    ['#banTikTok', 'TikTok'],
    ['@realTrump', 'Trump'],
    ['x.getNvidia()', 'Nvidia'],
    ['the McTrump burger', 'Trump'],
    ['a YouTubeNvidia clip', 'Nvidia'],
    ['went wellHe said', 'He'],
    ['done2026Nvidia', 'Nvidia'],
    ['togetherBessentSays', 'Bessent'],
    ['anti-trumpScott Bessent', 'Scott Bessent'],
    ['anti\u2013trumpScott Bessent', 'Scott Bessent'],
    ['anti\u2014trumpScott Bessent', 'Scott Bessent'],
  ])('rejects %j: a brand, a handle, a code name, a short name or no end', (text, word) => {
    expect(check(text, word)).toBe(false);
  });

  it('property: a name glued to a lower-case word passes when the word is long enough and opens at a space', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.constantFrom('Bessent', 'Nvidia', 'TikTok', 'Greer', 'He', 'Xi'),
        fc.constantFrom(' ', '\n', '#', '@', '.', '_', '1', '-', '\u2013', '\u2014'),
        (word, name, opener) => {
          const text = `a${opener}${word}${name} b`;
          const start = text.length - name.length - 2;
          const glued =
            word.length >= MIN_GLUED_RUN &&
            name.length >= MIN_GLUED_NAME &&
            (opener === ' ' || opener === '\n');
          expect(passesWordBoundaries(text, start, start + name.length)).toBe(glued);
          expect(gluedWordStart(text, start)).toBe(
            word.length >= MIN_GLUED_RUN && (opener === ' ' || opener === '\n'),
          );
        },
      ),
    );
  });
});
