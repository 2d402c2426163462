/**
 * The rules about language written after holdout-14 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { possessiveEstablishmentAfter } from '../../src/recognition/possessive-names';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('a possessive that opens a business’s name', () => {
  it('"Trump’s Castle casino resort" is the casino, beside the president named in full; his castle and his Rose Garden are his', () => {
    expect(
      found(
        'Ivana Trump was the ex-wife of Donald Trump. She married Donald Trump in 1977 and was president of Trump’s Castle casino resort.',
      ),
    ).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(
      found('Donald Trump spoke. Trump’s castle in Scotland and Trump’s Rose Garden speech drew crowds.'),
    ).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });
  it('restaurants named for a Wang or a Huang are no cards, even beside Wang Wentao named in full', () => {
    expect(
      found(
        "Commerce Minister Wang Wentao met Howard Lutnick over tariffs. Back home, diners packed Wang’s Kitchen, and Huang's Garden Restaurant opened late.",
      ),
    ).toEqual([
      ['wang-wentao', 'Wang Wentao'],
      ['howard-lutnick', 'Howard Lutnick'],
    ]);
    expect(possessiveEstablishmentAfter('Trump’s White House', 5)).toBe(false);
    expect(possessiveEstablishmentAfter('Trump’s Kitchen Cabinet met', 5)).toBe(false);
    expect(possessiveEstablishmentAfter("Trump's Castle Hotel, on the boardwalk", 5)).toBe(true);
    expect(possessiveEstablishmentAfter('Trump’s castle', 5)).toBe(false);
  });
  it('property: a pack surname’s possessive before establishment heads gives no card there; before a lower-case noun it does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['donald-trump', 'Trump'],
          ['jensen-huang', 'Huang'],
          ['wang-wentao', 'Wang'],
          ['jamieson-greer', 'Greer'],
          ['larry-ellison', 'Ellison'],
        ),
        fc.constantFrom('’s', "'s", 'ʼs'),
        fc.constantFrom('Castle', 'Kitchen', 'Garden Restaurant', 'Grill', 'Palace Hotel', 'Pub'),
        fc.constantFrom(' casino', ' in Queens', '.', ', which closed'),
        (entityAndName, apostrophe, heads, tail) => {
          const [entity, name] = entityAndName as [string, string];
          const lead =
            'Donald Trump, Jensen Huang, Wang Wentao, Jamieson Greer and Larry Ellison met over tariffs. ';
          const business = `${lead}They later ate at ${name}${apostrophe} ${heads}${tail}`;
          const at = lead.length;
          expect(recognizer.recognize(business).filter((m) => m.start >= at)).toEqual([]);
          const own = `${lead}They later read ${name}${apostrophe} ${heads.toLowerCase()}${tail}`;
          const kept = recognizer.recognize(own).filter((m) => m.start >= at);
          expect(kept.map((m) => [m.entity, m.text])).toEqual([[entity, name]]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
