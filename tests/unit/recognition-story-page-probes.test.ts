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

describe("another person's full name opening with a pronoun-shaped surname", () => {
  const heLifeng = (text: string, from: number) =>
    recognizer.recognize(text).filter((m) => m.start >= from && m.entity === 'he-lifeng');
  it('"He Kexin" opening a sentence claims the later capitalized "He"', () => {
    const text = `${STORY}He Kexin won the gold medal on the uneven bars. Later, He said she was proud.`;
    expect(heLifeng(text, STORY.length)).toEqual([]);
    const inside = `${STORY}The gymnast He Kexin won gold. Asked about it, He said she was proud.`;
    expect(heLifeng(inside, STORY.length)).toEqual([]);
  });
  it('the pronoun before a verb, a Title Case run and his own full name leave his later "He" a card', () => {
    for (const opening of ['He Said', 'He Will', 'He Told', 'He Added', 'He Ain’t Heavy, He’s My Brother']) {
      const text = `${STORY}${opening} that tariffs would fall. Bessent met He again on Monday.`;
      expect(
        heLifeng(text, STORY.length).map((m) => m.text),
        opening,
      ).toEqual(['He']);
    }
    const own = `${STORY}He Lifeng said the talks went well. Bessent said He would visit.`;
    expect(heLifeng(own, STORY.length).map((m) => m.text)).toEqual(['He Lifeng', 'He']);
  });
  it('property: another He named in full, opening a sentence, takes every later bare "He" from him', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Kexin', 'Jiankui', 'Yubin', 'Ping', 'Wei', 'Xiaopeng', 'Yongqian'),
        fc.constantFrom(' won gold on Sunday.', ' spoke to reporters.', ', a spokesman, disagreed.'),
        fc.constantFrom('Later, He said so.', 'Bessent said He would visit.', 'Asked again, He declined.'),
        (given, rest, later) => {
          const text = `${STORY}He ${given}${rest} ${later}`;
          expect(heLifeng(text, STORY.length)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
