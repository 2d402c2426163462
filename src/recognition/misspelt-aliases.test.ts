import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITS, oneEdit } from '../../tests/support/edits';
import {
  MIN_MISSPELT_WORD,
  MISSPELT_WINDOW,
  misspellableWords,
  misspeltAliasSpans,
  misspeltWord,
  spansByRegExp,
  windowsAround,
} from './misspelt-aliases';
import { MIN_MISSPELT_LENGTH } from './misspelt-names';
import { misspeltSurname, surnameIndex } from './misspelt-surnames';

/** The texts of the spans found. */
function found(text: string, alias: string): string[] {
  const words = misspellableWords(alias) as readonly string[];
  const spans = misspeltAliasSpans(text, words);
  const texts: string[] = [];
  for (let s = 0; s < spans.length; s += 2) texts.push(text.slice(spans[s], spans[s + 1]));
  return texts;
}

describe('an organization alias of several words with one word misspelt', () => {
  it('reads only aliases of letters-only words, two or more', () => {
    expect(misspellableWords('Silver Lake')).toEqual(['Silver', 'Lake']);
    expect(misspellableWords('Department of the Treasury')).toEqual(['Department', 'of', 'the', 'Treasury']);
    expect(misspellableWords('Oracle')).toBeUndefined();
    expect(misspellableWords('U.S. Trade Representative')).toBeUndefined();
    expect(misspellableWords('Oracle Corp.')).toBeUndefined();
  });
  it('a word one edit away, same first letter, long enough, not its plural nor itself', () => {
    expect(misspeltWord('Lage', 'Lake')).toBe(true);
    expect(misspeltWord('State', 'States')).toBe(true);
    expect(misspeltWord('Partner', 'Partners')).toBe(true);
    expect(misspeltWord('Lakes', 'Lake')).toBe(false);
    expect(misspeltWord('Lake', 'Lake')).toBe(false);
    expect(misspeltWord('LAKE', 'Lake')).toBe(false);
    expect(misspeltWord('lage', 'Lake')).toBe(false);
    expect(misspeltWord('Bake', 'Lake')).toBe(false);
    expect(misspeltWord('Lagoe', 'Lake')).toBe(false);
    expect(misspeltWord('ob', 'of')).toBe(false);
  });
  it('finds the alias with exactly one later word misspelt, the others as written', () => {
    expect(found('Deals with Oracle, Silver Lage, & MGX. Silver Lake and MGX.', 'Silver Lake')).toEqual([
      'Silver Lage',
    ]);
    expect(
      found('said Jameison Greer, United State Trade Representative.', 'United States Trade Representative'),
    ).toEqual(['United State Trade Representative']);
    expect(
      found('Silver Lake, Silver Lakes, Silver Bake, Silver Lagoe, silver lage.', 'Silver Lake'),
    ).toEqual([]);
    expect(found('the United State Trade Representatives', 'United States Trade Representative')).toEqual([]);
    expect(found('Silverware Lage; Silver Lage2; Silver Lagee2; Silver Silver Lage', 'Silver Lake')).toEqual([
      'Silver Lage',
    ]);
  });
  it('looks only inside the window it is given, and a word cut by its edge is no word', () => {
    const text = 'Silver Lage and Silver Lage again';
    const words = misspellableWords('Silver Lake') as readonly string[];
    expect(misspeltAliasSpans(text, words, 1)).toEqual([16, 27]);
    expect(misspeltAliasSpans(text, words, 0, 10)).toEqual([]);
    expect(misspeltAliasSpans(text, words, 0, 9)).toEqual([]);
    expect(misspeltAliasSpans(text, words, 0, 11)).toEqual([0, 11]);
  });
  it('windows around the occurrences, merged where they overlap, inside the text', () => {
    expect(windowsAround([100], 5000)).toEqual([[0, 100 + MISSPELT_WINDOW]]);
    expect(windowsAround([3000, 1000, 1500], 5000)).toEqual([
      [1000 - MISSPELT_WINDOW, 1500 + MISSPELT_WINDOW],
      [3000 - MISSPELT_WINDOW, 3000 + MISSPELT_WINDOW],
    ]);
    expect(windowsAround([4900], 5000)).toEqual([[4900 - MISSPELT_WINDOW, 5000]]);
  });
  it(`property: one edit after the first letter of a word of ${MIN_MISSPELT_WORD} letters or more is a misspelling, but for the plural; two length changes never are`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Lake', 'States', 'Treasury', 'Commerce', 'Partners'),
        fc.nat(),
        fc.constantFrom(...EDITS),
        fc.constantFrom('a', 'k', 'q', 's', 'z'),
        (word, at, edit, letter) => {
          const written = oneEdit(word, at, edit, letter);
          const expected = written !== word && written !== `${word}s`;
          return (
            misspeltWord(written, word) === expected &&
            !misspeltWord(`${written}${letter}${letter}`, word) &&
            !misspeltWord(`${word}s`, word)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
  it('property: text around the alias, with no misspelt form in it, yields no span', () => {
    const sentence = fc.constantFrom(
      'The weather stayed mild.',
      'Silver Lake Partners invested.',
      'A lake of silver light.',
      'Silver Lakes is a town.',
      'Silver Lining, a film.',
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), (sentences) => {
        return found(sentences.join(' '), 'Silver Lake').length === 0;
      }),
      { numRuns: 100 },
    );
  });
  it('property: the check for the alias as written never changes the spans the RegExp finds, in any window', () => {
    // Pieces that come near the check's edges: the alias right, misspelt, run on ("Laker",
    // "Lake\u0301", an astral letter after it), parted by two spaces or a no-break space, cut.
    const piece = fc.constantFrom(
      'Silver Lake',
      'Silver Lage',
      'Silver Laker',
      'Silver Lakes',
      'Silver Lake\u0301',
      'Silver Lake\u{1D400}',
      'Silver  Lake',
      'Silver\u00a0Lage',
      'Silver Silver Lage',
      'Silverware Lage',
      'Silver',
      'Lake',
      ' ',
      ', ',
      'x',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const words = misspellableWords('Silver Lake') as readonly string[];
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        return (
          JSON.stringify(misspeltAliasSpans(text, words, from, to)) ===
          JSON.stringify(spansByRegExp(text, words, from, to))
        );
      }),
      { numRuns: 3000 },
    );
  });
});

