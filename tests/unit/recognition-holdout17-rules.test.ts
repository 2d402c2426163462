/**
 * The rules about language written after holdout-17 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('a heading quoted before a cut mark is read as the headline it was', () => {
  it('"TikTok Ban: ByteDance Gets …" names TikTok and ByteDance when the article follows a cut mark', () => {
    expect(
      found(
        'TikTok Ban: ByteDance Gets 15-Day Extension on US Order to Divest App … The Treasury Department said on Friday that the committee granted the extension.',
      ),
    ).toEqual([
      ['tiktok', 'TikTok'],
      ['bytedance', 'ByteDance'],
      ['us-treasury', 'Treasury Department'],
    ]);
    expect(
      found(
        "The Supreme Court Ignored The Law To Void Trump's Tariffs ... As I wrote last weekend, the ruling voiding President Trump’s tariffs is wrong.",
      ),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });
  it('each line’s cut marks bound its own stretches: a heading on any line of many is read as a headline', () => {
    const heading =
      'TikTok Ban: ByteDance Gets Extension on US Order … The Treasury Department said more time was granted.';
    const lines = ['The committee met again on Friday … Officials said the review would go on.', heading];
    // A heading opening its line, and one after a cut mark in the middle of a line.
    const line = (n: number) => (n % 3 === 0 ? heading : n % 3 === 1 ? `${lines[0]} … ${heading}` : lines[0]);
    const text = Array.from({ length: 9 }, (_, n) => line(n)).join('\n');
    const companies = found(text).filter(([entity]) => entity === 'bytedance');
    expect(companies.length).toBe(6);
  });
  it('a cut inside one sentence (a lower-case word after the mark) joins the two parts: a name list stays a name', () => {
    expect(
      found(
        'Trump Hotels and Casino Resorts … operated the casinos of Donald Trump, which filed for bankruptcy in 2004.',
      ),
    ).toEqual([['donald-trump', 'Donald Trump']]);
  });
  it('property: a Title Case heading before " … " or " ... " and a new sentence names the company; before a lower-case word it does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'ByteDance Gets Extension',
          'ByteDance Wins Reprieve',
          'ByteDance Faces New Deadline',
        ),
        fc.constantFrom(' … ', ' ... '),
        fc.boolean(),
        (heading, mark, newSentence) => {
          const rest = newSentence
            ? 'The Treasury Department said the committee granted more time.'
            : 'said on Friday that the committee granted more time.';
          const mentions = found(`TikTok Ban: ${heading} on US Order${mark}${rest}`);
          const company = mentions.some(([entity]) => entity === 'bytedance');
          expect(company).toBe(newSentence);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a possessive is followed by a noun, never by the pronoun', () => {
  it('"Meeting With China’s He, US Says" in a headline is He Lifeng', () => {
    expect(
      found(
        'Yellen Had Candid Five-Hour Meeting With China’s He, US Says\nTreasury Secretary Janet Yellen met Vice Premier He Lifeng in Beijing.',
      ),
    ).toEqual([
      ['he-lifeng', 'He'],
      ['he-lifeng', 'Vice Premier He Lifeng'],
    ]);
  });
  it('the pronoun opening a headline or a sentence stays the pronoun', () => {
    expect(
      found(
        'He Says Talks Went Well In Geneva\nHe Lifeng met Scott Bessent in Geneva. He said the talks went well.',
      ),
    ).toEqual([
      ['geneva', 'Geneva'],
      ['he-lifeng', 'He Lifeng'],
      ['scott-bessent', 'Scott Bessent'],
      ['geneva', 'Geneva'],
    ]);
  });
  it('property: after any possessive in a headline, "He" is the surname; opening it, the pronoun', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('China’s', "China's", 'Beijing’s', "Beijing's"),
        fc.constantFrom('Meets Bessent In Madrid', 'Talks Trade With Bessent', 'Sees Progress On Tariffs'),
        fc.boolean(),
        (possessive, rest, withPossessive) => {
          const headline = withPossessive ? `${possessive} He ${rest}` : `He ${rest}`;
          const mentions = found(`${headline}\nVice Premier He Lifeng met Scott Bessent on Monday.`);
          const bare = mentions.filter(([entity, text]) => entity === 'he-lifeng' && text === 'He');
          expect(bare.length).toBe(withPossessive ? 1 : 0);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a surname between a determiner and a family noun is the family’s name', () => {
  it('"the older Trump son Fred" names no one; the president named in full stays', () => {
    expect(
      found(
        'Mary Trump, who is Donald Trump’s niece and the daughter of the older Trump son Fred, is a psychologist.',
      ),
    ).toEqual([['donald-trump', 'Donald Trump']]);
    expect(found('President Trump spoke on Monday. The Trump family gathered at the club.')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
  });
  it('without the determiner (headline style) or with a possessive, the surname is the person', () => {
    expect(found('President Trump spoke on Monday. Trump son Eric said the tariffs would stay.')).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found("President Trump spoke on Monday. Trump's son Eric said the tariffs would stay.")).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });
  it('property: determiner, describers and family noun in any combination drop the bare surname; a verb after it keeps it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('the', 'a', 'The', 'another', 'this'),
        fc.constantFrom('', 'older ', 'first ', 'eldest '),
        fc.constantFrom('Trump', 'Vance', 'Lutnick'),
        fc.constantFrom('family', 'son', 'children', 'siblings', 'clan', 'daughter'),
        fc.boolean(),
        (determiner, describer, surname, noun, family) => {
          const phrase = family ? `${determiner} ${describer}${surname} ${noun}` : `${surname} said`;
          const text = `President Trump, Vice President Vance and Secretary Lutnick met. Then ${phrase} spoke.`;
          const bare = found(text).filter(([, t]) => t === surname).length;
          expect(bare).toBe(family ? 1 : 2);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
