/**
 * Confirming words (confirming-words.ts): an entity's own words on the page are evidence for its
 * weak aliases and for nothing else. Literal cases on the bundled pack (the Treasury's OFAC,
 * USTR's Section 301, the Commerce Department's Bureau of Industry and Security, with the rules
 * about another government, a security and a longer name coming first), the pattern's letter
 * case and word edges, and properties comparing the bundled pack with and without the field.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { confirmingPattern } from './confirming-words';
import { compileRecognizer, type Mention } from './index';

function bundledPack(): Pack {
  const result = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('bundled pack invalid');
  return result.pack;
}

const pack = bundledPack();
/** The bundled pack with only `keep`'s confirming words (none when undefined). */
function withWordsOf(keep: string | undefined): Pack {
  return {
    ...pack,
    entities: pack.entities.map(({ confirmedBy, ...entity }) =>
      entity.id === keep && confirmedBy !== undefined ? { ...entity, confirmedBy } : entity,
    ),
  };
}
const full = compileRecognizer(pack);
const none = compileRecognizer(withWordsOf(undefined));
const found = (text: string) => full.recognize(text).map((m) => [m.entity, m.text]);

describe('confirmingPattern', () => {
  const matches = (words: string[], text: string) => confirmingPattern(words)?.exec(text)?.[0];
  it('matches as written, letter case included, any white space and dash', () => {
    expect(matches(['OFAC'], 'said OFAC.')).toBe('OFAC');
    expect(matches(['OFAC'], 'said ofac.')).toBeUndefined();
    expect(matches(['Section 301'], 'a Section\n301 probe')).toBe('Section\n301');
    expect(matches(['Section 301'], 'a section 301 probe')).toBeUndefined();
    expect(matches(['Co-Chair Office'], 'the Co\u2011Chair Office')).toBe('Co\u2011Chair Office');
  });
  it('never matches inside a longer word or number', () => {
    expect(matches(['OFAC'], 'OFACs and NOFAC')).toBeUndefined();
    expect(matches(['Section 301'], 'Section 3011 and Section 301(b)')).toBe('Section 301');
  });
  it('matches a Han word beside other Han characters, and nothing for an empty list', () => {
    expect(matches(['海外资产控制办公室'], '美国财政部海外资产控制办公室宣布')).toBe('海外资产控制办公室');
    expect(confirmingPattern([' ', ''])).toBeUndefined();
  });
});

describe('confirming words on the bundled pack', () => {
  it("keep an entity's weak alias on a page without the story", () => {
    const text = 'OFAC also designated ten companies. Treasury stated that the farms help Russia.';
    expect(found(text)).toEqual([['us-treasury', 'Treasury']]);
    expect(found(text.replace('OFAC', 'The office'))).toEqual([]);
    expect(found('USTR opened a Section 301 probe; USTR will hold a hearing.')).toEqual([
      ['ustr', 'USTR'],
      ['ustr', 'USTR'],
    ]);
    expect(found('Commerce said the Bureau of Industry and Security would issue licenses.')).toEqual([
      ['us-commerce-department', 'Commerce'],
    ]);
    // The IRS, a bureau of the Treasury, on a tax page naming no other pack entity.
    expect(found('The IRS and the Treasury issued new guidance on the tax credit on Friday.')).toEqual([
      ['us-treasury', 'Treasury'],
    ]);
    expect(found('The Internal Revenue Service said the Treasury would publish the rules.')).toEqual([
      ['us-treasury', 'Treasury'],
    ]);
    // Oracle's stock ticker, on a finance page naming no other pack entity.
    expect(found('Oracle (NYSE: ORCL) reported quarterly revenue of $14 billion.')).toEqual([
      ['oracle', 'Oracle'],
    ]);
    // Without the ticker (and without the company speaking: company-speaker.ts), nothing.
    expect(found('Revenue at Oracle rose to $14 billion in the quarter.')).toEqual([]);
  });
  it('keep nothing the rules about another government, a security or a longer name dropped', () => {
    expect(found("HM Treasury's OFSI works with OFAC. The Treasury said guidance would follow.")).toEqual([]);
    expect(found('Treasury yields rose as OFAC designated three shipping firms.')).toEqual([]);
    expect(
      found("India's Commerce Ministry studied the Section 301 probe. Commerce officials met exporters."),
    ).toEqual([]);
    expect(found("The Treasury Board of Canada said it would follow OFAC's designations.")).toEqual([]);
    expect(found('The Oracle of Delphi spoke in riddles. Traders sold ORCL.')).toEqual([]);
    expect(
      found('He joined the Indian Revenue Service (IRS) in 1998 and later headed the state Treasury.'),
    ).toEqual([]);
  });
  it('confirm nothing in another letter case, and nothing for another entity', () => {
    expect(found('ofac rules: Treasury stated nothing.')).toEqual([]);
    expect(found("Oracle's 23c has new features. Its shop follows OFAC rules.")).toEqual([]);
  });
});

/** Weak aliases of several entities, the confirming words of the bundled pack, and filler. */
const WORDS = [
  'Treasury',
  'Commerce',
  'USTR',
  'Oracle',
  'Madrid',
  'Greer',
  'Geneva',
  'Silver Lake',
  'Ministry of Commerce',
  'Department of Commerce',
  'OFAC',
  'Office of Foreign Assets Control',
  'FinCEN',
  'Section 301',
  'Special 301',
  'Bureau of Industry and Security',
  'Export Administration Regulations',
  'ORCL',
  'IRS',
  'Internal Revenue Service',
  'HM',
  "India's",
  'yields',
  'said',
  'the',
  'on Monday',
  'Board',
];
const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '. ', '\n')), { maxLength: 24 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));
const key = (m: Mention) => `${m.start}:${m.end}:${m.entity}`;
const CONFIRMED = pack.entities.filter((e) => e.confirmedBy !== undefined).map((e) => e.id);

describe('confirming words, properties', () => {
  it('the bundled pack gives confirming words to Oracle, the Treasury, USTR and the Commerce Department', () => {
    expect(CONFIRMED).toEqual(['oracle', 'us-treasury', 'ustr', 'us-commerce-department']);
  });
  it('removing every confirming word never adds a highlight', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const kept = new Set(full.recognize(text).map(key));
        for (const mention of none.recognize(text)) expect(kept.has(key(mention))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('a confirming word of one entity never creates a highlight for another', () => {
    for (const id of CONFIRMED) {
      const one = compileRecognizer(withWordsOf(id));
      fc.assert(
        fc.property(textArb, (text) => {
          const before = new Set(none.recognize(text).map(key));
          for (const mention of one.recognize(text))
            if (!before.has(key(mention))) expect(mention.entity).toBe(id);
        }),
        { numRuns: 150 },
      );
    }
  });
});
