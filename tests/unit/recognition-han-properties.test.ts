/** fast-check properties of Chinese (Han-script) recognition with the bundled pack. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/knowledge/validate';
import { compileRecognizer, type Mention } from '../../src/recognition/index';

const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const recognize = (text: string): Mention[] => recognizer.recognize(text);
const NUM_RUNS = 200;

/**
 * Common characters that start or end no alias, title or context rule of the bundled pack, so
 * text made of them around a name changes nothing about the name.
 */
const FILLER = [
  ...'的是在了和有我这个们到说就也要会对与及将已年月日今天昨据称表示认为记者消息问题方面进行经济合作发展情况方式',
];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 12 }).map((chars) => chars.join(''));
const dots = fc.constantFrom('·', '・', '‧', '•');

/** Names of three or more characters with no context rule: found wherever they stand in Han text. */
const PLAIN_HAN_ALIASES: ReadonlyArray<[string, string]> = [
  ['he-lifeng', '何立峰'],
  ['scott-bessent', '贝森特'],
  ['xi-jinping', '習近平'],
  ['bytedance', '字节跳动'],
  ['nvidia', '英偉達'],
  ['jensen-huang', '黄仁勋'],
  ['samr', '国家市场监督管理总局'],
  ['us-treasury', '美国财政部'],
];

const ENGLISH = [
  'Scott Bessent met He Lifeng in Geneva.',
  'Treasury yields rose while Nvidia fell.',
  'Vice Premier He said TikTok talks went well; Xi agreed.',
  'Real Madrid fans met Howard Lutnick in Madrid.',
  'He said the Commerce Department would act.',
];

const summary = (mentions: readonly Mention[], shift = 0) =>
  mentions.map((m) => [m.entity, m.start - shift, m.end - shift, m.text]);

