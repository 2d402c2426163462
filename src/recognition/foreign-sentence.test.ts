import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignGovernmentInSentence } from './foreign-sentence';

const US_TREASURY = new Set(['us', 'u.s.', 'treasury', 'department', 'of', 'the']);
const PACK = new Set(['us', 'china']);

/** Whether the first "Treasury" in `text` sits in a sentence about another government. */
function foreign(text: string): boolean {
  const start = text.indexOf('Treasury');
  return foreignGovernmentInSentence(text, start, start + 'Treasury'.length, US_TREASURY, PACK);
}

describe('another government named in the sentence', () => {
  it("reads another country's government in the possessive, before or after", () => {
    expect(foreign("Britain's finance ministry, the Treasury, said growth would slow.")).toBe(true);
    expect(foreign("The Treasury expects growth to slow, Australia's Treasurer said.")).toBe(true);
    expect(foreign("India's new finance minister said the Treasury would borrow more.")).toBe(true);
  });
  it("keeps the entity's own country, the pack's countries, other sentences and non-government possessives", () => {
    expect(foreign("Britain's finance ministry and the U.S. Treasury met.")).toBe(false);
    expect(foreign("China's finance ministry and the Treasury met in Geneva.")).toBe(false);
    expect(foreign("Britain's finance ministry met. The Treasury said talks went well.")).toBe(false);
    expect(foreign("Britain's weather was fine, the Treasury said.")).toBe(false);
    expect(foreign('Talks in Madrid, Spain, were led by the Treasury.')).toBe(false);
  });
  it('never reads another government where the sentence also names the US, in any of its names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Britain's", "Japan's", "India's", "Brazil's"),
        fc.constantFrom('US', 'U.S.', 'America', 'American'),
        fc.boolean(),
        (country, us, usFirst) => {
          const text = usFirst
            ? `The ${us} Treasury and ${country} finance ministry met.`
            : `${country} finance ministry met the Treasury of the ${us} government.`;
          expect(foreign(text)).toBe(false);
        },
      ),
    );
  });
  it("reads the pack's countries only for a sentence that needs them, with the same answers", () => {
    const texts = [
      "Britain's finance ministry, the Treasury, said growth would slow.",
      "China's finance ministry and the Treasury met in Geneva.",
      'The Treasury said talks went well.',
      "Britain's weather was fine, the Treasury said.",
    ];
    let reads = 0;
    const lazyPack = () => {
      reads += 1;
      return PACK;
    };
    for (const text of texts) {
      const start = text.indexOf('Treasury');
      const end = start + 'Treasury'.length;
      const expected = foreignGovernmentInSentence(text, start, end, US_TREASURY, PACK);
      expect(foreignGovernmentInSentence(text, start, end, US_TREASURY, lazyPack), text).toBe(expected);
    }
    expect(reads).toBe(2); // the two sentences with a country in the possessive
  });
});
