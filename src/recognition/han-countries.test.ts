/**
 * Whose ministry a Chinese ministry name is (han-countries.ts) and whose office a title names
 * (han-titles.ts): side words (美方, 加方), pairs of one-character country names (中加, 美日),
 * offices written after a ministry, and a weak name beside the person's own office. Expected
 * mentions are literals; the pack is the bundled one.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { aboutCountry, inCountryPair, sideEndingAt, sideForm, soleCountryOf } from './han-countries';
import { besideOwnOffice, ownOfficesOf } from './han-titles';
import { compileRecognizer } from './index';

const NUM_RUNS = 100;
const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

/** Ordinary text: no story word, country, title, company word or pack alias. */
const FILLER = [...'的是在了和有我这个们到就也要会对年月日今天昨认为团队保持密切沟通工作'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 8 }).map((chars) => chars.join(''));
const CHINA = 0;
const US = 1;

describe('side words', () => {
  it('writes a qualified alias with its country’s side word', () => {
    expect(sideForm('美国商务部')).toBe('美方商务部');
    expect(sideForm('美國財政部')).toBe('美方財政部');
    expect(sideForm('美商务部')).toBe('美方商务部');
    expect(sideForm('中国商务部')).toBe('中方商务部');
    expect(sideForm('商务部')).toBeUndefined();
  });
  it('finds a country’s side word, not 西方, 双方 or a side word inside a longer word', () => {
    expect(sideEndingAt('与加方商务部', 3)).toBe(true);
    expect(sideEndingAt('日方商务部', 2)).toBe(true);
    expect(sideEndingAt('西方商务部', 2)).toBe(false);
    expect(sideEndingAt('双方商务部', 2)).toBe(false);
  });
  it('reads 美方商务部 as the US department and 中方商务部 as China’s ministry', () => {
    expect(found('中方一直与美方商务部团队保持密切沟通。')).toEqual([
      ['us-commerce-department', '美方商务部'],
    ]);
    expect(found('据中方商务部介绍，会谈进展顺利。')).toEqual([['mofcom', '中方商务部']]);
  });
  it('names the US department wherever 美国商务部 would, in any ordinary text around it', () => {
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        const entitiesOf = (text: string) => recognizer.recognize(text).map((m) => m.entity);
        expect(entitiesOf(`${before}美方商务部${after}`)).toEqual(entitiesOf(`${before}美国商务部${after}`));
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('never reads a bare ministry after another country’s side word as the pack’s', () => {
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom('加方', '日方', '英方', '俄方', '欧方', '韩方'),
        filler,
        (a, side, b) => {
          expect(found(`${a}，${side}商务部${b}`)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('pairs of one-character country names', () => {
  it('finds a pair standing as its own word', () => {
    expect(inCountryPair('共同主持了中加经贸联委会', '中')).toBe(true);
    expect(inCountryPair('强化美日同盟', '美')).toBe(true);
    expect(inCountryPair('加中关系回暖', '中')).toBe(true);
  });
  it('does not take a character that ends or starts another word for a pair', () => {
    expect(inCountryPair('其中加入了新成员', '中')).toBe(false);
    expect(inCountryPair('中英文对照版本', '中')).toBe(false);
  });
  it('makes a text about China–Canada talks a text about China for its bare 商务部', () => {
    const text = '商务部新闻发言人表示，代表团访问加拿大，并主持了中加经贸联委会。';
    expect(aboutCountry(text, CHINA)).toBe(true);
    expect(found(text)).toEqual([['mofcom', '商务部']]);
    expect(found('商务部新闻发言人表示，代表团访问加拿大。')).toEqual([]);
  });
});

describe('offices after a ministry name', () => {
  it('reads a ministry before a negotiator’s office as the office, not the ministry', () => {
    expect(found('此前担任商务部国际贸易谈判代表的官员今年59岁。')).toEqual([]);
    expect(found('商务部新闻发言人今天表示。')).toEqual([['mofcom', '商务部']]);
  });
});

describe('a weak name beside the person’s own office', () => {
  const vance = parsed.pack.entities.find((e) => e.id === 'jd-vance') as Entity;
  it('takes the offices from the first clause of the Chinese descriptions', () => {
    expect(ownOfficesOf(vance)).toEqual(['副总统', '副總統']);
    const greer = parsed.pack.entities.find((e) => e.id === 'jamieson-greer') as Entity;
    expect(ownOfficesOf(greer)).toEqual(['贸易代表', '貿易代表']);
  });
  it('finds the office folded into the mention or after a linking verb', () => {
    expect(besideOwnOffice('美國副總統范斯表示', 0, 7, ['副總統'])).toBe(true);
    expect(besideOwnOffice('密友万斯担任副总统', 2, 4, ['副总统'])).toBe(true);
    expect(besideOwnOffice('密友万斯担任教练', 2, 4, ['副总统'])).toBe(false);
  });
  it('keeps a transliterated name that holds its office on a page with nothing else', () => {
    expect(found('他游说父亲选择密友万斯担任副总统')).toEqual([['jd-vance', '万斯']]);
    expect(found('他游说父亲选择密友万斯担任教练')).toEqual([]);
  });
  it('does not let a short, shared title stand for the office', () => {
    expect(found('学会代表格里尔发言。')).toEqual([]);
  });
});

describe('a text about one pack country alone', () => {
  it('finds the country a text names when it gives no sign of the other', () => {
    expect(soleCountryOf('该法向商务部提供拨款，用于在美国建设工厂。')).toBe(US);
    expect(soleCountryOf('白宫今天宣布新规。')).toBe(US);
    expect(soleCountryOf('北京今天宣布新规。')).toBe(CHINA);
    expect(soleCountryOf('今天宣布新规。')).toBeUndefined();
  });
  it('does not count a side word, a pair or a qualifier of the country’s own bodies as naming it', () => {
    expect(soleCountryOf('商务部新闻发言人表示，美方应停止打压。')).toBeUndefined();
    expect(soleCountryOf('商务部部长与来访的美国商务部长会谈。')).toBeUndefined();
    expect(soleCountryOf('美国与中国的贸易。')).toBeUndefined();
    expect(soleCountryOf('在美国建厂，中加经贸联委会同日召开。')).toBeUndefined();
  });
  it('reads a bare 商务部 as the US department on a text about the US alone', () => {
    expect(found('该法的一项条款是向商务部提供拨款，用于吸引企业在美国建设工厂。')).toEqual([
      ['us-commerce-department', '商务部'],
    ]);
    expect(found('向經過商務部審核批准的客戶供貨，對美國而言意義重大。')).toEqual([
      ['us-commerce-department', '商務部'],
    ]);
    expect(found('商务部新闻发言人表示，美方应停止打压。')).toEqual([['mofcom', '商务部']]);
    expect(found('商务部部长钟山与应商务部邀请来访的美国商务部长罗斯会谈。')).toEqual([['mofcom', '商务部']]);
  });
  it('gives the US department to any bare 商务部 beside 美国, and China’s back once China is named', () => {
    fc.assert(
      fc.property(filler, filler, filler, (a, b, c) => {
        const text = `${a}向商务部${b}，在美国${c}。`;
        expect(found(text)).toEqual([['us-commerce-department', '商务部']]);
        expect(found(`${text}中国${a}。`)).toEqual([['mofcom', '商务部']]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
