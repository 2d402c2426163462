/**
 * The rule about language written after holdout-18 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kind its tune half holds, and a property over their variants.
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
