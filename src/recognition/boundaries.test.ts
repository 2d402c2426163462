import { describe, expect, it } from 'vitest';
import { passesWordBoundaries } from './boundaries';

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
