/**
 * The rules about language written after holdout-11 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds holdout-11 holds (imperatives on pages that show the story,
 * a surname before the full name in a caption), and properties over their variants. Expected
 * values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('"chief" before a corporate post is no office: the company stays named', () => {
  it('"Nvidia chief executive Jensen Huang" names Nvidia, as "Nvidia CEO" does', () => {
    expect(found('Nvidia chief executive Jensen Huang met Howard Lutnick.')).toEqual([
      ['nvidia', 'Nvidia'],
      ['jensen-huang', 'Jensen Huang'],
      ['howard-lutnick', 'Howard Lutnick'],
    ]);
    expect(found('TikTok Chief Executive Officer Shou Zi Chew testified.')).toEqual([
      ['tiktok', 'TikTok'],
      ['shou-zi-chew', 'Shou Zi Chew'],
    ]);
  });
  it('a government office stays an office', () => {
    expect(found('The Treasury chief said tariffs and export controls would stay.')).toEqual([]);
    expect(found('Treasury chief Scott Bessent met He Lifeng.')).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['he-lifeng', 'He Lifeng'],
    ]);
  });
  it('property: the organization counts exactly when a corporate word follows "chief"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Nvidia', 'Oracle', 'TikTok', 'ByteDance'),
        fc.constantFrom('executive', 'Executive Officer', 'financial officer', 'economist', ''),
        (company, post) => {
          const text =
            `The ${company} chief ${post} said tariffs and export controls would hurt sales.`.replace(
              '  ',
              ' ',
            );
          const named = recognizer.recognize(text).some((m) => m.text === company);
          expect(named).toBe(post !== '');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
