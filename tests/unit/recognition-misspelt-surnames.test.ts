/**
 * A pack person's surname misspelt by one edit right after the exact given name ("Scott Bessant",
 * "Jensen Huangs Strategic Move": a possessive without its apostrophe), near the full name written
 * right, is that person (src/recognition/misspelt-aliases.ts, the person path). Written from
 * tune19's `h19-huang-frontsignals` and the real pages cited in docs/recognition.md (recall10q);
 * the sentences here are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { EDITS, oneEdit } from '../support/edits';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

/** Western full names of the bundled pack: given name, surname, entity. */
const PEOPLE = [
  ['Scott', 'Bessent', 'scott-bessent'],
  ['Howard', 'Lutnick', 'howard-lutnick'],
  ['Jensen', 'Huang', 'jensen-huang'],
  ['Jamieson', 'Greer', 'jamieson-greer'],
] as const;

/** Misspelt surnames the bundled pack lists as aliases of their own, with a source. */
const PACK_SPELLINGS = ['Besant', 'Besent'];

/** A pack person and their surname with one edit after its first letter. */
const misspelling = fc
  .tuple(
    fc.constantFrom(...PEOPLE),
    fc.nat(),
    fc.constantFrom(...EDITS),
    fc.constantFrom('a', 'e', 'n', 's', 't'),
  )
  .map(([person, at, edit, letter]) => [person, oneEdit(person[1], at, edit, letter)] as const);

describe('a misspelt surname after the exact given name', () => {
  it('is the person near the full name written right, its plural too (a lost apostrophe)', () => {
    expect(
      found('Scott Bessent met Chinese officials. Later, Scott Bessant said the talks went well.'),
    ).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['scott-bessent', 'Scott Bessant'],
    ]);
    expect(
      found('Captivating Beijing: Jensen Huangs Strategic Move\n\nNvidia CEO Jensen Huang flew to Beijing.'),
    ).toEqual([
      ['jensen-huang', 'Jensen Huangs'],
      ['nvidia', 'Nvidia'],
      ['jensen-huang', 'Jensen Huang'],
    ]);
  });
  it('not after "the" (a type or a family), not with another given name, not without the right name', () => {
    expect(found('Jensen Huang spoke. The Jensen Huangs of the world sell chips.')).toEqual([
      ['jensen-huang', 'Jensen Huang'],
    ]);
    expect(found('Howard Lutnick spoke on tariffs. Edie Lutnik runs the relief fund.')).toEqual([
      ['howard-lutnick', 'Howard Lutnick'],
    ]);
    expect(found('Scott Bessant, a plumber from Leeds, fixed the boiler.')).toEqual([]);
    expect(found('Scott Bessent spoke. Scott Bassett, a plumber, fixed the boiler.')).toEqual([
      ['scott-bessent', 'Scott Bessent'],
    ]);
  });
  it('property: one edit after the first letter of the surname keeps the card beside the right full name', () => {
    fc.assert(
      fc.property(misspelling, ([[given, surname, entity], written]) => {
        const text = `${given} ${surname} met officials in Geneva on tariffs. Later, ${given} ${written} spoke to reporters.`;
        const mentions = recognizer.recognize(text);
        const start = text.lastIndexOf(`${given} ${written}`);
        return mentions.some((m) => m.entity === entity && m.start === start);
      }),
      { numRuns: 200 },
    );
  });
  it('property: with another given name, or with "the" before it, or alone on the page, no card for it', () => {
    fc.assert(
      fc.property(
        misspelling,
        fc.constantFrom('other', 'the', 'alone'),
        ([[given, surname], written], shape) => {
          // "Scott Besant" and "Scott Besent" are pack aliases of their own (the pack's cited misspellings).
          fc.pre(written !== surname && !PACK_SPELLINGS.includes(written));
          const name =
            shape === 'other'
              ? `Edith ${written}`
              : shape === 'the'
                ? `the ${given} ${written}`
                : `${given} ${written}`;
          const right = shape === 'alone' ? 'A committee' : `${given} ${surname}`;
          const text = `${right} met officials in Geneva. Later, ${name} spoke to reporters about a boiler.`;
          const start = text.indexOf(name) + (shape === 'the' ? 4 : 0);
          return recognizer.recognize(text).every((m) => m.start !== start);
        },
      ),
      { numRuns: 200 },
    );
  });
});
