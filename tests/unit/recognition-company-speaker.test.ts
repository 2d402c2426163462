/**
 * A company's weak one-word name opening a sentence and speaking in it ("Oracle claims that 23c
 * has 300+ new features …") names the company for the page (src/recognition/company-speaker.ts);
 * an oracle, a character or an arena of the same name does not. Written from the tune8 miss
 * h8-oracle-renenyffenegger (docs/recognition.md); expected values are written here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

const BLOG =
  'Oracle claims that 23c has 300+ new features and enhancements. This page lists the ones I use. Oracle renamed 23c to 23ai.';

describe('a company speaking names itself for the page', () => {
  it('"Oracle claims that …" keeps both weak "Oracle" of a database blog', () => {
    expect(found(BLOG)).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
    ]);
  });
  it('an oracle, a character, another company or an arena of that name stays no mention', () => {
    expect(found('The Oracle announced that Athens would be saved by a wooden wall.')).toEqual([]);
    expect(found('Oracle announced she would guide Batman through the night.')).toEqual([]);
    expect(found('Oracle Energy Corp. explores for oil. Oracle reported lower revenue.')).toEqual([]);
    expect(
      found('Golden State played its last game at Oracle. Oracle said goodbye to the Warriors.'),
    ).toEqual([]);
    expect(found('Oracle said the city would fall to the Persians.')).toEqual([]);
  });
  it('property: unrelated sentences added anywhere never make an oracle or a character a highlight', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'The weather in the county stayed mild all week.',
            'The Oracle announced that the city would stand.',
            'Oracle announced she would leave the team.',
            'Oracle said the harvest would fail.',
            'The temple at Delphi reported many visitors.',
          ),
          { maxLength: 6 },
        ),
        (sentences) => found(sentences.join(' ')).length === 0,
      ),
      { numRuns: 80 },
    );
  });
  it('property: unrelated sentences added around the blog never take its highlights away or add others', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'The weather stayed mild.',
            'Tickets sold out within an hour.',
            'Upgrade with care.',
          ),
          { maxLength: 4 },
        ),
        fc.boolean(),
        (sentences, before) => {
          const text = before ? `${sentences.join(' ')} ${BLOG}` : `${BLOG} ${sentences.join(' ')}`;
          expect(found(text)).toEqual([
            ['oracle', 'Oracle'],
            ['oracle', 'Oracle'],
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * A company's weak name beside its business (src/recognition/company-signs.ts): a chief
 * executive named after it, its shares, revenue or acquisitions in the possessive, a noun of its
 * trade. Written from real finance and technology pages that name no other pack entity (an
 * interview with the chief executive, an earnings note, the Sun takeover; docs/recognition.md,
 * recall10p); the sentences here are made up.
 */
const EARNINGS =
  'In a television interview, Oracle CEO Jane Roe described the quarter. Oracle booked new cloud deals in its first week. Later, Oracle’s stock price fell 9% after the outlook.';

describe('a company named by its business names itself for the page', () => {
  it('a chief executive after the name or its stock in the possessive keeps every weak "Oracle"', () => {
    expect(found(EARNINGS)).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
    ]);
    expect(found('Oracle completes takeover of Sun. Oracle estimated the gain at $1.5 billion.')).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
    ]);
    expect(found('We bought Oracle licenses in 2001. Oracle was expensive then.')).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
    ]);
  });
  it('a character, an oracle, another company or an arena of that name stays no mention', () => {
    expect(found("Barbara Gordon became Oracle. Oracle's database of criminals helped Batman.")).toEqual([]);
    expect(found("The Oracle's prophecy came true. The Oracle's shares of wisdom were few.")).toEqual([]);
    expect(
      found("Oracle Power PLC drills in Pakistan. Oracle's shares rose 5%. Oracle CEO Jane Roe spoke."),
    ).toEqual([]);
    expect(found("Golden State played at Oracle Arena. Oracle's revenue from concerts rose.")).toEqual([]);
    expect(found('Shop our Oracle cards. Oracle shares its wisdom with every reader.')).toEqual([]);
  });
  it('property: a page naming the company by its business keeps its weak name however it is worded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Oracle CEO Jane Roe spoke on Monday.',
          "Analysts watched Oracle's shares all week.",
          'Oracle’s revenue grew 8% in the quarter.',
          'Oracle shares rose 4% in early trading.',
          'Most banks run Oracle software.',
        ),
        fc.array(fc.constantFrom('The weather stayed mild.', 'Tickets sold out within an hour.'), {
          maxLength: 3,
        }),
        (sign, others) => {
          const text = [...others, sign, 'Oracle was founded in 1977.'].join(' ');
          const oracle = found(text).filter(([entity]) => entity === 'oracle');
          expect(oracle).toHaveLength(2);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('property: namesakes of the name beside business words never become a highlight', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "The Oracle's shares of wisdom were few.",
            "Barbara Gordon became Oracle. Oracle's network grew.",
            "Oracle's First Enemy Proved Her Worth",
            'Oracle shares its wisdom with the hero.',
            'Oracle Power PLC drills for coal. Oracle shares rose 5%.',
            'The weather stayed mild.',
          ),
          { maxLength: 5 },
        ),
        (sentences) => found(sentences.join(' ')).length === 0,
      ),
      { numRuns: 80 },
    );
  });
});
