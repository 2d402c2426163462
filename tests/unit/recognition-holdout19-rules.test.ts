/**
 * The rules about language written after holdout-19 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

/** Story evidence after the sentence under test, so that weak aliases are not dropped for want of it. */
const STORY = ' Bessent met He Lifeng in Geneva on tariffs, export controls and TikTok.';
const STORY_MENTIONS = [
  ['scott-bessent', 'Bessent'],
  ['he-lifeng', 'He Lifeng'],
  ['geneva', 'Geneva'],
  ['tiktok', 'TikTok'],
];
/** The mentions of `sentence` + STORY that fall in the sentence. */
const inSentence = (sentence: string) =>
  recognizer
    .recognize(sentence + STORY)
    .filter((m) => m.start < sentence.length)
    .map((m) => [m.entity, m.text]);

describe('a party of a case caption names the case, not the party', () => {
  it('"Trump v. V.O.S. Selections" and "Smith v. Trump" hold no card for Trump', () => {
    expect(
      found(
        'The Supreme Court heard Learning Resources, Inc. v. Trump (consolidated with Trump v. V.O.S. Selections) on November 5.',
      ),
    ).toEqual([['learning-resources-v-trump', 'Learning Resources, Inc. v. Trump']]);
    expect(found('The ruling in Trump v. United States expanded immunity.')).toEqual([]);
    expect(found('A judge dismissed Smith v. Trump on Friday.')).toEqual([]);
    expect(found('The court in V.O.S. Selections, Inc. v. Trump ruled against the tariffs.')).toEqual([]);
  });
  it('"vs." between the parties themselves, "v." before a lower-case word and an initial "V." keep the name', () => {
    expect(inSentence('Trump vs. Harris was the debate of the year.')).toEqual([['donald-trump', 'Trump']]);
    expect(inSentence('It was Trump v. the world on tariffs.')).toEqual([['donald-trump', 'Trump']]);
    expect(inSentence('Oracle v. Google reached the Supreme Court.')).toEqual([]);
    expect(inSentence('Oracle shares rose after the ruling.')).toEqual([['oracle', 'Oracle']]);
  });
  it('property: a pack name on either side of "v." and another capitalized party is no card', () => {
    const names: readonly [string, string][] = [
      ['Trump', 'donald-trump'],
      ['Oracle', 'oracle'],
      ['Nvidia', 'nvidia'],
      ['Bessent', 'scott-bessent'],
      ['Lutnick', 'howard-lutnick'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('United States', 'Google', 'CASA', 'V.O.S. Selections', 'Smith', 'Acme Corp.'),
        fc.boolean(),
        ([name], other, first) => {
          const caption = first ? `${name} v. ${other}` : `${other} v. ${name}`;
          expect(inSentence(`The court heard ${caption} on Monday.`)).toEqual([]);
          // The same sentence with the parties joined by "and" keeps the name.
          expect(
            inSentence(`The court heard ${name} and ${other} on Monday.`).map(([, text]) => text),
          ).toContain(name);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a body’s head noun after a dotted initialism heads the body’s longer name', () => {
  it('"The U.S. Chamber of Commerce" is no Commerce Department, on a story page too', () => {
    expect(inSentence('The U.S. Chamber of Commerce appreciates the opportunity to comment.')).toEqual([]);
    expect(inSentence('A letter from the U.S. Chamber of Commerce urged delay.')).toEqual([]);
  });
  it('the Department itself, its Secretary and a sentence ending in "U.S." before another word keep theirs', () => {
    expect(inSentence('The U.S. Department of Commerce added firms.')).toEqual([
      ['us-commerce-department', 'U.S. Department of Commerce'],
    ]);
    expect(inSentence('Sales rose in the U.S. Shares of Nvidia fell.')).toEqual([['nvidia', 'Nvidia']]);
    expect(found(`The U.S. Chamber of Commerce said it.${STORY}`).slice(-STORY_MENTIONS.length)).toEqual(
      STORY_MENTIONS,
    );
  });
  it('property: an initialism, a body head, "of" and a weak organization word make another body', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('U.S.', 'U.K.', 'E.U.', 'U.A.E.'),
        fc.constantFrom('Chamber', 'Council', 'Institute', 'Bank', 'Board', 'Museum'),
        fc.constantFrom('Commerce', 'Treasury'),
        fc.constantFrom('the ', 'The ', 'a letter from the '),
        (initialism, head, word, opening) => {
          const sentence = `${opening}${initialism} ${head} of ${word} said so.`;
          expect(inSentence(sentence[0]?.toUpperCase() + sentence.slice(1))).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
