/** fast-check properties of recognition, with the fixture pack and the bundled pack. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../scripts/lib/automaton';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { aliasRule, aliasStrength, type Pack } from '../../src/knowledge/schema';
import { compileRecognizer, type Mention } from '../../src/recognition/index';
import { loadFixturePack } from '../support/test-pack';

// Separated by paragraph breaks: a word directly next to a name may change what it names
// ("Trump" + " Tower"), a paragraph away it may not.
const PREFIX = '\n\nLorem ipsum.\n\n';
const SUFFIX = '\n\nLorem ipsum.\n\n';
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
    const recognizer = compileRecognizer(pack);

    it('mentions lie inside the text, are sorted, never overlap and equal their slice', () => {
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          checkInvariants(text, recognizer.recognize(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('finds something in alias-rich text (the generator is not vacuous)', () => {
      const text = aliasTexts(pack)
        .filter((t) => !t.includes(' '))
        .join(' and ');
      expect(recognizer.recognize(text).length).toBeGreaterThan(0);
    });

    it('is stable when unrelated text is added before and after', () => {
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          const alone = recognizer.recognize(text);
          const wrapped = recognizer.recognize(PREFIX + text + SUFFIX);
          expect(wrapped).toEqual(
            alone.map((m) => ({ ...m, start: m.start + PREFIX.length, end: m.end + PREFIX.length })),
          );
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('gives the same mentions with the word trie and the Aho–Corasick matcher', () => {
      const ahoCorasick = compileRecognizer(pack, { buildMatcher: buildAutomaton });
      fc.assert(
        fc.property(newsLikeText(pack), (text) => {
          expect(ahoCorasick.recognize(text)).toEqual(recognizer.recognize(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('adding an unrelated full name (and its bare surname) elsewhere never creates or changes a highlight', () => {
      const aliasWords = new Set(aliasTexts(pack).flatMap((t) => t.toLowerCase().split(/\s+/)));
      const syllables = fc.constantFrom('ba', 'ko', 'ri', 'tu', 'me', 'sa', 'lo', 'vi', 'dre', 'sto');
      const nameWord = fc
        .array(syllables, { minLength: 2, maxLength: 3 })
        .map((s) => s.join(''))
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .filter((w) => !aliasWords.has(w.toLowerCase()));
      fc.assert(
        fc.property(newsLikeText(pack), nameWord, nameWord, (text, given, surname) => {
          const added = `${text}\n\n${given} ${surname} spoke first, and ${surname} left early.\n\n`;
          const strip = (mentions: Mention[]) =>
            mentions.map(({ entity, start, end }) => [entity, start, end]);
          expect(strip(recognizer.recognize(added))).toEqual(strip(recognizer.recognize(text)));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('changing the case of the whole text never loses a multi-word full-name match', () => {
      const fullNames = pack.entities.flatMap((entity) =>
        entity.aliases
          .map(aliasRule)
          .filter(
            (rule) =>
              /\s/.test(rule.text) &&
              rule.case === undefined &&
              aliasStrength(rule, entity.type) === 'strong' &&
              !rule.text.split(/\s+/).some((w) => /^[\p{Lu}\p{N}.&-]{2,}$/u.test(w)),
          )
          .map((rule) => ({ entity: entity.id, text: rule.text })),
      );
      if (fullNames.length === 0) return;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fullNames), { minLength: 1, maxLength: 6 }), (names) => {
          const text = `${names.map((n) => n.text).join('. ')}.`;
          const spans = (t: string) =>
            recognizer.recognize(t).map(({ entity, start, end }) => `${entity}@${start}-${end}`);
          const found = spans(text);
          for (const variant of [text.toUpperCase(), text.toLowerCase()]) {
            if (variant.length !== text.length) continue;
            expect(spans(variant)).toEqual(expect.arrayContaining(found));
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('every Unicode dash and apostrophe variant reads as "-" and "\'"', () => {
      const dash = fc.constantFrom('\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212');
      const apostrophe = fc.constantFrom('\u2019', '\u2018', '\u02bc', '\u00b4');
      fc.assert(
        fc.property(newsLikeText(pack), dash, apostrophe, (text, d, a) => {
          const variant = text.replaceAll('-', d).replaceAll("'", a);
          const strip = (mentions: Mention[]) =>
            mentions.map(({ entity, start, end }) => [entity, start, end]);
          expect(strip(recognizer.recognize(variant))).toEqual(strip(recognizer.recognize(text)));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('never throws on random Unicode', () => {
      fc.assert(
        fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (text) => {
          checkInvariants(text, recognizer.recognize(text));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });
}
