/**
 * Headings and steps joined to running text (src/recognition/joined-headings.ts), with the bundled
 * pack: hand-written sentences of the kinds tune16 holds and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 40;

describe('a heading joined to running text', () => {
  it('"Installing the NVIDIA Driver" beside "the NVIDIA driver" names the company twice', () => {
    expect(
      found('Chapter 4. Installing the NVIDIA Driver … This chapter shows how to install the NVIDIA driver.'),
    ).toEqual([
      ['nvidia', 'NVIDIA'],
      ['nvidia', 'NVIDIA'],
    ]);
  });
  it('"Open Tiktok Open the app": the step’s verb is no part of the name', () => {
    expect(
      found('How to go live on TikTok … Step 1: Open Tiktok Open the app and tap the plus symbol.'),
    ).toEqual([
      ['tiktok', 'TikTok'],
      ['tiktok', 'Tiktok'],
    ]);
  });
  it('property: an unrelated sentence with a full name and a Title Case word never adds a highlight', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Mary Jones', 'Keith Ellison', 'Judy Greer', 'Tom Smith'),
        fc.constantFrom('Driver', 'Park', 'Arena', 'Open', 'Shield'),
        fc.constantFrom('the next day', 'a week later', 'the following season', 'this morning'),
        (person, word, time) => {
          const base = `Fans at Oracle ${word} ${time} cheered.`;
          expect(found(`${person} said the ${word.toLowerCase()} was new. ${base}`)).toEqual(found(base));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
