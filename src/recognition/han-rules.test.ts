/**
 * The Chinese rules about names, ministries and page evidence through the whole recognizer with
 * the bundled pack, on sentences written for this test. Expected mentions are literals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { compileRecognizer } from './index';

const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((mention) => [mention.entity, mention.text]);

describe('weak Han aliases need page evidence', () => {
  it('drops a bare transliterated surname on a page with nothing else of the story', () => {
    expect(found('那年夏天，埃里森在农场写完了第一部小说。')).toEqual([]);
    expect(found('万斯说过，这件事极其重要。')).toEqual([]);
  });
  it('keeps it when another entity is named strongly, in either script', () => {
    expect(found('埃里森与贝森特见面。')).toEqual([
      ['larry-ellison', '埃里森'],
      ['scott-bessent', '贝森特'],
    ]);
    expect(found('埃里森谈到了TikTok。')).toEqual([
      ['larry-ellison', '埃里森'],
      ['tiktok', 'TikTok'],
    ]);
  });
  it('keeps it on a page with two story words in Han', () => {
    expect(found('格里尔说，稀土出口管制仍是重点。')).toEqual([['jamieson-greer', '格里尔']]);
  });
  it('keeps 甲骨文 in a sentence about a company, not in one about calligraphy', () => {
    expect(found('甲骨文发布了新的数据库产品，股价上涨。')).toEqual([['oracle', '甲骨文']]);
    expect(found('市甲骨文学会举办甲骨文书法展。')).toEqual([]);
  });
});

describe('bracket glosses', () => {
  it('joins a Han name and the Latin alias in brackets after it, on an ordinary page', () => {
    expect(found('他曾在甲骨文公司（Oracle）工作。')).toEqual([
      ['oracle', '甲骨文公司'],
      ['oracle', 'Oracle'],
    ]);
  });
  it('joins a Latin alias and the Han name in brackets after it', () => {
    expect(found('客户关注的是Oracle（甲骨文）。')).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', '甲骨文'],
    ]);
  });
  it('takes a case name in brackets for the case, not for the person inside it', () => {
    expect(found('在“学习资源公司诉特朗普案”(Learning Resources,Inc. v. Trump)中')).toEqual([
      ['learning-resources-v-trump', '学习资源公司诉特朗普案'],
      ['learning-resources-v-trump', 'Learning Resources,Inc. v. Trump'],
    ]);
  });
});

describe('Han name structure', () => {
  it("reads the entity's own given name in another transliteration as the entity", () => {
    expect(found('唐納德·特朗普宣布新关税。')).toEqual([['donald-trump', '唐納德·特朗普']]);
  });
  it('reads a dotted name glossed with the Latin full name as the entity', () => {
    expect(found('贸易代表詹姆森·格里尔(Jamieson Greer)表示')).toEqual([
      ['jamieson-greer', '贸易代表詹姆森·格里尔'],
      ['jamieson-greer', 'Jamieson Greer'],
    ]);
  });
  it('reads another given name before the surname as another person', () => {
    expect(found('佛瑞德·特朗普是一名机师。')).toEqual([]);
  });
  it('reads 小 before a name as a relative', () => {
    expect(found('特朗普的长子小特朗普发表讲话。')).toEqual([['donald-trump', '特朗普']]);
    expect(found('差距正在缩小，特朗普说。')).toEqual([['donald-trump', '特朗普']]);
  });
  it('does not read the name of a thing or a family as the person', () => {
    expect(found('特朗普币大跌，特朗普家族与特朗普组织回应。')).toEqual([]);
  });
  it('does not read a party of a case name as the person', () => {
    expect(found('特朗普诉某公司案将开庭。')).toEqual([]);
  });
  it('gives a bare surname after another full name to that other person', () => {
    expect(found('小说家拉尔夫·埃里森出生于1913年。埃里森后来在大学任教，谈到TikTok时……')).toEqual([
      ['tiktok', 'TikTok'],
    ]);
  });
  it("gives it back to the entity after the entity's own full name", () => {
    expect(found('拉尔夫·埃里森是小说家。拉里·埃里森创办了甲骨文公司。埃里森说，TikTok交易顺利。')).toEqual([
      ['larry-ellison', '拉里·埃里森'],
      ['oracle', '甲骨文公司'],
      ['larry-ellison', '埃里森'],
      ['tiktok', 'TikTok'],
    ]);
  });
});

describe('whose ministry a ministry name is', () => {
  it('a ministry that opens a minister title written apart is part of the title', () => {
    expect(found('商务部部长钟山会见来宾。')).toEqual([]);
    expect(found('美国商务部部长骆家辉访华。')).toEqual([]);
    expect(found('中国商务部部长王文涛表示')).toEqual([['wang-wentao', '中国商务部部长王文涛']]);
  });
  it('several countries or a generic department are not one ministry', () => {
    expect(found('中美商务部将举行会谈。')).toEqual([]);
    expect(found('双方商务部门应加强沟通。')).toEqual([]);
    expect(found('两国商务部建立了沟通机制。')).toEqual([]);
  });
  it("another country's name before it makes it that country's", () => {
    expect(found('越南商务部宣布新规。')).toEqual([]);
    expect(found('緬甸商務部發布數據。')).toEqual([]);
  });
  it('a bare ministry on a text about a third country is that country’s, else China’s', () => {
    expect(found('商务部表示，越南对日本的出口增长。')).toEqual([]);
    expect(found('商务部表示，中方将坚决反制。')).toEqual([['mofcom', '商务部']]);
    expect(found('商务部新闻发言人主持发布会。')).toEqual([['mofcom', '商务部']]);
  });
  it('distributes a country over a list of bodies', () => {
    expect(found('美國財政部、商務部及貿易代表辦公室官員出席。')).toEqual([
      ['us-treasury', '美國財政部'],
      ['us-commerce-department', '商務部'],
      ['ustr', '貿易代表辦公室'],
    ]);
  });
});
