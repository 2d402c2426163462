/** fast-check properties of recognition, with the fixture pack and the bundled pack. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasRule, type Pack } from '../../src/knowledge/schema';
import { compileRecogniser, type Mention } from '../../src/recognition/index';
import { loadPackFile } from '../../src/recognition/load-pack-file';
import { loadFixturePack } from '../../src/recognition/test-pack';

const PREFIX = '\n\nLorem. ';
const SUFFIX = ' Lorem.\n\n';
const NUM_RUNS = 300;

const GLUE = [
  ' ',
  '  ',
  ', ',
  '. ',
  '\n',
  "'s ",
  '’s ',
  '-',
  ' the ',
  ' said ',
  ' Real ',
  ' yields',
  ' card',
];
const TRAPS = ["Xi'an", 'He said', 'trump', 'oracle', 'treasury', 'Silver Lake neighborhood', 'Real Madrid'];

function aliasTexts(pack: Pack): string[] {
  return pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text));
}

/** Strings built from aliases, traps, glue and random Unicode (including lone surrogates). */
function newsLikeText(pack: Pack): fc.Arbitrary<string> {
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...aliasTexts(pack)),
        fc.constantFrom(...aliasTexts(pack).map((t) => t.toUpperCase())),
        fc.constantFrom(...TRAPS),
        fc.constantFrom(...GLUE),
        fc.string({ maxLength: 6 }),
        fc.string({ unit: anyUnit, maxLength: 4 }),
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join(''));
}

// Any code point, surrogate halves included (fast-check's 'binary' unit takes ~8 s to warm up).
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

function checkInvariants(text: string, mentions: Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd); // sorted, never overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    previousEnd = m.end;
  }
}

for (const [name, load] of [
  ['fixture pack', loadFixturePack],
  ['bundled pack', () => loadPackFile()],
] as const) {
  describe(`recognition properties (${name})`, () => {
    const pack = load();
    const recogniser = compileRecogniser(pack);

    it('mentions lie inside the text, are sorted, never overlap and equal their slice', () => {
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          checkInvariants(text, recogniser.recognise(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('finds something in alias-rich text (the generator is not vacuous)', () => {
      const text = aliasTexts(pack)
        .filter((t) => !t.includes(' '))
        .join(' and ');
      expect(recogniser.recognise(text).length).toBeGreaterThan(0);
    });

    it('is stable when unrelated text is added before and after', () => {
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          const alone = recogniser.recognise(text);
          const wrapped = recogniser.recognise(PREFIX + text + SUFFIX);
          expect(wrapped).toEqual(
            alone.map((m) => ({ ...m, start: m.start + PREFIX.length, end: m.end + PREFIX.length })),
          );
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('gives the same mentions with the word trie and the Aho–Corasick matcher', () => {
      const ahoCorasick = compileRecogniser(pack, { matcher: 'aho-corasick' });
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          expect(ahoCorasick.recognise(text)).toEqual(recogniser.recognise(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('never throws on random Unicode', () => {
      fc.assert(
        fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (text) => {
          checkInvariants(text, recogniser.recognise(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });
}
