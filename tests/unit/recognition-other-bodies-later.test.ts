/**
 * Properties of coreference for generic bodies: a Treasury or Commerce Department the page has
 * tied to another government (before, after or in its sentence) stays that government's when it
 * comes back bare, until the page names the pack's own body again — by its country ("the US
 * Treasury"), by "in" and its capital ("the Treasury in Washington") or by a pack person's office
 * ("Treasury Secretary Scott Bessent"). Another country's finance-office title ("Chancellor Rachel
 * Reeves") ties the Treasury after it. Expected values are written here, not computed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const treasuries = (text: string) => recognizer.recognize(text).filter((m) => m.entity === 'us-treasury');
const NUM_RUNS = 100;

/** Sentences that tie "Treasury" to another government. */
const TIED = [
  "Britain's Treasury warned of slower growth.",
  'HM Treasury warned of slower growth.',
  'The Treasury in London warned of slower growth.',
  'The Treasury in Tokyo warned of slower growth.',
  'The state Treasury warned of slower growth.',
  'The Treasury in Minnesota warned of slower growth.',
];
/** Sentences that name the pack's own Treasury again, and how many US Treasury mentions each holds. */
const OWN: readonly (readonly [string, number])[] = [
  ['Treasury Secretary Scott Bessent met Chinese officials.', 0],
  ['The US Treasury met Chinese officials.', 1],
  ['The Treasury in Washington met Chinese officials.', 1],
];
const STORY = 'Tariffs and the trade war hurt exporters.';
const LATER = [
  'The Treasury said exports would fall.',
  'Exports will fall, the Treasury said.',
  'A Treasury spokesperson said exports would fall.',
];

describe('a generic body tied to another government, later on the page', () => {
  it('stays that government’s when it comes back bare', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TIED), fc.constantFrom(...LATER), (tied, later) => {
        expect(treasuries(`${STORY} ${tied} ${later}`)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('is the pack’s own again after its country, its capital or a pack person’s office names it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIED),
        fc.constantFrom(...OWN),
        fc.constantFrom(...LATER),
        (tied, [own, inOwn], later) => {
          const found = treasuries(`${STORY} ${tied} ${own} ${later}`);
          expect(found).toHaveLength(inOwn + 1);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it('another government’s finance ministry in an earlier sentence leaves the US Treasury alone', () => {
    const text =
      "Japan's finance ministry intervened in the yen market amid the trade war and tariffs. " +
      'Treasury Secretary Scott Bessent met officials. The Treasury said the talks were constructive.';
    expect(recognizer.recognize(text).map((m) => m.entity)).toEqual(['scott-bessent', 'us-treasury']);
  });
  it('another country’s finance-office title ties the Treasury after it, and the tie lasts', () => {
    const text =
      'Chancellor Rachel Reeves said US tariffs and the trade war would hurt growth. ' +
      'The Treasury expects slower exports. Later, the Treasury said borrowing would rise.';
    expect(treasuries(text)).toEqual([]);
    const german =
      'German Chancellor Friedrich Merz criticised the tariffs and the trade war. The Treasury said it would respond.';
    expect(treasuries(german)).toHaveLength(1);
  });
  it('a ministry of commerce in another capital is not China’s, and one in Beijing is', () => {
    const text = `${STORY} The ministry of commerce in Tokyo said exports fell. The Ministry of Commerce added more.`;
    expect(recognizer.recognize(text).map((m) => m.entity)).toEqual([]);
    const beijing = `${STORY} The Ministry of Commerce in Beijing said exports fell.`;
    expect(recognizer.recognize(beijing).map((m) => m.entity)).toEqual(['mofcom']);
  });
});
