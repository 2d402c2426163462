import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEntity, testPack } from '../../tests/support/test-pack';
import type { Alias, EntityType } from '../knowledge/schema';
import { compileAliases } from './aliases';
import { isLowerCaseName, standsAlone } from './lower-case-names';

/** The lower-case forms the compiled pack holds for one entity's aliases. */
function lowerForms(type: EntityType, aliases: Alias[]): string[] {
  const compiled = compileAliases(testPack([testEntity('x', type, aliases)]));
  return compiled.entriesByPattern
    .flat()
    .filter(isLowerCaseName)
    .map((entry) => entry.asWritten);
}

describe('the lower-case form of a coined organization name', () => {
  it('is given for strong one-word names of organizations, once per entity', () => {
    expect(lowerForms('organization', [{ text: 'Nvidia', strength: 'strong' }])).toEqual(['nvidia']);
    expect(lowerForms('organization', ['TikTok', { text: 'Tiktok', strength: 'strong' }])).toEqual([
      'tiktok',
    ]);
    expect(lowerForms('organization', ['ByteDance', 'ByteDance Ltd.'])).toEqual(['bytedance']);
  });
  it('is weak and in that letter case only, and no generic word', () => {
    const compiled = compileAliases(testPack([testEntity('x', 'organization', ['TikTok'])]));
    const lower = compiled.entriesByPattern.flat().find(isLowerCaseName);
    expect(lower).toMatchObject({ asWritten: 'tiktok', weak: true, upper: undefined, generic: false });
  });
  it('is not given for ordinary words left weak, acronyms, several words, people or places', () => {
    expect(lowerForms('organization', ['Oracle', 'Treasury', 'USTR', 'Silver Lake', 'MGX'])).toEqual([]);
    expect(lowerForms('organization', [{ text: 'MGX', strength: 'strong' }])).toEqual([]);
    expect(lowerForms('organization', [{ text: 'Nvidia', strength: 'weak' }])).toEqual([]);
    expect(lowerForms('person', [{ text: 'Bessent', strength: 'strong' }, 'Scott Bessent'])).toEqual([]);
    expect(lowerForms('place', [{ text: 'Madrid', strength: 'strong' }])).toEqual([]);
  });
});

describe('a lower-case name standing alone in running text', () => {
  const at = (text: string, word: string) =>
    standsAlone(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('stands alone between spaces, before punctuation and a possessive', () => {
    expect(at('the nvidia CEO', 'nvidia')).toBe(true);
    expect(at('deal with nvidia. The', 'nvidia')).toBe(true);
    expect(at('(tiktok)', 'tiktok')).toBe(true);
    expect(at("bytedance's stake", 'bytedance')).toBe(true);
    expect(at('nvidia', 'nvidia')).toBe(true);
  });
  it('does not stand alone in an address, a handle, a tag, a file or a compound', () => {
    for (const [text, word] of [
      ['see nvidia.com now', 'nvidia'],
      ['www.nvidia.com', 'nvidia'],
      ['follow @tiktok now', 'tiktok'],
      ['#bytedance trends', 'bytedance'],
      ['run nvidia-smi', 'nvidia'],
      ['run nvidia\u2011smi', 'nvidia'],
      ['libnvidia_ml nvidia_ml', 'nvidia'],
      ['https://tiktok/user', 'tiktok'],
    ] as const)
      expect(at(text, word), text).toBe(false);
  });
  it('property: a word between spaces stands alone, one before ".com" does not, whatever the word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/), (word) => {
        expect(standsAlone(`a ${word} b`, 2, 2 + word.length)).toBe(true);
        expect(standsAlone(`a ${word}.com b`, 2, 2 + word.length)).toBe(false);
      }),
    );
  });
});
