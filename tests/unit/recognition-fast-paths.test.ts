/**
 * fast-check properties of recognition's fast paths: each gives exactly the answer of the slow
 * path it skips (docs/performance.md, "Whole-web rules: throughput against the tree before them").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { aliasRule, type Pack } from '../../src/knowledge/schema';
import { firstUnitBuckets, firstUnitFinder } from '../../src/recognition/han';
import { foldDots } from '../../src/recognition/han-compile';
import { compileRecognizer } from '../../src/recognition/index';
import { JS_WHITE_SPACE } from '../../src/recognition/name-structure';
import { buildWordTrie } from '../../src/recognition/word-trie';
import { loadFixturePack } from '../support/test-pack';

const NUM_RUNS = 200;
const GLUE = [
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '\n\n',
  "'s ",
  ' of ',
  ' the ',
  ' Mr. ',
  ' said ',
  ' son of ',
  ' Tower ',
];
const WORDS = ['He', 'Keith', 'President', 'Secretary', 'Treasury', 'yields', 'administration', 'HM', 'Real'];

function aliasTexts(pack: Pack): string[] {
  const texts = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text));
  return [...texts, ...texts.flatMap((t) => t.split(' '))];
}

/** Aliases, their words and neighbors in every letter case, with whole lines in lower case. */
function casedText(pack: Pack): fc.Arbitrary<string> {
  const word = fc.oneof(fc.constantFrom(...aliasTexts(pack)), fc.constantFrom(...WORDS));
  const cased = fc
    .tuple(word, fc.constantFrom('as', 'lower', 'upper'))
    .map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : w));
  const line = fc
    .tuple(fc.array(fc.tuple(cased, fc.constantFrom(...GLUE)), { maxLength: 12 }), fc.boolean())
    .map(([parts, lower]) => {
      const text = parts.map(([w, g]) => w + g).join('');
      return lower ? text.toLowerCase() : text;
    });
  return fc.array(line, { maxLength: 4 }).map((lines) => lines.join('\n'));
}

for (const [name, load] of [
  ['fixture pack', loadFixturePack],
  ['bundled pack', () => loadPackFile()],
  ['synthetic pack', () => syntheticPack(300)],
] as const) {
  describe(`recognition fast paths (${name})`, () => {
    const pack = load();
    const recognizer = compileRecognizer(pack);

    it('the mixed-case start finder outside lower-case blocks finds what trying every start unit finds', () => {
      // Without mixed-case start units the trie tries every start unit everywhere.
      const everyStart = compileRecognizer(pack, { buildMatcher: (p, s) => buildWordTrie(p, s) });
      fc.assert(
        fc.property(casedText(pack), (text) => {
          expect(recognizer.recognize(text)).toEqual(everyStart.recognize(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });
}

describe('foldDots fast path', () => {
  const slow = (text: string) =>
    text
      .replace(/[\u00B7\u30FB\u2027\u2022\u2219\uFF65]/g, '\u00B7')
      .replace(/(?<=\p{Script=Han})[.\uFF0E\uFE52](?=\p{Script=Han})/gu, '\u00B7');

  it('folds a stop between any two Han characters (every Han code point)', () => {
    const han = /\p{Script=Han}/u;
    let checked = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!han.test(c)) continue;
      checked++;
      if (foldDots(`${c}.${c}`) !== `${c}\u00B7${c}`) expect(foldDots(`${c}.${c}`)).toBe(`${c}\u00B7${c}`);
    }
    expect(checked).toBeGreaterThan(90_000);
  });

  it('gives the slow replacement on random text of Han, stops, dots and Latin', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '川',
        '普',
        '瑪麗',
        '\u{20000}',
        'a',
        'B',
        ' ',
        '.',
        '\uFF0E',
        '\uFE52',
        '\u00B7',
        '\u30FB',
        '\u2022',
      ),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(foldDots(text)).toBe(slow(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Han first-unit finder', () => {
  it('finds exactly the positions whose code unit starts some pattern, in order', () => {
    const patterns = ['特朗普', '川普', 'TikTok诉加兰德案', '\u{20000}\u4e00', '商务部', '-\u00a0'];
    const { bucketOf } = firstUnitBuckets(patterns);
    const finder = firstUnitFinder(bucketOf);
    const piece = fc.oneof(
      fc.constantFrom(...patterns, '特', 'T', 't', '\ud840', ']', '\\', '-', ' '),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const byLoop: number[] = [];
        for (let i = 0; i < text.length; i++) if (bucketOf[text.charCodeAt(i)] !== -1) byLoop.push(i);
        const byFinder: number[] = [];
        finder.lastIndex = 0;
        while (finder.test(text)) byFinder.push(finder.lastIndex - 1);
        expect(byFinder).toEqual(byLoop);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('name structure: the last word of an alias', () => {
  it('reads white space by code unit exactly as RegExp \\s does (every code unit)', () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const isSpace = /\s/.test(String.fromCharCode(unit));
      if (JS_WHITE_SPACE.has(unit) !== isSpace)
        expect([unit, JS_WHITE_SPACE.has(unit)]).toEqual([unit, isSpace]);
    }
  });
});
