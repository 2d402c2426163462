import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixturePack, testEntity, testPack } from '../../tests/support/test-pack';
import { compileRecognizer } from './index';
import { KINSHIP_NOUNS } from './kinship';

const recognizer = compileRecognizer(loadFixturePack());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

describe('compileRecognizer — letter case', () => {
  it('never matches lower-case names', () => {
    expect(found('a trump card, an oracle of doom, the treasury of songs, nvidia and tiktok')).toEqual([]);
  });
  it('matches ALL CAPS for organizations and multi-word names, not for a one-word person alias', () => {
    expect(found('NVIDIA and TIKTOK met SCOTT BESSENT')).toEqual([
      ['nvidia', 'NVIDIA'],
      ['tiktok', 'TIKTOK'],
      ['scott-bessent', 'SCOTT BESSENT'],
    ]);
    expect(found('NVIDIA and TIKTOK met BESSENT')).toEqual([
      ['nvidia', 'NVIDIA'],
      ['tiktok', 'TIKTOK'],
    ]);
  });
  it('rejects mixed case that is neither as written nor all caps', () => {
    expect(found('Tiktok and nVidia')).toEqual([]);
  });
  it('honors an explicit exact rule on an organization', () => {
    expect(found('the commerce ministry said; the COMMERCE MINISTRY said')).toEqual([
      ['mofcom', 'commerce ministry'],
    ]);
  });
});

describe('compileRecognizer — word boundaries', () => {
  it('accepts possessives, hyphen suffixes and punctuation', () => {
    expect(found("TikTok's owner, TikTok’s fate, ByteDance-owned, Nvidia, Oracle.")).toEqual([
      ['tiktok', 'TikTok'],
      ['tiktok', 'TikTok'],
      ['bytedance', 'ByteDance'],
      ['nvidia', 'Nvidia'],
      ['oracle', 'Oracle'],
    ]);
  });
  it("does not read Xi'an as Xi, even after Xi Jinping", () => {
    expect(found("Xi Jinping visited Xi'an. Xi’an is old. Xi spoke.")).toEqual([
      ['xi-jinping', 'Xi Jinping'],
      ['xi-jinping', 'Xi'],
    ]);
  });
  it('does not match inside longer words, in any script', () => {
    expect(found('Oracles, TikTokers, ÉMadrid, Madridé')).toEqual([]);
  });
  it('reads a modifier-letter apostrophe (U+02BC) as the straight one and keeps it in the text', () => {
    const recognizer = compileRecognizer(loadFixturePack());
    for (const text of ["' Real U.S. Treasury", "'Real Madrid Scott Bessent", "SCOTT BESSENTReal Madrid '"]) {
      const variant = text.replaceAll("'", '\u02bc');
      const spans = (t: string) => recognizer.recognize(t).map((m) => [m.entity, m.start, m.end]);
      expect(spans(variant), variant).toEqual(spans(text));
    }
    expect(found('Trump\u02bcs tariffs')).toEqual([['donald-trump', 'Trump']]);
  });
  it('matches a Latin name written against Chinese characters (Chinese has no spaces)', () => {
    expect(found('北京Nvidia芯片')).toEqual([['nvidia', 'Nvidia']]);
  });
});

describe('compileRecognizer — overlaps', () => {
  it('prefers the longest alias at the same start', () => {
    expect(found('the TikTok law and the Treasury Department')).toEqual([
      ['pafaca', 'TikTok law'],
      ['us-treasury', 'Treasury Department'],
    ]);
  });
  it('returns sorted, non-overlapping mentions whose text is the slice', () => {
    const text = 'Donald J. Trump, Trump, TikTok ban law and TikTok';
    const mentions = recognizer.recognize(text);
    for (const [i, m] of mentions.entries()) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((mentions[i - 1] as { end: number }).end);
    }
    expect(mentions.map((m) => m.text)).toEqual(['Donald J. Trump', 'Trump', 'TikTok ban law', 'TikTok']);
  });
});

describe('compileRecognizer — titles', () => {
  it('reads "Treasury Secretary Scott Bessent" as one mention', () => {
    expect(found('Treasury Secretary Scott Bessent said')).toEqual([['scott-bessent', 'Scott Bessent']]);
  });
  it('keeps "Treasury" as the department elsewhere', () => {
    expect(found('The Treasury said on Monday')).toEqual([['us-treasury', 'Treasury']]);
  });
  it('reads "Vice Premier He Lifeng" as one mention', () => {
    expect(found('Chinese Vice Premier He Lifeng arrived')).toEqual([['he-lifeng', 'He Lifeng']]);
  });
  it('keeps the company before a corporate title ("Nvidia CEO Jensen Huang")', () => {
    expect(found('Nvidia CEO Jensen Huang said')).toEqual([
      ['nvidia', 'Nvidia'],
      ['jensen-huang', 'Jensen Huang'],
    ]);
  });
  it('drops an office alias that ends in a title before the person', () => {
    expect(found('U.S. Trade Representative Jamieson Greer and the U.S. Trade Representative')).toEqual([
      ['jamieson-greer', 'Jamieson Greer'],
      ['ustr', 'U.S. Trade Representative'],
    ]);
  });
});

