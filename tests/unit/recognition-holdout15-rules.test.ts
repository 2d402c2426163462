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

describe('a possessor named in an apposition to a relative', () => {
  it('"Fred C. Trump, Donald Trump’s father, …": the later bare "Trump" is the father, not the president', () => {
    expect(
      found(
        'Fred C. Trump, Donald Trump’s father, was the biggest developer in Brooklyn. Known as the Henry Ford of housing, Trump applied mass production.',
      ),
    ).toEqual([['donald-trump', 'Donald Trump']]);
    expect(
      found("Ivana Trump, Donald Trump's first wife, was born in Zlin. Trump was a model and skier."),
    ).toEqual([['donald-trump', 'Donald Trump']]);
  });
  it('the president as the head keeps the word; another head, or a relative after the possessor, changes nothing', () => {
    expect(found("Donald Trump, Fred Trump's son, took over the firm in 1971. Trump expanded it.")).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(
      found("Jared Kushner, Donald Trump's son-in-law, said on Monday that Trump would visit Israel."),
    ).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found("Donald Trump's father, Fred Trump, built houses in Queens. Trump died in 1999.")).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
  });
  it('property: a namesake head with the possessor’s kin in apposition claims the later bare surname', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Fred C.', 'Ivana', 'Mary L.', 'Maryanne', 'Robert S.', 'Elizabeth'),
        fc.constantFrom("'s", '’s'),
        fc.constantFrom('father', 'mother', 'sister', 'brother', 'first wife', 'late brother', 'niece'),
        fc.constantFrom('Trump said', 'Trump built', 'Trump, however, refused'),
        (given, possessive, relation, later) => {
          const text = `${given} Trump, Donald Trump${possessive} ${relation}, lived in Queens. Later, ${later} it.`;
          expect(found(text)).toEqual([['donald-trump', 'Donald Trump']]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
