/**
 * A pack person's full name with middle initials (src/recognition/middle-initials.ts), with the
 * bundled pack: hand-written sentences of the kind tune15 holds and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 40;

/**
 * Pack people as "given|surname" whose bare surname the pack marks strong, and given names that are
 * not theirs. A weak surname ("Greer", "Ellison") with initials needs page evidence, as bare.
 */
const PEOPLE = ['Howard|Lutnick', 'Scott|Bessent', 'Donald|Trump'];
const OTHER_GIVEN = ['Edie', 'Fred', 'Mary', 'Keith', 'Judy', 'Ralph', 'Germaine'];
const INITIALS = ['W. ', 'K. H. ', 'C. ', 'J. R. '];

describe('a full name with middle initials', () => {
  it('"Howard W. Lutnick. Lutnick, along with …" names him twice; the bare surname before it stays open', () => {
    expect(
      found(
        'Lutnick, a labor lawyer, turned her practice over to her partners. The fund was founded with a donation from Chairman and CEO, Howard W. Lutnick. Lutnick, along with the partners, pays for it.',
      ),
    ).toEqual([
      ['howard-lutnick', 'Lutnick'],
      ['howard-lutnick', 'Lutnick'],
    ]);
  });
  it('"Scott K. H. Bessent" is the Treasury Secretary; "Fred C. Trump" and "Mary L. Trump" are not the president', () => {
    expect(
      found('Treasury Secretary Scott K. H. Bessent met He Lifeng. Bessent said talks went well.'),
    ).toEqual([
      ['scott-bessent', 'Bessent'],
      ['he-lifeng', 'He Lifeng'],
      ['scott-bessent', 'Bessent'],
    ]);
    expect(found('Fred C. Trump, the developer, died in 1999. Trump built homes in Queens.')).toEqual([]);
    expect(found('Mary L. Trump wrote the book. Trump is an excellent writer.')).toEqual([]);
  });
  it('a name with initials inside a longer name ("… Lutnick Center") is no mention, and claims nothing', () => {
    expect(found('Lutnick said on Monday. Guests toured the Howard W. Lutnick Center on Tuesday.')).toEqual(
      [],
    );
    expect(found('Guests toured the Howard W. Lutnick Center. Lutnick was not there.')).toEqual([]);
  });
  it('property: initials after a given name that is not the entity’s never give it a card', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...OTHER_GIVEN),
        fc.constantFrom(...INITIALS),
        (person, given, initials) => {
          const surname = person.split('|')[1] as string;
          const text = `${given} ${initials}${surname} spoke at the dinner. ${surname} thanked the guests.`;
          expect(found(text)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it('property: initials inside the entity’s full name keep its surname and the later bare one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom(...INITIALS), (person, initials) => {
        const [given, surname] = person.split('|') as [string, string];
        const written = (middle: string) =>
          found(
            `The fund thanks ${given} ${middle}${surname}. ${surname}, along with partners, pays for it.`,
          ).map(([entity]) => entity);
        expect(written(initials)).toEqual(written(''));
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('property: a bare surname before the initialed name is never given to the entity by it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom(...INITIALS), (person, initials) => {
        const [given, surname] = person.split('|') as [string, string];
        const text = `${surname}, a lawyer, retired. A gift from ${given} ${initials}${surname} founded it.`;
        const mentions = recognizer.recognize(text);
        expect(mentions.every((m) => m.start > text.indexOf(' A gift'))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
