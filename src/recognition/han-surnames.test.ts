/**
 * Properties of the structure of transliterated names in Han script: which aliases are bare
 * surnames (han-compile.ts), and what a bare surname needs before it names the entity.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { foldDots, surnamesOf } from './han-compile';
import { caseNameGlosses } from './han-names';
import { compileRecognizer } from './index';

const NUM_RUNS = 150;
const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

/** Characters used to make up transliterations (none of them a story word or a title). */
const SYLLABLES = [...'拉里尔夫埃艾森格贾米特朗普万斯范克罗伯德唐纳玛丽杰梅茵卢尼霍华'];
const part = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 })
  .map((chars) => chars.join(''));
/** Ordinary text around a name: no story word, title, company word or pack alias. */
const FILLER = [...'的是在了和有我这个们到说就也要会对与年月日今天昨认为小说作家写书生于城演员比赛得分'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 10 }).map((chars) => chars.join(''));
const dots = fc.constantFrom('·', '・', '‧', '•');

/** The bundled pack's bare surnames of transliterated names that are not marked strong. */
const WEAK_SURNAMES: ReadonlyArray<[string, string]> = [
  ['larry-ellison', '埃里森'],
  ['larry-ellison', '埃裡森'],
  ['larry-ellison', '艾里森'],
  ['jamieson-greer', '格里尔'],
  ['jamieson-greer', '格里爾'],
  ['jamieson-greer', '葛里爾'],
  ['jd-vance', '万斯'],
  ['jd-vance', '范斯'],
];

describe('surnamesOf', () => {
  it('takes the last part of a dotted name, and a dotless variant of it, for a surname', () => {
    fc.assert(
      fc.property(part, part, part, (given, surname, variant) => {
        fc.pre(!variant.endsWith(surname) && !surname.endsWith(variant));
        const surnames = surnamesOf([`${given}·${surname}`, surname, variant], []);
        expect(surnames.has(surname)).toBe(true);
        expect(surnames.has(variant)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('reads a given name before a known surname, without its dot, as a full name', () => {
    fc.assert(
      fc.property(part, part, (given, surname) => {
        expect(surnamesOf([`${given}·${surname}`, `${given}${surname}`], []).has(`${given}${surname}`)).toBe(
          false,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('finds the dotted form in the translated name too, and no surname in a name with none', () => {
    fc.assert(
      fc.property(part, part, (given, surname) => {
        expect([...surnamesOf([surname], [`JD·${surname}`])]).toEqual([surname]);
        expect([...surnamesOf([`${given}${surname}`, surname], [`${given}${surname}`])]).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('bare surnames of transliterated names', () => {
  it('never name the entity on a page with no evidence of the story', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEAK_SURNAMES), filler, filler, ([, surname], before, after) => {
        expect(found(`${before}${surname}${after}。`)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('never name the entity after another given name and a dot, nor later on that page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEAK_SURNAMES),
        fc.constantFrom('拉尔夫', '杰梅茵', '赛勒斯', '哈兰'),
        dots,
        filler,
        ([, surname], given, dot, between) => {
          expect(found(`${given}${dot}${surname}与特朗普见面。${between}${surname}说。`)).toEqual([
            ['donald-trump', '特朗普'],
          ]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('case names glossed in Latin', () => {
  it('finds the gloss after A诉B案 whatever the quotes and spaces before it', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '”', '」', ' '), filler, (close, before) => {
        const text = `${before}“特朗普诉某公司案${close}(Trump v. Some Co.)`;
        const gloss = text.indexOf('Trump');
        expect(caseNameGlosses(text)).toEqual([{ start: gloss, end: gloss + 'Trump v. Some Co.'.length }]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('takes no person from inside the gloss, and keeps a name outside it', () => {
    expect(found('法院审理“特朗普诉VOS精选案”(Trump v. VOS Selections, Inc.)，Trump出席。')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
    expect(caseNameGlosses('他说(Trump v. X)不是案件。')).toEqual([]);
  });
});

describe('a full stop inside a Han name', () => {
  it('is a name dot between two Han characters, and nothing else changes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'瑪麗川普T.S3５.．﹒ 。', '·'), { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        const folded = foldDots(text);
        expect(folded.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const between =
            /\p{Script=Han}/u.test(text[i - 1] ?? '') && /\p{Script=Han}/u.test(text[i + 1] ?? '');
          const expected = '.．﹒'.includes(text[i] as string) && between ? '·' : text[i];
          expect(folded[i]).toBe(expected);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('makes the surname after another given name someone else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('.', '．', '﹒'),
        fc.constantFrom('佛瑞德', '賴拉', '艾瑞克', '瑪莉'),
        (stop, given) => {
          expect(found(`川普的姪女瑪麗${stop}川普出書。${given}${stop}川普說。`)).toEqual([
            ['donald-trump', '川普'],
          ]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
