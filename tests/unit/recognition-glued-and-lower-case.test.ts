/**
 * Words glued by text extraction (src/recognition/boundaries.ts `gluedWordStart`) and coined
 * company names in lower case (src/recognition/lower-case-names.ts), with the bundled pack:
 * hand-written sentences of the kinds the tune splits hold and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 40;

/** Sentences that name no pack entity, with lower-case words glued to capitals and coined words. */
const UNRELATED = [
  'We went hikingYesterday and the weather was fine.',
  'Her new album dropsFriday on every platform.',
  'Read the reviewsHere before you buy a ticket.',
  'The recipe calls for butter, flour and sugar.',
  'Visit example.com and follow @someone for updates.',
];

describe('a name glued to the word before it by text extraction', () => {
  it('"coming togetherBessent says": the heading lost its line break, the surname is his', () => {
    expect(
      found(
        'Trump wants to expand shipbuilding. Trade deal with China is coming togetherBessent says there is a framework for Trump and Xi.',
      ),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['scott-bessent', 'Bessent'],
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi'],
    ]);
  });
  it('a brand prefix, a handle, a tag and a short name stay parts of their word', () => {
    expect(found('Trump met Xi. See @realTrump, #banTikTok, the iTrump app and went wellHe said.')).toEqual([
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi'],
    ]);
  });
  it('property: a line break lost before a name finds the same mentions as the line break', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('is coming together', 'markets fell on tariffs', 'read the full story', 'updated'),
        fc.constantFrom(
          'Bessent says there is a framework for Trump and Xi.',
          'Nvidia shares dropped after the Commerce Department spoke.',
          'Jamieson Greer said talks with He Lifeng went well.',
          'TikTok signed the deal with Oracle.',
        ),
        (heading, line) => {
          const pack = (m: { entity: string; text: string }) => [m.entity, m.text];
          const apart = recognizer.recognize(`${heading}\n${line}`).map(pack);
          const glued = recognizer.recognize(`${heading}${line}`).map(pack);
          expect(glued).toEqual(apart);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a coined company name in lower case', () => {
  it('"nvidia CEO Jensen Huang" on a page naming Nvidia is the company', () => {
    expect(found("London – nvidia CEO Jensen Huang said China banned Nvidia's chips.")).toEqual([
      ['nvidia', 'nvidia'],
      ['jensen-huang', 'Jensen Huang'],
      ['nvidia', 'Nvidia'],
    ]);
  });
  it('"bytedance\'s" beside the story counts; alone on a page it needs evidence', () => {
    expect(found("Trump said bytedance's stake in TikTok would shrink.")).toEqual([
      ['donald-trump', 'Trump'],
      ['bytedance', 'bytedance'],
      ['tiktok', 'TikTok'],
    ]);
    expect(found('I posted it on tiktok yesterday.')).toEqual([]);
  });
  it('an ordinary word the pack leaves weak is never read in lower case', () => {
    expect(found('Trump and Xi met; the oracle of the village spoke of the treasury.')).toEqual([
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi'],
    ]);
  });
  it('property: a lower-case name in an address, a handle, a tag or a compound is never highlighted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nvidia', 'tiktok', 'bytedance'),
        fc.constantFrom('www.%.com', '@%', '#%', '%-smi', '%_ml', 'https://%/user', '%.exe'),
        (name, shape) => {
          const base = 'Nvidia, TikTok and ByteDance were named by Trump.';
          expect(found(`${base} See ${shape.replace('%', name)} now.`)).toEqual(found(base));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it('property: writing a coined name in lower case on a page naming it keeps the mention', () => {
    fc.assert(
      fc.property(fc.constantFrom('Nvidia', 'TikTok', 'ByteDance'), fc.boolean(), (name, possessive) => {
        const word = possessive ? `${name}'s` : name;
        const lower = word.toLowerCase();
        const written = (w: string) => `Trump spoke of ${w} plans. Later ${name} replied.`;
        expect(found(written(lower)).map(([entity]) => entity)).toEqual(
          found(written(word)).map(([entity]) => entity),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('both rules together', () => {
  it('property: an unrelated sentence added elsewhere never creates a highlight', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNRELATED),
        fc.constantFrom(
          'Trump and Xi met in Busan.',
          'nvidia CEO Jensen Huang met Bessent.',
          'The deal is coming togetherBessent said on Tuesday.',
          'I posted it on tiktok yesterday.',
        ),
        fc.boolean(),
        (unrelated, text, before) => {
          const joined = before ? `${unrelated} ${text}` : `${text} ${unrelated}`;
          const at = before ? unrelated.length + 1 : 0;
          const shifted = found(text).map(([entity, t]) => [entity, t]);
          expect(found(joined)).toEqual(shifted);
          expect(recognizer.recognize(joined).every((m) => m.start >= at && m.end <= at + text.length)).toBe(
            true,
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
