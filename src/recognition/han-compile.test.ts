/**
 * Compiling a pack's Han-script aliases (han-compile.ts) on small packs written for this test:
 * which aliases are matched, under which forms, and with which rules. Expected entries are literals.
 */
import { describe, expect, it } from 'vitest';
import { testEntity, testPack } from '../../tests/support/test-pack';
import type { Entity } from '../knowledge/schema';
import { compileEntries, foldDots, isSpacelessAlias, surnamesOf } from './han-compile';
import type { HanEntry } from './han-sweep';

/** An entry with every flag off, for the literal expectations below to override. */
const PLAIN: HanEntry = {
  entity: 0,
  afterFullName: false,
  ambiguous: false,
  notFollowedBy: [],
  notPrecededBy: [],
  notInSentenceWith: [],
  dotted: false,
  short: false,
  latinStart: false,
  latinEnd: false,
  person: false,
  surname: false,
  ministry: false,
  qualified: false,
  country: -1,
  soleCountry: false,
  weak: false,
};

const trump: Entity = {
  ...testEntity('trump', 'person', ['Donald Trump', ' 唐纳德·特朗普 ', '特朗普', '唐納川普', '川普']),
};
const vance: Entity = {
  ...testEntity('vance', 'person', ['JD Vance', '万斯', 'JD万斯']),
  translations: {
    'zh-Hans': { name: ' JD‧万斯 ', description: '美国副总统。' },
    'zh-Hant': { description: '美國副總統。' },
  },
};
const commerce = testEntity('commerce', 'organization', ['Commerce Department', '美国商务部', '商务部']);
const mofcom = testEntity('mofcom', 'organization', ['中國商務部', '中国商务部', 'MOFCOM']);
const oracle = testEntity('oracle', 'organization', [
  'Oracle',
  { text: '甲骨文', strength: 'weak', notFollowedBy: ['・文字'], notPrecededBy: ['殷商'] },
  { text: '甲骨文公司', ambiguous: true, notInSentenceWith: ['商朝', '龟甲‧兽骨'] },
]);
const beijing = testEntity('beijing', 'place', ['Beijing', '北京', '北京市', '京']);
const he = testEntity('he', 'person', [
  'He Lifeng',
  '何立峰',
  { text: '何副总理', afterFullName: true },
  { text: '何立峰副总理', strength: 'strong', afterFullName: true },
]);

/**
 * Compiled inside each test, not when the file loads: a mutant that breaks compiling then fails
 * a test, where an error while loading the file would fail none (and Stryker would count it survived).
 */
const compileAll = () => compileEntries(testPack([trump, vance, commerce, mofcom, oracle, beijing, he]));
const entries = (pattern: string) => compileAll().byPattern.get(pattern);

describe('isSpacelessAlias', () => {
  it('is true for an alias with any Han, Hiragana or Katakana character', () => {
    for (const alias of ['特朗普', 'JD万斯', 'トランプ', 'とらんぷ', 'TikTok中国']) {
      expect(isSpacelessAlias(alias), alias).toBe(true);
    }
    for (const alias of ['Trump', '트럼프', 'Трамп', '']) expect(isSpacelessAlias(alias), alias).toBe(false);
  });
});

describe('foldDots', () => {
  it('writes every middle-dot variant as ·, keeping positions', () => {
    expect(foldDots('唐纳德・特朗普')).toBe('唐纳德·特朗普');
    expect(foldDots('唐纳德‧特朗普 唐纳德•特朗普 唐纳德∙特朗普 唐纳德･特朗普')).toBe(
      '唐纳德·特朗普 唐纳德·特朗普 唐纳德·特朗普 唐纳德·特朗普',
    );
  });
  it('folds a dot variant standing alone (a list bullet)', () => {
    expect(foldDots('・')).toBe('·');
  });
  it('writes a full stop between two Han characters as ·, and no other full stop', () => {
    expect(foldDots('瑪麗.川普說。瑪麗．川普')).toBe('瑪麗·川普說。瑪麗·川普');
    expect(foldDots('瑪麗﹒川普')).toBe('瑪麗·川普');
    expect(foldDots('U.S.商务部. 3.5%的关税。JD.万斯')).toBe('U.S.商务部. 3.5%的关税。JD.万斯');
    expect(foldDots('川普.')).toBe('川普.');
  });
  it('gives the same text back when there is nothing to fold', () => {
    expect(foldDots('特朗普说，关税将于4月生效。')).toBe('特朗普说，关税将于4月生效。');
  });
});

