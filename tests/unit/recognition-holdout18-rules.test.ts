/**
 * The rules about language written after holdout-18 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { PLURAL_TITLE_WORDS } from '../../src/recognition/name-words';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

/** "presidents" → "Presidents", "vice-premiers" → "Vice-Premiers". */
const capitalized = (word: string) =>
  word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());

describe('the plural of an office title before names joined by "and" is a title, not a given name', () => {
  it('"Presidents Trump and Xi" names both presidents', () => {
    expect(
      found('Insight: Presidents Trump and Xi held their first face-to-face meeting in six years.'),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi'],
    ]);
    expect(found('Secretaries Bessent and Lutnick met the Chinese delegation on tariffs.')).toEqual([
      ['scott-bessent', 'Bessent'],
      ['howard-lutnick', 'Lutnick'],
    ]);
  });
  it('a capitalized word that is no title still opens another person’s name, and a calling’s plural names no trade official', () => {
    expect(found('Fred Trump and Xi Jinping never met.')).toEqual([['xi-jinping', 'Xi Jinping']]);
    expect(found('Judges Greer and Moss ruled on the tariffs appeal of the trade war.')).toEqual([]);
  });
  it('property: every plural office title before two pack surnames joined by "and" keeps both', () => {
    const pairs: readonly [string, string, string, string][] = [
      ['Trump', 'donald-trump', 'Xi', 'xi-jinping'],
      ['Bessent', 'scott-bessent', 'Lutnick', 'howard-lutnick'],
      ['Lutnick', 'howard-lutnick', 'Greer', 'jamieson-greer'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...PLURAL_TITLE_WORDS),
        fc.constantFrom(...pairs),
        fc.constantFrom(
          'met in Geneva on Monday to discuss tariffs and the trade war.',
          'spoke by phone about tariffs and the trade truce.',
        ),
        (plural, [a, aId, b, bId], rest) => {
          const names = found(`${capitalized(plural)} ${a} and ${b} ${rest}`).filter(
            ([entity]) => entity !== 'geneva',
          );
          expect(names).toEqual([
            [aId, a],
            [bId, b],
          ]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a Chinese name’s given name alone names the person once the page has named them', () => {
  it('"Trump described Jinping as …" and "Mr. Yiming told …" after the full name', () => {
    expect(
      found(
        'US President Donald Trump and Chinese President Xi Jinping met in Busan. Trump described Jinping as very positive.',
      ),
    ).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['xi-jinping', 'Xi Jinping'],
      ['busan', 'Busan'],
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Jinping'],
    ]);
    expect(
      found(
        'CFIUS ordered ByteDance to divest, said ByteDance founder Zhang Yiming. Mr. Yiming told employees.',
      ),
    ).toEqual([
      ['cfius', 'CFIUS'],
      ['bytedance', 'ByteDance'],
      ['bytedance', 'ByteDance'],
      ['zhang-yiming', 'Zhang Yiming'],
      ['zhang-yiming', 'Yiming'],
    ]);
  });
  it('not before the full name, not without it, and never a Western name’s given name', () => {
    expect(found('Jinping is a county in Guizhou.')).toEqual([]);
    expect(found('Donald Trump met the press. Later, Donald left for Florida.')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
  });
  it('property: each family-name-first pack person’s given name counts after the full name, and not before it', () => {
    const people: readonly [string, string, string][] = [
      ['Xi Jinping', 'Jinping', 'xi-jinping'],
      ['He Lifeng', 'Lifeng', 'he-lifeng'],
      ['Li Chenggang', 'Chenggang', 'li-chenggang'],
      ['Zhang Yiming', 'Yiming', 'zhang-yiming'],
      ['Wang Wentao', 'Wentao', 'wang-wentao'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...people),
        fc.constantFrom('said the talks went well.', 'beamed at the cameras.', 'told reporters on Monday.'),
        ([full, given, id], rest) => {
          const story = 'met officials on tariffs and the trade war.';
          const after = found(`${full} ${story} Later, ${given} ${rest}`).filter(([entity]) => entity === id);
          expect(after).toEqual([
            [id, full],
            [id, given],
          ]);
          const before = found(`${given} ${rest} Then ${full} ${story}`).filter(([entity]) => entity === id);
          expect(before).toEqual([[id, full]]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
