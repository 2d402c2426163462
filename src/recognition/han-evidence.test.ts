/**
 * Page evidence for weak Han aliases (han-evidence.ts) and the word test for two-character names
 * (han-segments.ts), with the bundled pack. Expected mentions are literals.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { standsAsWord } from './han-segments';
import { compileRecognizer } from './index';

const NUM_RUNS = 100;
const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

/** Ordinary text: no story word, company word, title or pack alias. */
const FILLER = [...'的是在了和有我这个们到就也要会对年月日今天昨认为写小说朋友读者'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 8 }).map((chars) => chars.join(''));

describe('a weak alias confirmed by its own context is evidence for related entities', () => {
  it('keeps 埃里森 beside 甲骨文 in a sentence about its shares', () => {
    expect(found('甲骨文股价一日急飈36%，埃里森帳面身家急增。')).toEqual([
      ['oracle', '甲骨文'],
      ['larry-ellison', '埃里森'],
    ]);
  });
  it('gives no evidence from 甲骨文 the script', () => {
    expect(found('甲骨文书法展上，埃里森的小说被朗读。')).toEqual([]);
  });
  it('gives no evidence to an entity the pack does not relate to the confirmed one', () => {
    fc.assert(
      fc.property(filler, filler, (a, b) => {
        expect(found(`甲骨文股价上涨。${a}格里尔${b}`)).toEqual([['oracle', '甲骨文']]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('two-character names as words', () => {
  it('takes a name on segment boundaries', () => {
    expect(standsAsWord('他说川普也来了', 2, 4)).toBe(true);
  });
  it('takes a name the segmenter split, with one character glued to a neighbor', () => {
    // 此|前川|普|也: 前川 is a Japanese surname to the segmenter.
    expect(standsAsWord('此前川普也放出狠话', 2, 4)).toBe(true);
    expect(found('此前川普也放出狠话。')).toEqual([['donald-trump', '川普']]);
  });
  it('rejects a name whose two characters belong to other words', () => {
    expect(standsAsWord('他说四川普通话', 3, 5)).toBe(false);
    expect(found('他说四川普通话很好听。')).toEqual([]);
  });
});