describe('compileEntries', () => {
  it('matches a dotted name with and without its dot', () => {
    const full = { ...PLAIN, person: true, dotted: true };
    expect(entries('唐纳德·特朗普')).toEqual([full]);
    expect(entries('唐纳德特朗普')).toEqual([full]);
  });
  it('takes dotless aliases of a dotted name as bare surnames, weak, unless a given name stands before one', () => {
    expect(entries('特朗普')).toEqual([{ ...PLAIN, person: true, surname: true, weak: true }]);
    expect(entries('川普')).toEqual([{ ...PLAIN, person: true, surname: true, short: true, weak: true }]);
    expect(entries('唐納川普')).toEqual([{ ...PLAIN, person: true }]);
  });
  it('reads the dotted form of a translated name, dots folded', () => {
    expect(entries('万斯')).toEqual([
      { ...PLAIN, entity: 1, person: true, surname: true, short: true, weak: true },
    ]);
    expect(entries('JD万斯')).toEqual([{ ...PLAIN, entity: 1, person: true, latinStart: true }]);
  });
  it('reads a ministry, its country and the country of its qualified form', () => {
    const ministry = { ...PLAIN, entity: 2, ministry: true };
    expect(entries('美国商务部')).toEqual([{ ...ministry, qualified: true }]);
    expect(entries('美方商务部')).toEqual([{ ...ministry, qualified: true }]);
    // Also read as China's ministry (its qualified alias 中国商务部) on a text about China alone.
    expect(entries('商务部')).toEqual([
      { ...ministry, country: 1 },
      { ...ministry, entity: 3, country: 0, soleCountry: true },
    ]);
    const china = { ...PLAIN, entity: 3, ministry: true, qualified: true };
    expect(entries('中國商務部')).toEqual([china]);
    expect(entries('中国商务部')).toEqual([china]);
    expect(entries('中方商務部')).toEqual([china]);
    expect(entries('中方商务部')).toEqual([china]);
  });
  it('keeps the pack’s rules and strength, dots folded in the rules', () => {
    expect(entries('甲骨文')).toEqual([
      { ...PLAIN, entity: 4, notFollowedBy: ['·文字'], notPrecededBy: ['殷商'], weak: true },
    ]);
    expect(entries('甲骨文公司')).toEqual([
      { ...PLAIN, entity: 4, ambiguous: true, notInSentenceWith: ['商朝', '龟甲·兽骨'] },
    ]);
  });
  it('makes places, two-character names and afterFullName aliases weak unless the pack says strong', () => {
    expect(entries('北京')).toEqual([{ ...PLAIN, entity: 5, short: true, weak: true }]);
    expect(entries('北京市')).toEqual([{ ...PLAIN, entity: 5, weak: true }]);
    expect(entries('何立峰')).toEqual([{ ...PLAIN, entity: 6, person: true }]);
    expect(entries('何副总理')).toEqual([
      { ...PLAIN, entity: 6, person: true, afterFullName: true, weak: true },
    ]);
    expect(entries('何立峰副总理')).toEqual([{ ...PLAIN, entity: 6, person: true, afterFullName: true }]);
  });
  it('leaves out Latin aliases and single characters', () => {
    expect(entries('Oracle')).toBeUndefined();
    expect(entries('MOFCOM')).toBeUndefined();
    expect([...compileAll().byPattern.keys()]).toEqual([
      '唐纳德·特朗普',
      '唐纳德特朗普',
      '特朗普',
      '唐納川普',
      '川普',
      '万斯',
      'JD万斯',
      '美国商务部',
      '美方商务部',
      '商务部',
      '中國商務部',
      '中方商務部',
      '中国商务部',
      '中方商务部',
      '甲骨文',
      '甲骨文公司',
      '北京',
      '北京市',
      '何立峰',
      '何副总理',
      '何立峰副总理',
    ]);
  });
  it('keeps each entity’s given names and its Latin aliases folded as glosses', () => {
    const compiled = compileAll();
    // 唐納 of the undotted full name 唐納川普, JD of the translated name JD‧万斯.
    expect(compiled.givenNames).toEqual([['唐纳德', '唐納'], ['JD'], [], [], [], [], []]);
    expect(compiled.glosses.map((set) => [...set])).toEqual([
      ['donaldtrump'],
      ['jdvance'],
      ['commercedepartment'],
      ['mofcom'],
      ['oracle'],
      ['beijing'],
      ['helifeng'],
    ]);
  });
  it('lists the country-qualified organization aliases by country prefix, longest rest first', () => {
    expect(compileAll().distributions).toEqual(
      new Map([
        ['美国', [{ rest: '商务部', entity: 2 }]],
        ['中國', [{ rest: '商務部', entity: 3 }]],
        ['中国', [{ rest: '商务部', entity: 3 }]],
      ]),
    );
    const treasury = testEntity('treasury', 'organization', ['美國財政部', '美國財政']);
    const ustr = testEntity('ustr', 'organization', ['美國貿易代表辦公室']);
    expect(compileEntries(testPack([treasury, ustr])).distributions).toEqual(
      new Map([
        [
          '美國',
          [
            { rest: '貿易代表辦公室', entity: 1 },
            { rest: '財政部', entity: 0 },
            { rest: '財政', entity: 0 },
          ],
        ],
      ]),
    );
  });
  it('gives a person’s name that starts like a country no side form and no distribution', () => {
    const person = testEntity('meiguo', 'person', ['美国队长']);
    const { distributions, byPattern } = compileEntries(testPack([person]));
    expect(distributions).toEqual(new Map());
    expect([...byPattern.keys()]).toEqual(['美国队长']);
  });

  /** The byPattern entries of a pack of one entity. */
  const alone = (entity: Entity) => compileEntries(testPack([entity])).byPattern;

  it('makes any two-character alias weak, and takes a ministry word only from an organization', () => {
    expect(alone(testEntity('douyin', 'organization', ['Douyin', '抖音'])).get('抖音')).toEqual([
      { ...PLAIN, short: true, weak: true },
    ]);
    expect(alone(testEntity('midwest', 'place', ['Midwest', '美国中西部'])).get('美国中西部')).toEqual([
      { ...PLAIN, weak: true },
    ]);
  });
  it('gives an organization named after a person no surname, and keeps its last name strong', () => {
    const armani = alone(testEntity('armani', 'organization', ['Giorgio Armani', '乔治·阿玛尼', '阿玛尼']));
    expect(armani.get('乔治·阿玛尼')).toEqual([{ ...PLAIN, dotted: true }]);
    expect(armani.get('阿玛尼')).toEqual([PLAIN]);
  });
  it('takes a bare ministry’s country from a qualified alias that ends in it, in the same script', () => {
    const full = alone(
      testEntity('mofcom', 'organization', ['中华人民共和国商务部', '中国商务部', '商务部']),
    );
    expect(full.get('商务部')).toEqual([{ ...PLAIN, ministry: true, country: 0 }]);
    expect(full.get('中华人民共和国商务部')).toEqual([{ ...PLAIN, ministry: true }]);
    const mixed = alone(testEntity('mof', 'organization', ['中國財政部', '财政部']));
    expect(mixed.get('财政部')).toEqual([{ ...PLAIN, ministry: true }]);
    expect(mixed.get('中國財政部')).toEqual([{ ...PLAIN, ministry: true, qualified: true }]);
    const office = alone(testEntity('ustr', 'organization', ['美国贸易代表办公室', '贸易代表办公室']));
    expect(office.get('贸易代表办公室')).toEqual([PLAIN]);
  });
  it('marks an alias that ends in a Latin letter or digit', () => {
    const nvidia = alone(testEntity('nvidia', 'organization', ['Nvidia', '英伟达', '英伟达H20']));
    expect(nvidia.get('英伟达H20')).toEqual([{ ...PLAIN, latinEnd: true }]);
  });
  it('reads no Han name structure from a name in Latin letters, even one with a middle dot (Catalan l·l)', () => {
    const domingo: Entity = {
      ...testEntity('domingo', 'person', ['Marcel·lí Domingo', '多明戈']),
      translations: { ca: { name: 'Marcel·lí Domingo', description: 'Polític català.' } },
    };
    const compiled = compileEntries(testPack([domingo]));
    expect(compiled.byPattern.get('多明戈')).toEqual([{ ...PLAIN, person: true }]);
    expect(compiled.givenNames).toEqual([[]]);
  });
});

describe('surnamesOf', () => {
  it('keeps the last part of a dotted name a surname even when it ends in another one', () => {
    expect([...surnamesOf(['拉里·埃里森', '埃里森', '里森'], [])]).toEqual(['埃里森', '里森']);
  });
  it('reads the last part of a translated name without the spaces around it', () => {
    const ellison: Entity = {
      ...testEntity('ellison', 'person', ['Larry Ellison', '埃里森', '里森']),
      translations: { 'zh-Hans': { name: ' 拉里·埃里森 ', description: '甲骨文公司创始人。' } },
    };
    expect(compileEntries(testPack([ellison])).byPattern.get('埃里森')).toEqual([
      { ...PLAIN, person: true, surname: true, weak: true },
    ]);
  });
});