/** The texts of the spans found for a person's full name, its surname at `at`. */
function foundPerson(text: string, name: string, at: number): string[] {
  const words = misspellableWords(name) as readonly string[];
  const spans = misspeltAliasSpans(text, words, 0, text.length, at);
  const texts: string[] = [];
  for (let s = 0; s < spans.length; s += 2) texts.push(text.slice(spans[s], spans[s + 1]));
  return texts;
}

describe("a person's full name with its surname misspelt", () => {
  it('the surname is the one own one-word alias after the first word', () => {
    expect(surnameIndex(['Scott', 'Bessent'], ['Bessent'])).toBe(1);
    expect(surnameIndex(['Xi', 'Jinping'], ['Xi'])).toBeUndefined();
    expect(surnameIndex(['Zhang', 'Yiming'], ['Zhang', 'Yiming'])).toBe(1);
    expect(surnameIndex(['Jensen', 'Huang'], [])).toBeUndefined();
  });
  it('a surname one edit away, its plural too, same first letter, long enough, not itself', () => {
    expect(misspeltSurname('Bessant', 'Bessent')).toBe(true);
    expect(misspeltSurname('Huangs', 'Huang')).toBe(true);
    expect(misspeltSurname('Bessent', 'Bessent')).toBe(false);
    expect(misspeltSurname('BESSENT', 'Bessent')).toBe(false);
    expect(misspeltSurname('bessant', 'Bessent')).toBe(false);
    expect(misspeltSurname('Wong', 'Wang')).toBe(false);
    expect(misspeltSurname('Bassett', 'Bessent')).toBe(false);
  });
  it('only the surname may be misspelt, the given name exact, never after "the"', () => {
    const text =
      'Scott Bessant. Scot Bessent. Scott Bessents. the Scott Bessants, The Scott Bessant; Scott Bassett.';
    expect(foundPerson(text, 'Scott Bessent', 1)).toEqual(['Scott Bessant', 'Scott Bessents']);
    expect(foundPerson('Zhang Yining and Zhang Yiming', 'Zhang Yiming', 1)).toEqual(['Zhang Yining']);
    expect(foundPerson('Xi Jinpeng met Xi Jinping', 'Xi Jinping', 0)).toEqual([]);
    expect(foundPerson('Jensen Huangs Strategic Move', 'Jensen Huang', 1)).toEqual(['Jensen Huangs']);
    expect(foundPerson('Of the Jensen Huangs, the Jensen Huang', 'Jensen Huang', 1)).toEqual([]);
  });
  it(`property: one edit after the surname's first letter (${MIN_MISSPELT_LENGTH} letters or more) is read, a given name's never; "the" before stops it`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Scott', 'Bessent'],
          ['Howard', 'Lutnick'],
          ['Jensen', 'Huang'],
          ['Jamieson', 'Greer'],
        ),
        fc.nat(),
        fc.constantFrom(...EDITS),
        fc.constantFrom('a', 'k', 'q', 's', 'z'),
        fc.boolean(),
        ([given, surname], at, edit, letter, editGiven) => {
          const [g, s] = editGiven
            ? [oneEdit(given as string, at, edit, letter), surname as string]
            : [given as string, oneEdit(surname as string, at, edit, letter)];
          const name = `${given} ${surname}`;
          const written = `${g} ${s}`;
          const expected = written !== name && !editGiven ? [written] : [];
          return (
            JSON.stringify(foundPerson(`He said ${written} spoke.`, name, 1)) === JSON.stringify(expected) &&
            foundPerson(`He said the ${written} spoke.`, name, 1).length === 0
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
