import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from './index';

const recognizer = compileRecognizer(loadPackFile());
/** The texts of the mentions of `entity` in `text`. */
function named(text: string, entity: string): string[] {
  return recognizer.recognize(text).flatMap((m) => (m.entity === entity ? [m.text] : []));
}

describe('one sense per page for a US town named like a pack entity', () => {
  it("a bare word elsewhere on a page that writes it as a town is the town (greenvilleonline.com's shape)", () => {
    const text =
      'Tariffs and the trade war worry workers at the Greer plant. Cars ship from the plant in Greer, S.C., to Charleston, and jobs outside Greer depend on exports.';
    expect(named(text, 'jamieson-greer')).toEqual([]);
    expect(
      named('Trump held a rally in Geneva, Ill., on Monday. Crowds filled Geneva before noon.', 'geneva'),
    ).toEqual([]);
  });
  it('the pack person named in full, or an entity related to him, keeps the bare word for him', () => {
    const full =
      'U.S. Trade Representative Jamieson Greer spoke on tariffs. BMW builds cars in Greer, S.C., and Greer said exports matter.';
    expect(named(full, 'jamieson-greer')).toEqual(['Jamieson Greer', 'Greer']);
    const related =
      'The USTR weighs tariffs. BMW builds cars in Greer, S.C. Greer said the trade war must end.';
    expect(named(related, 'jamieson-greer')).toEqual(['Greer']);
  });
  it('a page that writes no town keeps reading the word as before', () => {
    expect(named('Trump raised tariffs. Crowds filled Geneva before noon.', 'geneva')).toEqual(['Geneva']);
  });
  it('property: wherever the town is written on the page, other bare mentions of the word give no card', () => {
    const states = fc.constantFrom('S.C.', 'South Carolina', 'Texas', 'Ill.', 'N.Y.', 'Ga.');
    const uses = fc.constantFrom('workers at the Greer plant', 'the plant outside Greer', 'jobs near Greer');
    fc.assert(
      fc.property(states, uses, fc.boolean(), (state, use, townFirst) => {
        const town = `Cars ship from the plant in Greer, ${state}, to the port.`;
        const other = `Tariffs and the trade war worry ${use}.`;
        const text = townFirst ? `${town} ${other}` : `${other} ${town}`;
        expect(named(text, 'jamieson-greer')).toEqual([]);
        expect(named(`${other} Cars ship from the plant to the port.`, 'jamieson-greer')).toEqual(['Greer']);
      }),
      { numRuns: 60 },
    );
  });
});