describe('Han recognition properties', () => {
  it('finds a plain Han alias whatever Han text surrounds it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN_HAN_ALIASES), filler, filler, ([entity, alias], before, after) => {
        const text = `${before}${alias}${after}`;
        expect(summary(recognize(text))).toEqual([
          [entity, before.length, before.length + alias.length, alias],
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reads every middle-dot variant of a transliterated full name alike', () => {
    fc.assert(
      fc.property(dots, filler, (dot, before) => {
        const name = `唐纳德${dot}特朗普`;
        expect(summary(recognize(`${before}${name}`))).toEqual([
          ['donald-trump', before.length, before.length + name.length, name],
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never takes a surname after another given name and a dot for the entity', () => {
    fc.assert(
      fc.property(
        dots,
        fc.constantFrom('伊万卡', '埃里克', '梅拉尼娅', '蒂芙尼', '巴伦'),
        filler,
        (dot, given, after) => {
          expect(recognize(`${given}${dot}特朗普${after}`)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding Chinese text on its own line never changes the English mentions', () => {
    const anyHan = fc
      .array(
        fc.integer({ min: 0x4e00, max: 0x9fff }).map((u) => String.fromCharCode(u)),
        { maxLength: 40 },
      )
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...ENGLISH), anyHan, anyHan, (english, before, after) => {
        const alone = summary(recognize(english));
        const prefix = `${before}\n`;
        const mixed = recognize(`${prefix}${english}\n${after}`).filter(
          (m) => m.start >= prefix.length && m.end <= prefix.length + english.length,
        );
        expect(summary(mixed, prefix.length)).toEqual(alone);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns sorted, non-overlapping mentions whose text is the slice, never a single Han character', () => {
    const pieces = fc.oneof(
      fc.constantFrom(
        '何',
        '王',
        '习',
        '黄',
        '川普',
        '商务部',
        '美国',
        '部长',
        '·',
        '甲骨文',
        'TikTok',
        '，',
        '。',
      ),
      fc.constantFrom(...PLAIN_HAN_ALIASES.map(([, alias]) => alias)),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let end = 0;
        for (const m of recognize(text)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.length).toBeGreaterThan(1);
          end = m.end;
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

const mentionsOf = (text: string, entity: string) => recognize(text).filter((m) => m.entity === entity);

/** Weak Han aliases (a surname, a common word) and an entity each, for the evidence rule. */
const WEAK_HAN_ALIASES: ReadonlyArray<[string, string]> = [
  ['larry-ellison', '埃里森'],
  ['jamieson-greer', '格里尔'],
  ['oracle', '甲骨文'],
];
/** Han and Latin aliases of one entity, for bracket glosses. */
const GLOSS_PAIRS: ReadonlyArray<[string, string, string]> = [
  ['oracle', '甲骨文', 'Oracle'],
  ['silver-lake', '银湖资本', 'Silver Lake'],
  ['nvidia', '英伟达', 'Nvidia'],
  ['bytedance', '字节跳动', 'ByteDance'],
];
/** Characters for made-up given names: none is 小 or 老, none starts an alias or a title. */
const GIVEN_NAME_CHARS = [...'伊万卡埃克蒂芙尼巴伦拉佛瑞弗雷玛丽安梅娅约翰彼得汤姆'];
const givenName = fc
  .array(fc.constantFrom(...GIVEN_NAME_CHARS), { minLength: 3, maxLength: 3 })
  .map((chars) => chars.join(''));
const OWN_GIVEN_NAMES = ['唐纳德', '唐納德'];
const sharedInPlace = (a: string, b: string) => [...a].filter((c, i) => b[i] === c).length;
/** Third countries in Chinese (neither China nor the US). */
const THIRD_COUNTRIES = [
  '缅甸',
  '越南',
  '印度',
  '日本',
  '泰国',
  '巴西',
  '德国',
  '法国',
  '俄罗斯',
  '新加坡',
  '緬甸',
  '澳大利亚',
];
const PERSON_NAMES: ReadonlyArray<[string, string]> = [
  ['he-lifeng', '何立峰'],
  ['scott-bessent', '贝森特'],
  ['donald-trump', '特朗普'],
  ['jensen-huang', '黄仁勋'],
  ['xi-jinping', '习近平'],
  ['howard-lutnick', '卢特尼克'],
  ['li-chenggang', '李成钢'],
];
const THING_WORDS = ['币', '幣', '家族', '组织', '集团'];

describe('Han recognition properties: evidence, glosses, names, ministries', () => {
  it('drops a weak alias on a page with nothing else of the story, keeps it once a strong name is there', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEAK_HAN_ALIASES),
        fc.constantFrom(...PLAIN_HAN_ALIASES),
        filler,
        filler,
        ([entity, weak], [, strong], before, after) => {
          const text = `${before}${weak}${after}`;
          expect(mentionsOf(text, entity)).toEqual([]);
          expect(mentionsOf(`${text}。${strong}`, entity).map((m) => m.text)).toEqual([weak]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('reads a bracket gloss as the same entity in both orders, on any page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GLOSS_PAIRS),
        fc.constantFrom('(', '（'),
        filler,
        fc.boolean(),
        ([entity, han, latin], open, before, latinFirst) => {
          const close = open === '(' ? ')' : '）';
          const pair = latinFirst ? `${latin}${open}${han}${close}` : `${han}${open}${latin}${close}`;
          const texts = mentionsOf(`${before}${pair}`, entity).map((m) => m.text);
          expect(texts).toEqual(latinFirst ? [latin, han] : [han, latin]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("reads another given name as another person, and a variant of the entity's own as the entity", () => {
    fc.assert(
      fc.property(givenName, dots, filler, fc.integer({ min: 0, max: 2 }), (given, dot, after, at) => {
        const other = OWN_GIVEN_NAMES.every((own) => sharedInPlace(given, own) < 2);
        fc.pre(other);
        expect(mentionsOf(`${given}${dot}特朗普${after}`, 'donald-trump')).toEqual([]);
        const variant = [...'唐纳德'].map((c, i) => (i === at ? given[i] : c)).join('');
        const name = `${variant}${dot}特朗普`;
        expect(mentionsOf(`${name}${after}`, 'donald-trump').map((m) => m.text)).toEqual([name]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never reads a relative (小) or the name of a thing as the person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSON_NAMES),
        fc.constantFrom(...THING_WORDS),
        filler,
        filler,
        ([entity, name], thing, before, after) => {
          expect(mentionsOf(`${before}小${name}${after}`, entity)).toEqual([]);
          expect(mentionsOf(`${before}${name}${thing}${after}`, entity)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("never reads a third country's ministry, or a ministry opening a minister's title, as the pack's", () => {
    const ministries = ['mofcom', 'us-commerce-department', 'us-treasury'];
    fc.assert(
      fc.property(
        fc.constantFrom(...THIRD_COUNTRIES),
        fc.constantFrom('商务部', '商務部', '中国商务部', '美国商务部', '美國財政部'),
        fc.constantFrom('部长', '副部长', '部長', '副部長'),
        filler,
        (country, ministry, title, after) => {
          const foreign = recognize(`${country}${ministry.replace(/^(中国|美国|美國)/, '')}${after}`);
          expect(foreign.filter((m) => ministries.includes(m.entity))).toEqual([]);
          const titled = recognize(`${ministry}${title}钟山${after}`);
          expect(titled.filter((m) => ministries.includes(m.entity))).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('distributes 美國 over a list of bodies in any order', () => {
    const bodies: ReadonlyArray<[string, string]> = [
      ['財政部', 'us-treasury'],
      ['商務部', 'us-commerce-department'],
      ['貿易代表辦公室', 'ustr'],
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...bodies], { minLength: 2, maxLength: 3 }),
        fc.array(fc.constantFrom('、', '及', '和'), { minLength: 2, maxLength: 2 }),
        (list, separators) => {
          const text = `美國${list.map(([body]) => body).reduce((a, b, i) => `${a}${separators[i - 1]}${b}`)}官員出席。`;
          expect(recognize(text).map((m) => m.entity)).toEqual(list.map(([, entity]) => entity));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
