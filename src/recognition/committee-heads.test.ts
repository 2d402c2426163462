import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from './index';

const recognizer = compileRecognizer(loadPackFile());
/** The texts of the mentions of `entity` in `text`. */
function named(text: string, entity: string): string[] {
  return recognizer.recognize(text).flatMap((m) => (m.entity === entity ? [m.text] : []));
}

/** A sentence that shows the story, so that a generic organization word has page evidence. */
const STORY = 'Trump raised tariffs on China again, and the trade war went on.';

describe("a committee's head noun in lower case after a generic organization word (body-names.ts)", () => {
  it("a parliament's committee named after the field gives the department no card (london24news.co.uk)", () => {
    const text = `${STORY} Professor David Miles, from the Office for Budget Responsibility (OBR), told MPs on the Treasury committee: ‘If tariffs at 20, 25 per cent were put on the UK and maintained for five years, it will knock out all the headroom.’`;
    expect(named(text, 'us-treasury')).toEqual([]);
    expect(named(`${STORY} The Commerce subcommittee held a hearing.`, 'us-commerce-department')).toEqual([]);
  });
  it("the department's own staff and units keep it", () => {
    expect(named(`${STORY} Treasury officials said a Treasury office would open.`, 'us-treasury')).toEqual([
      'Treasury',
      'Treasury',
    ]);
    expect(
      named(`${STORY} The Commerce bureau that oversees export controls acted.`, 'us-commerce-department'),
    ).toEqual(['Commerce']);
  });
  it('property: the generic word gives no card exactly when a committee’s head follows it', () => {
    const bodies = fc.constantFrom(
      ['Treasury', 'us-treasury'],
      ['Commerce', 'us-commerce-department'],
      ['Commerce Department', 'us-commerce-department'],
    );
    const after = fc.constantFrom('committee', 'subcommittee', 'officials', 'spokesman', 'staff', 'office');
    fc.assert(
      fc.property(bodies, after, fc.constantFrom('the', 'a', 'on the'), ([word, entity], noun, opener) => {
        const text = `${STORY} Lawmakers spoke to ${opener} ${word} ${noun} on Monday.`;
        const committee = noun === 'committee' || noun === 'subcommittee';
        expect(named(text, entity)).toEqual(committee ? [] : [word]);
      }),
      { numRuns: 60 },
    );
  });
});
