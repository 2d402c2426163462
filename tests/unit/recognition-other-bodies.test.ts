/**
 * Properties of the rules that keep other governments' bodies and namesakes' bare surnames from
 * the bundled pack's cards: a state's or another country's Commerce Department or Treasury, a
 * word inside another body's longer name, and a bare surname on a page whose only other pack
 * name is unrelated to that person. Expected values are written here, not computed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const entitiesIn = (text: string) => recognizer.recognize(text).map((m) => m.entity);
const NUM_RUNS = 100;

const GOVERNMENTS = [
  'Minnesota',
  'Ohio',
  'Texas',
  'California',
  'Pennsylvania',
  'India',
  'Japan',
  'Canada',
  'Australia',
  'Brazil',
];
const BODY_NAMES = [
  'Commerce Department',
  'Department of Commerce',
  'Treasury',
  'Treasury Department',
  'Commerce Dept.',
  'Treasury Dept',
];
const OTHER_BODY = /^(us-commerce-department|us-treasury)$/;

describe('another government’s body', () => {
  it('a state or country before a Commerce Department or Treasury makes it theirs, at any place in a sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOVERNMENTS),
        fc.constantFrom(...BODY_NAMES),
        fc.constantFrom(
          (g: string, b: string) => `${g}'s ${b} said on Monday that exports rose.`,
          (g: string, b: string) => `${g} ${b} officials said on Monday that exports rose.`,
          (g: string, b: string) => `Exports rose, the ${g} ${b} said on Monday.`,
          (g: string, b: string) => `Exports rose, ${g}’s ${b} said on Monday.`,
        ),
        (government, body, sentence) => {
          expect(entitiesIn(sentence(government, body)).filter((id) => OTHER_BODY.test(id))).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('leaves the federal body alone when no other government is named', () => {
    expect(entitiesIn('Exports rose, the Commerce Department said on Monday.')).toEqual([
      'us-commerce-department',
    ]);
    expect(entitiesIn("America's Treasury Department said on Monday that exports rose.")).toEqual([
      'us-treasury',
    ]);
  });

  it('"in" and a state or another country after the body, or a state word before it, makes it theirs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOVERNMENTS, 'South Carolina', 'the United Kingdom'),
        fc.constantFrom(...BODY_NAMES),
        (government, body) => {
          const sentence = `The ${body} in ${government} said tariffs and the trade war cut revenue.`;
          expect(entitiesIn(sentence).filter((id) => OTHER_BODY.test(id))).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    expect(entitiesIn('The state Treasury said tariffs and the trade war cut revenue.')).toEqual([]);
    expect(entitiesIn('The provincial commerce department blamed tariffs and the trade war.')).toEqual([]);
    expect(entitiesIn('The Treasury in Washington said tariffs and the trade war cut revenue.')).toEqual([
      'us-treasury',
    ]);
    expect(
      entitiesIn('The Commerce Department in the United States blamed tariffs and the trade war.'),
    ).toEqual(['us-commerce-department']);
  });

  it('drops the words inside another body’s longer name too', () => {
    expect(entitiesIn('The meeting was arranged by the South Carolina Department of Commerce.')).toEqual([]);
    expect(entitiesIn('The meeting was arranged by the Minnesota Department of Commerce.')).toEqual([]);
  });
});

/** Bare surnames of the pack's people, each with pack names the pack does not relate to them. */
const UNRELATED: readonly (readonly [string, readonly string[]])[] = [
  ['Greer', ['TikTok', 'Nvidia', 'ByteDance']],
  ['Vance', ['Nvidia', 'ByteDance', 'MOFCOM']],
];

