import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compoundParts, MIN_PART_LETTERS, splitCompoundForms } from './compound-names';
import { compileRecognizer } from './index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

describe('a coined compound name split at its inner capital', () => {
  it('gives the space and hyphen forms of a strong organization compound, weak and in exact case', () => {
    expect(splitCompoundForms({ text: 'TikTok' }, 'organization')).toEqual([
      ['Tik Tok', { text: 'Tik Tok', strength: 'weak', case: 'exact' }],
      ['Tik-Tok', { text: 'Tik-Tok', strength: 'weak', case: 'exact' }],
    ]);
    expect(compoundParts('ByteDance')).toEqual(['Byte', 'Dance']);
    expect(compoundParts('Tiktok')).toBeUndefined();
    expect(compoundParts('McTrump')).toBeUndefined();
    expect(compoundParts('NVIDIA')).toBeUndefined();
    expect(compoundParts('iPhone')).toBeUndefined();
    expect(splitCompoundForms({ text: 'DeSantis' }, 'person')).toEqual([]);
    expect(splitCompoundForms({ text: 'TikTok', strength: 'weak' }, 'organization')).toEqual([]);
  });
  it('counts with page evidence, and not without it', () => {
    expect(
      found('Trump signed the TikTok deal with ByteDance. Tik Tok users and Tik-Tok creators cheered.'),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['tiktok', 'TikTok'],
      ['bytedance', 'ByteDance'],
      ['tiktok', 'Tik Tok'],
      ['tiktok', 'Tik-Tok'],
    ]);
    expect(found("Kesha's song Tik Tok topped the charts. The clock went tik-tok.")).toEqual([]);
    expect(found('Byte Dance is a dance studio in Ohio.')).toEqual([]);
  });
  it(`property: parts of ${MIN_PART_LETTERS} letters or more split by a space or a hyphen, shorter parts never`, () => {
    const part = (min: number, max: number) =>
      fc
        .tuple(
          fc.constantFrom('B', 'T', 'D', 'K', 'S'),
          fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`)),
        )
        .map(([capital, rest]) => capital + rest);
    fc.assert(
      fc.property(
        fc.array(part(MIN_PART_LETTERS - 1, 6), { minLength: 2, maxLength: 3 }),
        part(0, 1),
        (parts, short) => {
          const forms = splitCompoundForms({ text: parts.join('') }, 'organization').map(([form]) => form);
          const withShort = splitCompoundForms({ text: [short, ...parts].join('') }, 'organization');
          return (
            JSON.stringify(forms) === JSON.stringify([parts.join(' '), parts.join('-')]) &&
            withShort.length === 0
          );
        },
      ),
      { numRuns: 200 },
    );
  });
  it('property: on a page that names the deal, a split TikTok keeps its card; beside no evidence it adds none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Tik Tok', 'Tik-Tok'),
        fc.constantFrom('users', 'creators', 'videos', 'said'),
        fc.boolean(),
        (split, next, story) => {
          const before = story ? 'ByteDance sold the app under a deal with Trump. ' : 'The clock ticked. ';
          const text = `${before}Later ${split} ${next} more.`;
          const at = text.indexOf(split);
          const kept = recognizer.recognize(text).some((m) => m.entity === 'tiktok' && m.start === at);
          return kept === story;
        },
      ),
      { numRuns: 40 },
    );
  });
});
