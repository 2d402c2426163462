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
