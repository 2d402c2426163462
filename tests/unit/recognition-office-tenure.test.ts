/**
 * A strong bare surname in the possessive before a noun of an office's tenure ("Trump's
 * administration", "Trump’s Cabinet") is set apart from a relative's full name named before it, as
 * "President Trump" is (src/recognition/coreference.ts, name-word-occurrences.ts
 * `ownsOfficeTenure`). Written from a real news index page (yahoo-2 of the saved corpus:
 * "… Melania Trump …" above "… if he joins Trump’s Cabinet"; docs/recognition.md, recall10p); the
 * sentences here are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

describe("a bare possessive owning an office's tenure", () => {
  it("keeps the president after a relative's full name, and leaves the later bare mentions hers", () => {
    expect(
      found("Melania Trump wore a blue gown. She said little about Trump's administration. Trump smiled."),
    ).toEqual([['donald-trump', 'Trump']]);
    expect(found('Melania Trump wore a blue gown. An adviser may join Trump’s Cabinet.')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
  });
  it("a campaign, a team or aides stay the relative's; a weak surname still needs its own evidence", () => {
    expect(found("Lara Trump ran for the Senate. Trump's campaign raised money.")).toEqual([]);
    expect(found("Eric Trump spoke. Trump's team met the bankers.")).toEqual([]);
    expect(found("Li Qiang spoke in Beijing. Li's government will act.")).toEqual([]);
  });
  it("property: after any relative's full name, the tenure owner is the president and the next bare mention is not", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Melania', 'Mary', 'Eric', 'Lara', 'Ivanka', 'Fred'),
        fc.constantFrom('administration', 'presidency', 'cabinet', 'Cabinet', 'government'),
        fc.constantFrom("'", '’'),
        (given, noun, apostrophe) => {
          const text = `${given} Trump spoke at the gala. Guests talked about Trump${apostrophe}s ${noun}. Trump left early.`;
          expect(found(text)).toEqual([['donald-trump', 'Trump']]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
