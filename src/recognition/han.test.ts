/**
 * Chinese aliases through the whole recognizer with the bundled pack, on sentences written for
 * this test. Expected mentions are literals.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { compileRecognizer } from './index';

const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((mention) => [mention.entity, mention.text]);

describe('Han aliases: found by character sequence', () => {
  it('finds names inside running Chinese text, in both scripts', () => {
    expect(found('昨日贝森特与何立峰通话，貝森特稱談判順利')).toEqual([
      ['scott-bessent', '贝森特'],
      ['he-lifeng', '何立峰'],
      ['scott-bessent', '貝森特'],
    ]);
  });
  it('finds Latin names written against Chinese characters', () => {
    expect(found('平台TikTok宣布，母公司字节跳动（ByteDance）同意')).toEqual([
      ['tiktok', 'TikTok'],
      ['bytedance', '字节跳动'],
      ['bytedance', 'ByteDance'],
    ]);
  });
  it('joins touching mentions of one entity', () => {
    expect(found('抖音海外版TikTok与晶片商Nvidia輝達')).toEqual([
      ['tiktok', '抖音海外版TikTok'],
      ['nvidia', 'Nvidia輝達'],
    ]);
  });
});

describe('Han aliases: short and common characters need more than themselves', () => {
  it.each([
    '何时何地见面尚未公布。',
    '王说他会来，李也说会来。',
    '黄先生和周女士、张老师一起吃饭。',
    '四川人说普通话，简称川普。',
    '他说一口四川普通话。',
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('keeps a two-character alias that stands as its own word', () => {
    expect(found('川普称将访问北京')).toEqual([['donald-trump', '川普']]);
  });
});

describe('Han aliases: traps stay traps', () => {
  it.each([
    '殷墟出土的甲骨文是商代的文字。',
    '球迷在皇家马德里与马德里竞技的比赛前聚集。',
    '日内瓦公约保护战俘。',
    '美国商务部长罗斯抵达。',
    '伊万卡·特朗普和梅拉尼娅・特朗普出席。',
    '小唐纳德·特朗普发表讲话。',
    '大卫·埃里森完成了对派拉蒙的收购。',
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('reads bare 商务部 as China’s ministry, and 美国商务部 as the US department', () => {
    expect(found('商务部表示将回应。美国商务部则拒绝置评。美商务部随后发表声明。')).toEqual([
      ['mofcom', '商务部'],
      ['us-commerce-department', '美国商务部'],
      ['us-commerce-department', '美商务部'],
    ]);
  });
  it('reads a later bare 商務部 as the US department when the text named it', () => {
    expect(found('美國商務部批出許可。三星期後，商務部仍未回應。')).toEqual([
      ['us-commerce-department', '美國商務部'],
      ['us-commerce-department', '商務部'],
    ]);
  });
});

describe('Han aliases: places count in story coverage only', () => {
  it('gives no card for the city in a text about a treaty or a football club', () => {
    expect(found('日内瓦公约是在瑞士日内瓦市制定的条约。皇家马德里在马德里主场获胜。')).toEqual([]);
  });
  it('names the city when the text names the talks’ people', () => {
    expect(found('贝森特与何立峰在日内瓦会谈。')).toEqual([
      ['scott-bessent', '贝森特'],
      ['he-lifeng', '何立峰'],
      ['geneva', '日内瓦'],
    ]);
  });
});

describe('Han aliases: titles and transliterated names', () => {
  it('makes a government title and the person one mention', () => {
    expect(found('国务院副总理何立峰与美国财政部长贝森特会谈')).toEqual([
      ['he-lifeng', '国务院副总理何立峰'],
      ['scott-bessent', '美国财政部长贝森特'],
    ]);
  });
  it('folds a long Chinese title with its ministry into the person', () => {
    expect(found('中国商务部国际贸易谈判代表兼副部长李成钢说')).toEqual([
      ['li-chenggang', '中国商务部国际贸易谈判代表兼副部长李成钢'],
    ]);
  });
  it('keeps the company before a corporate title', () => {
    expect(found('英伟达首席执行官黄仁勋访问北京')).toEqual([
      ['nvidia', '英伟达'],
      ['jensen-huang', '黄仁勋'],
    ]);
  });
  it.each(['唐纳德·特朗普', '唐纳德・特朗普', '唐纳德‧特朗普', '唐纳德•特朗普', '唐纳德特朗普'])(
    'reads %s as one mention of Trump',
    (name) => {
      expect(found(`${name}表示`)).toEqual([['donald-trump', name]]);
    },
  );
});

describe('Han aliases: one sense per page', () => {
  const NUM_RUNS = 100;
  const FILLER = [...'的是在了和有这个们到就也要对年月日今天昨认为大家都不陌生'];
  const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 8 }).map((chars) => chars.join(''));

  it('reads 川普 on a Sichuan-dialect page as the dialect, even in a sentence without 四川', () => {
    expect(found('四川話,本地人哈哈哈\n\n川普,想必大家都不陌生。')).toEqual([]);
    expect(found('大家好,我就是川普代言人\n外省人基本能听懂四川话。')).toEqual([]);
  });
  it('keeps 川普 on such a page when the page names the story', () => {
    expect(found('川普与习近平会晤。四川的游客很多。')).toEqual([
      ['donald-trump', '川普'],
      ['xi-jinping', '习近平'],
    ]);
  });
  it('makes 川普 need page evidence wherever a dialect word stands on the page', () => {
    fc.assert(
      fc.property(filler, filler, fc.constantFrom('四川', '普通话', '方言'), (a, b, word) => {
        expect(found(`${a}。川普表示，${b}。`)).toEqual([['donald-trump', '川普']]);
        expect(found(`${a}。川普表示，${b}。${word}${a}。`)).toEqual([]);
        expect(found(`${a}。川普表示，${b}。${word}。习近平`)).toEqual([
          ['donald-trump', '川普'],
          ['xi-jinping', '习近平'],
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('Han aliases: given names of full names written without a dot', () => {
  it('reads 唐納·川普 as the president beside his wife’s and son’s names', () => {
    expect(found('是美國總統唐納·川普的第三任妻子梅蘭妮亞·川普唯一所生的子女')).toEqual([
      ['donald-trump', '美國總統唐納·川普'],
    ]);
    expect(found('巴倫·威廉·川普是唐納·川普的兒子')).toEqual([['donald-trump', '唐納·川普']]);
  });
});