describe('a namesake’s bare surname', () => {
  it('an unrelated pack name elsewhere on the page never makes a bare surname count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNRELATED),
        fc.nat(2),
        fc.constantFrom('scored twice on Friday', 'said the play opens in May', 'was re-elected sheriff'),
        ([surname, others], pick, clause) => {
          const other = others[pick % others.length] as string;
          const text = `${surname} ${clause}. Fans followed it on a stream, and ${other} was mentioned.`;
          expect(entitiesIn(text)).not.toContain(surname === 'Greer' ? 'jamieson-greer' : 'jd-vance');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('a related pack name or the story makes it count', () => {
    expect(entitiesIn('Greer met Bessent in London on Monday.')).toEqual(['jamieson-greer', 'scott-bessent']);
    expect(entitiesIn('Greer said tariffs and export controls were on the table.')).toEqual([
      'jamieson-greer',
    ]);
    expect(entitiesIn('Vance praised TikTok on Monday.')).toEqual(['jd-vance', 'tiktok']);
  });
});

describe('the same words later on the page', () => {
  it('a bare Commerce Department or Treasury after another government’s stays theirs, until the US one is named', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOVERNMENTS), fc.constantFrom(...BODY_NAMES), (government, body) => {
        const story = 'Tariffs on chips from China rose.';
        const text = `The ${government} ${body} met exporters. ${story} The ${body} organized a trade fair.`;
        expect(entitiesIn(text).filter((e) => OTHER_BODY.test(e))).toEqual([]);
        const named = `${text} The US ${body} disagreed. The ${body} said so on Friday.`;
        expect(entitiesIn(named).filter((e) => OTHER_BODY.test(e))).toHaveLength(2);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('a company named after the body keeps the bare word too', () => {
    expect(
      entitiesIn('Shares of Treasury Wine Estates fell on China’s tariffs. Treasury shares slumped.'),
    ).toEqual([]);
  });
  it('an office title of the body is no other body: "Secretary of the Treasury Scott Bessent"', () => {
    expect(
      entitiesIn(
        'Secretary of the Treasury Scott Bessent spoke on tariffs. The Treasury then issued guidance.',
      ),
    ).toEqual(['scott-bessent', 'us-treasury']);
  });
});

describe('a security named after its issuer', () => {
  it('a term before Treasury makes it a security on a story page, and the Secretary stays', () => {
    const text =
      'Treasury Secretary Scott Bessent said the yield on the 10-year Treasury matters for tariff policy. ' +
      'The 30 Year Treasury fell and the two-year Treasury rose.';
    expect(entitiesIn(text)).toEqual(['scott-bessent']);
  });
  it('the same story page keeps the department itself', () => {
    const text =
      'Treasury Secretary Scott Bessent met Chinese officials on tariffs. The Treasury said talks went well.';
    expect(entitiesIn(text)).toEqual(['scott-bessent', 'us-treasury']);
  });
  it('any term before Treasury, on a page that names the story, gives no Treasury card', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 50 }).map(String),
          fc.constantFrom('two', 'five', 'ten', 'thirty'),
        ),
        fc.constantFrom('-year', ' Year', '-month', '-week'),
        (count, unit) => {
          const text = `Scott Bessent spoke on tariffs. The ${count}${unit} Treasury is watched by investors.`;
          expect(entitiesIn(text)).toEqual(['scott-bessent']);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('abbreviated department names', () => {
  it('"Commerce Dept." and "Treasury Dept" name the pack’s departments on a story page', () => {
    expect(
      entitiesIn(
        'The Commerce Dept. added Chinese chip firms to the Entity List. A Treasury Dept spokesman agreed.',
      ),
    ).toEqual(['us-commerce-department', 'us-treasury']);
    expect(entitiesIn('COMMERCE DEPT. ADDS CHINESE FIRMS TO ENTITY LIST OVER CHIPS')).toEqual([
      'us-commerce-department',
    ]);
  });
});

describe('another government named in the sentence', () => {
  it("a generic body name beside another country's government in the possessive is that country's, even on a story page", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Britain's finance ministry",
          "Japan's government",
          "Australia's Treasurer",
          "India's finance minister",
        ),
        fc.constantFrom('the Treasury', 'the Commerce Ministry', 'the Ministry of Commerce'),
        (government, body) => {
          const text = `Donald Trump met Xi Jinping in Busan. ${government} said ${body} would answer the tariffs.`;
          expect(entitiesIn(text)).toEqual(['donald-trump', 'xi-jinping', 'busan']);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it("keeps the US body where the sentence names the US or only the story's own sides", () => {
    expect(entitiesIn("Britain's finance ministry said the U.S. Treasury would answer.")).toEqual([
      'us-treasury',
    ]);
    expect(
      entitiesIn("Donald Trump met Xi Jinping. China's finance ministry said the Treasury would answer."),
    ).toEqual(['donald-trump', 'xi-jinping', 'us-treasury']);
  });
});