describe('compileRecognizer — alias rules', () => {
  it('afterFullName: a surname counts only after the full name', () => {
    expect(found('Huang spoke. Jensen Huang spoke. Huang left.')).toEqual([
      ['jensen-huang', 'Jensen Huang'],
      ['jensen-huang', 'Huang'],
    ]);
  });
  it('never matches a bare "He" when the pack lists none', () => {
    expect(found('He said so. He Lifeng arrived. He left. HE LIFENG')).toEqual([
      ['he-lifeng', 'He Lifeng'],
      ['he-lifeng', 'HE LIFENG'],
    ]);
  });
  it('notFollowedBy: Treasury yields, notes and bonds are not the department', () => {
    expect(
      found('Treasury yields rose; Treasury  notes fell; TREASURY BONDS too. Treasury officials met.'),
    ).toEqual([['us-treasury', 'Treasury']]);
  });
  it('notFollowedBy: "Trump card" is not the president', () => {
    expect(found('His Trump card. Trump cards. Trump spoke.')).toEqual([['donald-trump', 'Trump']]);
  });
  it('notPrecededBy: Real Madrid is not the city', () => {
    expect(found('Real Madrid won; real  Madrid fans; Atlético Madrid lost; talks in Madrid.')).toEqual([
      ['madrid', 'Madrid'],
    ]);
  });
  it('notInSentenceWith: the Silver Lake neighborhood is not the firm', () => {
    expect(found('Silver Lake is a Los Angeles neighborhood. Silver Lake bought a stake.')).toEqual([
      ['silver-lake', 'Silver Lake'],
    ]);
  });
  it('case exact on an acronym: MGX but not Mgx', () => {
    expect(found('Nvidia and TikTok: MGX invested; Mgx did not')).toEqual([
      ['nvidia', 'Nvidia'],
      ['tiktok', 'TikTok'],
      ['mgx', 'MGX'],
    ]);
  });
  it('an organization word inside an office title names the office, holder named or not', () => {
    expect(
      found(
        'Treasury Secretary Steven Mnuchin spoke. The Commerce Secretary also spoke. US Secretary of the Treasury Scott Bessent agreed, as did US Trade Representative Robert Lighthizer.',
      ),
    ).toEqual([['scott-bessent', 'Scott Bessent']]);
  });
  it('an organization word outside a title stays the organization', () => {
    expect(found('A Treasury spokesperson declined to comment on the tariffs for Scott Bessent.')).toEqual([
      ['us-treasury', 'Treasury'],
      ['scott-bessent', 'Scott Bessent'],
    ]);
  });
  it('a relative named in full does not take the surname from the person the page is about', () => {
    expect(found('Donald Trump spoke. His son, Eric Trump, smiled. Trump left.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found('Kai Trump, the granddaughter of the president, played golf. Trump praised her.')).toEqual(
      [],
    );
  });
  it('an ordinal before a bare surname is no title: the last full name keeps it', () => {
    fc.assert(
      fc.property(fc.constantFrom('first', 'second', 'last', 'next'), (ordinal) => {
        const text = `Donald Trump spoke. Mary Trump wrote a book. She is the ${ordinal} Trump to write one.`;
        expect(found(text)).toEqual([['donald-trump', 'Donald Trump']]);
      }),
    );
    expect(found('Mary Trump wrote a book. President Trump read it.')).toEqual([
      ['donald-trump', 'President Trump'],
    ]);
  });
  it("the pack's own person named as someone's relative does not take the surname from the one the page is about", () => {
    expect(
      found('Producer Dana Trump runs the studio. She is the daughter of Donald Trump. Trump said no.'),
    ).toEqual([['donald-trump', 'Donald Trump']]);
    expect(found('Donald Trump spoke. Trump left.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });
  it('whatever the kinship noun, a relative named in full leaves the later bare surname to the first full name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINSHIP_NOUNS),
        fc.constantFrom('Dana', 'Keith', 'Maria', 'Wen'),
        (noun, given) => {
          const text = `Producer ${given} Trump runs the studio, the ${noun} of Donald Trump. Trump said no.`;
          expect(found(text)).toEqual([['donald-trump', 'Donald Trump']]);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('a multi-word name in lower case counts only in text written all in lower case', () => {
    expect(found('Then scott bessent spoke to Reporters.')).toEqual([]);
    expect(found('then scott bessent spoke to reporters')).toEqual([['scott-bessent', 'scott bessent']]);
  });
});

describe('compileRecognizer — ambiguous aliases', () => {
  const pack = testPack([
    testEntity('apple-inc', 'organization', ['Apple Inc.', { text: 'Apple', ambiguous: true }]),
    testEntity('apple-corps', 'organization', ['Apple Corps', { text: 'Apple', ambiguous: true }]),
  ]);
  const apple = compileRecognizer(pack);
  const entities = (text: string) => apple.recognize(text).map((m) => m.entity);

  it('skips a shared alias when nothing in the text settles it', () => {
    expect(entities('Apple said')).toEqual([]);
  });
  it('picks the entity the text names elsewhere by its own alias', () => {
    expect(entities('Apple said. Later, Apple Corps agreed.')).toEqual(['apple-corps', 'apple-corps']);
  });
  it('picks the entity mentioned most recently before', () => {
    expect(entities('Apple Inc. and Apple Corps. Apple said. Apple Inc. then Apple.')).toEqual([
      'apple-inc',
      'apple-corps',
      'apple-corps',
      'apple-inc',
      'apple-inc',
    ]);
  });
  it('settles a shared afterFullName surname by the full name seen', () => {
    expect(found('Zhang Jun spoke and Zhang left.')).toEqual([
      ['zhang-jun', 'Zhang Jun'],
      ['zhang-jun', 'Zhang'],
    ]);
    expect(found('Zhang left.')).toEqual([]);
  });
});

describe('compileRecognizer — edge cases', () => {
  it('handles empty text and an empty pack', () => {
    expect(recognizer.recognize('')).toEqual([]);
    expect(compileRecognizer(testPack([])).recognize('Nvidia')).toEqual([]);
  });
  it('matches across a run of spaces but not across a block separator', () => {
    // The second "Bessent" is the afterFullName surname, not "Scott\nBessent".
    expect(found('Scott  Bessent\nScott\nBessent')).toEqual([
      ['scott-bessent', 'Scott  Bessent'],
      ['scott-bessent', 'Bessent'],
    ]);
  });
});

describe('compileRecognizer — white space with line breaks', () => {
  it('joins a name split by a source newline with indentation', () => {
    expect(found('said President\n        Trump. Donald\r\n  Trump left.')).toEqual([
      ['donald-trump', 'President\n        Trump'],
      ['donald-trump', 'Donald\r\n  Trump'],
    ]);
  });
  it('does not join across a lone line break (block separator, <br>) or a blank line', () => {
    // "said" shows the bare surname is a person (bare-surnames.ts).
    expect(found('Donald\nTrump said')).toEqual([['donald-trump', 'Trump']]);
    expect(found('Scott\n\n   Bessent')).toEqual([]);
    expect(found('Donald \nTrump said')).toEqual([['donald-trump', 'Trump']]);
  });
});

describe('compileRecognizer — same-entity overlaps', () => {
  const pack = testPack([
    testEntity('he-lifeng', 'person', ['He Lifeng', { text: 'Vice Premier He', case: 'exact' }]),
    testEntity('other', 'person', ['Lifeng Wu']),
  ]);
  const r = compileRecognizer(pack);
  it('extends a mention by a later overlapping alias of the same entity', () => {
    expect(r.recognize('Vice Premier He Lifeng spoke').map((m) => m.text)).toEqual([
      'Vice Premier He Lifeng',
    ]);
    expect(r.recognize('Vice Premier He said').map((m) => m.text)).toEqual(['Vice Premier He']);
  });
  it('does not extend into another entity', () => {
    expect(r.recognize('Vice Premier He Lifeng Wu').map((m) => [m.entity, m.text])).toEqual([
      ['he-lifeng', 'Vice Premier He Lifeng'],
    ]);
  });
});

describe('compileRecognizer — scale', () => {
  it('finds every one of thousands of sentence-rule mentions in unpunctuated text', () => {
    const text = 'Silver Lake and Oracle, '.repeat(20_000);
    const mentions = recognizer.recognize(text);
    expect(mentions).toHaveLength(40_000);
    expect(mentions.at(-1)).toMatchObject({ start: text.length - 8, end: text.length - 2, text: 'Oracle' });
    // How long this takes is measured by `npm run bench -- --only recognition` (1 MB and 10 MB texts).
  });
});
