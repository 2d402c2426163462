/**
 * A bare surname in the possessive before a kinship noun that the pack person's own full name
 * follows ("Ellison's father Larry Ellison") is not that person: nobody is their own father or
 * son. After another person's full name with the same surname, the possessor is that other person
 * (coreference.ts possessorOfOwnRelative). Excerpts written here in the shape of a real
 * profile page of a pack person's son (forbes.com via am1.news on David Ellison), found by
 * prec10s's audit: "Ellison's father Larry Ellison, 80, …" gave Larry Ellison's card to the son.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const bare = (text: string, word: string) =>
  recognizer
    .recognize(text)
    .filter((m) => m.text === word)
    .map((m) => `${m.entity}@${m.start}`);
const NUM_RUNS = 200;

const SON =
  'David Ellison became chairman of Paramount after its merger with Skydance, approved by the Trump ' +
  'administration. Ellison is the son of Larry Ellison, the Oracle co-founder. Ellison made an offer in 2024.';

describe("a possessor of the pack person's own relative (coreference.ts)", () => {
  it("gives no card to the son in 'Ellison's father Larry Ellison'", () => {
    for (const tail of [
      "Ellison's father Larry Ellison, 80, co-founded Oracle in 1977.",
      'Ellison’s father Larry Ellison co-founded Oracle.',
      "Ellison's father, Larry Ellison, co-founded Oracle.",
    ])
      expect(bare(`${SON} ${tail}`, 'Ellison')).toEqual([]);
  });
  it("keeps the pack person as the possessor of another's name ('Trump's granddaughter Kai Trump')", () => {
    // Another person's full name after the kinship noun: the possessor is the grandfather, kept.
    const text =
      'Eric Trump spoke at the rally on tariffs. Trump’s granddaughter Kai Trump posted the photo.';
    expect(bare(text, 'Trump')).toEqual([`donald-trump@${text.indexOf('Trump’s')}`]);
  });
  it("keeps the full name's card and a later bare name of the father when no one else is named", () => {
    const text = "Larry Ellison co-founded Oracle. Ellison's son David Ellison runs Paramount.";
    expect(recognizer.recognize(text).some((m) => m.text === 'Larry Ellison')).toBe(true);
  });
  it('property: after another full name, a possessive before a kinship noun and the pack full name is no card', () => {
    const given = fc.constantFrom('David', 'Megan', 'Keith', 'Nora');
    const noun = fc.constantFrom('father', 'dad', 'parent', 'uncle', 'cousin', 'brother');
    const apostrophe = fc.constantFrom("'", '’');
    const comma = fc.constantFrom('', ',');
    const rest = fc.constantFrom(
      ' co-founded Oracle.',
      ' runs Oracle at 80.',
      ' said on Thursday that Oracle grew.',
    );
    fc.assert(
      fc.property(given, noun, apostrophe, comma, rest, (g, n, a, c, r) => {
        const text =
          `${g} Ellison runs a studio the Trump administration approved. ${g} is the child of Larry Ellison, ` +
          `the Oracle co-founder. Ellison${a}s ${n}${c} Larry Ellison${c === ',' ? ',' : ''}${r}`;
        const possessor = text.indexOf(`Ellison${a}s`);
        return !bare(text, 'Ellison').includes(`larry-ellison@${possessor}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
