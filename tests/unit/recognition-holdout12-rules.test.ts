/**
 * The rules about language written after holdout-12 (docs/recognition.md), with the bundled pack:
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

describe('case captions as filings write them', () => {
  it('"et al" after the first party and a party named in full keep the case, not the person', () => {
    expect(
      found(
        'On June 17, the plaintiff-appellees in Learning Resources, Inc., et al v. Donald Trump, et al petitioned the Supreme Court for certiorari on tariffs President Trump imposed.',
      ),
    ).toEqual([
      ['learning-resources-v-trump', 'Learning Resources, Inc., et al v. Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found('The justices heard TikTok Inc., et al. v. Garland in January.')).toEqual([
      ['tiktok-v-garland', 'TikTok Inc., et al. v. Garland'],
    ]);
    expect(found('Learning Resources vs. Trump was argued in November.')).toEqual([
      ['learning-resources-v-trump', 'Learning Resources vs. Trump'],
    ]);
  });
  it('the person outside a caption, and another case, are as before', () => {
    expect(found('Donald Trump v. the world: tariffs and export controls.')).toContainEqual([
      'donald-trump',
      'Donald Trump',
    ]);
    expect(found('Acme Widgets, et al. v. Donald Trump was dismissed.')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
  });
  it('property: however the caption is written, one case mention spans it and no person card is inside', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Learning Resources, Inc.', 'Learning Resources'),
        fc.constantFrom('', ', et al.', ', et al', ' et al.'),
        fc.constantFrom('v.', 'vs.'),
        fc.constantFrom('Trump', 'Donald Trump', 'Donald J. Trump'),
        fc.constantFrom('The court heard ', 'In ', 'Filings in '),
        (first, others, versus, second, lead) => {
          const caption = `${first}${others} ${versus} ${second}`;
          const text = `${lead}${caption}, et al on tariffs.`;
          const mentions = recognizer.recognize(text);
          const at = lead.length;
          const inside = mentions.filter((m) => m.start >= at && m.end <= at + caption.length);
          expect(inside.map((m) => [m.entity, m.text])).toEqual([['learning-resources-v-trump', caption]]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a law’s nickname with its words in quotes', () => {
  it('the “divest-or-ban” law and the "TikTok ban" law name the law', () => {
    expect(
      found(
        'Last year, Congress passed a “divest-or-ban” law requiring TikTok to be removed … unless ByteDance sold or restructured its American operation.',
      ),
    ).toEqual([
      ['pafaca', 'divest-or-ban” law'],
      ['tiktok', 'TikTok'],
      ['bytedance', 'ByteDance'],
    ]);
    expect(found('The so-called "TikTok ban" law forced ByteDance to sell.')).toEqual([
      ['pafaca', 'TikTok ban" law'],
      ['bytedance', 'ByteDance'],
    ]);
  });
  it('quotes around other words, or no head noun after them, name no law', () => {
    expect(found('The “divest-or-ban” debate went on as ByteDance weighed a sale.')).toEqual([
      ['bytedance', 'ByteDance'],
    ]);
    expect(found('He called it a “TikTok ban” in all but name.')).toContainEqual(['tiktok', 'TikTok']);
  });
  it('property: whichever quotation marks surround the nickname, the law is named once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"]),
        fc.constantFrom('divest-or-ban', 'TikTok ban'),
        fc.constantFrom('Congress passed the ', 'Critics of the so-called ', 'Under the '),
        ([open, close], nickname, lead) => {
          const text = `${lead}${open}${nickname}${close} law, ByteDance had to sell.`;
          const laws = recognizer.recognize(text).filter((m) => m.entity === 'pafaca');
          expect(laws.map((m) => m.text.replace(/[”"'’]/, ''))).toEqual([`${nickname} law`]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a function word inside a Title Case run is the word, not a surname', () => {
  const story = 'Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Geneva on tariffs. ';
  const base = [
    ['scott-bessent', 'Scott Bessent'],
    ['he-lifeng', 'Vice Premier He Lifeng'],
    ['geneva', 'Geneva'],
  ];
  it('a song or book title inside a sentence names no one, even on a page naming He Lifeng', () => {
    expect(found(`${story}He Ain’t Heavy, He’s My Brother went to #7 in the US.`)).toEqual(base);
    expect(found(`${story}Readers loved What He Said About Tariffs, a new book.`)).toEqual(base);
  });
  it('the surname inside running text still counts, before a lower-case word, a time word or punctuation', () => {
    expect(found(`${story}The secretary added that He will also join him.`)).toEqual([
      ...base,
      ['he-lifeng', 'He'],
    ]);
    expect(found(`${story}Officials said He’s delegation would arrive.`)).toEqual([
      ...base,
      ['he-lifeng', 'He'],
    ]);
    expect(found(`${story}Bessent met He Tuesday.`)).toEqual([
      ...base,
      ['scott-bessent', 'Bessent'],
      ['he-lifeng', 'He'],
    ]);
    expect(found(`${story}The talks between He and Bessent went well.`)).toContainEqual(['he-lifeng', 'He']);
  });
  it('property: a capitalized word after "He" (or after "He’s") rules the surname out; a lower-case one does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('He', 'He’s', "He's"),
        fc.constantFrom('My', 'Ain’t', 'Said', 'Knows', 'Was', 'will', 'said', 'delegation', 'agreed'),
        fc.constantFrom('Fans loved ', 'The band played ', 'Officials said '),
        (word, next, lead) => {
          const text = `${story}${lead}${word} ${next} the rest.`;
          const at = story.length + lead.length;
          const hit = recognizer.recognize(text).some((m) => m.start === at);
          expect(hit).toBe(next === next.toLowerCase());
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
