/**
 * Rules about language written from wrong cards seen in probes on story pages (docs/recognition.md,
 * holdout-12 section): another country's multi-word name or a national level word before a generic
 * government body, and another He's full name opening a sentence. Expected values are written
 * here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const NUM_RUNS = 40;
/** A story sentence: the page shows the story, so weak aliases have their evidence. */
const STORY =
  'The US and China agreed a trade truce on tariffs after talks between Bessent and He Lifeng in Kuala Lumpur on export controls. ';
const entitiesIn = (text: string, from: number) =>
  recognizer
    .recognize(text)
    .filter((m) => m.start >= from)
    .map((m) => [m.entity, m.text]);

describe('another government before a generic body, on a story page', () => {
  it('a multi-word country possessive or a national level word makes it another government', () => {
    for (const line of [
      "Saudi Arabia's Ministry of Commerce issued new rules.",
      'Saudi Arabia’s Ministry of Commerce issued new rules.',
      "Pakistan's federal Ministry of Commerce said exports rose.",
      "New Zealand's Treasury said the deficit narrowed.",
      "Sri Lanka's Ministry of Commerce said exports rose.",
    ]) {
      expect(entitiesIn(STORY + line, STORY.length), line).toEqual([]);
    }
  });
  it("the entity's own country keeps its body", () => {
    const line = "China's Ministry of Commerce said it would suspend export controls.";
    expect(entitiesIn(STORY + line, STORY.length)).toEqual([['mofcom', "China's Ministry of Commerce"]]);
    const central = "China's central Ministry of Commerce said so.";
    expect(entitiesIn(STORY + central, STORY.length)).toContainEqual(['mofcom', 'Ministry of Commerce']);
    const capital = 'The Ministry of Commerce in Beijing said so.';
    expect(entitiesIn(STORY + capital, STORY.length)).toContainEqual(['mofcom', 'Ministry of Commerce']);
  });
  it('property: another country named in one to three words, possessive, never gives the body a card', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Saudi Arabia',
          'New Zealand',
          'South Africa',
          'Sri Lanka',
          'Papua New Guinea',
          'Pakistan',
        ),
        fc.constantFrom("'s", '’s'),
        fc.constantFrom('', 'federal ', 'national '),
        fc.constantFrom('Ministry of Commerce', 'Treasury'),
        fc.constantFrom(' said exports rose.', ' issued new rules on Monday.'),
        (country, mark, level, body, rest) => {
          const line = `${country}${mark} ${level}${body}${rest}`;
          expect(entitiesIn(STORY + line, STORY.length)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
