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
