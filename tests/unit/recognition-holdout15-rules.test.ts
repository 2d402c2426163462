/**
 * The rules about language written after holdout-15 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('a body’s official name closing with its own country', () => {
  it('"Ministry of Commerce of People’s Republic of China" is China’s ministry, without "the" as with it', () => {
    expect(
      found(
        'Before that, Ministry of Commerce of People’s Republic of China (“MOFCOM”) was the competent authority.',
      ),
    ).toEqual([
      ['mofcom', 'Ministry of Commerce'],
      ['mofcom', 'MOFCOM'],
    ]);
    expect(found('Wang Wentao of the Ministry of Commerce of People’s Republic of China spoke.')).toEqual([
      ['wang-wentao', 'Wang Wentao'],
      ['mofcom', 'Ministry of Commerce'],
    ]);
  });
  it('another country there is still a longer name, another government’s body', () => {
    expect(found('Wang Wentao met the Ministry of Commerce of Republic of India on tariffs.')).toEqual([
      ['wang-wentao', 'Wang Wentao'],
    ]);
  });
  it('property: any spelling of the official name keeps the ministry; another republic’s never does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("People's", 'People’s'),
        fc.constantFrom('China', 'India', 'Korea', 'Singapore', 'Kenya'),
        fc.constantFrom(' said on Tuesday.', ', a spokesman said.', ' (MOFCOM) ruled.'),
        (people, country, tail) => {
          const mentions = found(
            `Wang Wentao met the Ministry of Commerce of ${people} Republic of ${country}${tail}`,
          );
          const ministry = mentions.some(
            ([entity, text]) => entity === 'mofcom' && text === 'Ministry of Commerce',
          );
          expect(ministry).toBe(country === 'China');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
