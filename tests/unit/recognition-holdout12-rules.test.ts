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
