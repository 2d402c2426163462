/**
 * The rules about language written after holdout-13 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before its rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('the body’s own country written in full before it', () => {
  it('"the United States Department of the Treasury" and "… Department of Commerce" name the pack’s bodies', () => {
    expect(
      found(
        'As a direct response, the United States Department of the Treasury has today announced new sanctions.',
      ),
    ).toEqual([['us-treasury', 'Department of the Treasury']]);
    expect(
      found(
        'Treasury Secretary Scott Bessent spoke. The United States Department of Commerce added entities.',
      ),
    ).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['us-commerce-department', 'Department of Commerce'],
    ]);
  });
  it('after another country’s Treasury, "the United States Treasury" is the pack’s again', () => {
    expect(
      found(
        'Scott Bessent flew to London, where the United Kingdom Treasury hosted him. Later the United States Treasury said sanctions would follow.',
      ),
    ).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['us-treasury', 'Treasury'],
    ]);
  });
  it('another country in full, a chamber or a committee before the word are not the pack’s body', () => {
    expect(
      found('Scott Bessent met officials of the New Zealand Treasury and the United Kingdom Treasury.'),
    ).toEqual([['scott-bessent', 'Scott Bessent']]);
    expect(found('The United States Chamber of Commerce backed the bill Scott Bessent praised.')).toEqual([
      ['scott-bessent', 'Scott Bessent'],
    ]);
  });
  it('property: the country in full before any of the bodies’ names keeps the body on a page of the story', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('the United States', 'The United States', 'the United States of America'),
        fc.constantFrom(
          ['us-treasury', 'Department of the Treasury'],
          ['us-treasury', 'Treasury Department'],
          ['us-commerce-department', 'Department of Commerce'],
          ['us-commerce-department', 'Commerce Department'],
        ),
        fc.constantFrom(' said on Monday', ' added entities to a list', ' has announced sanctions'),
        (country, [entity, body], tail) => {
          const lead = 'Howard Lutnick and Scott Bessent spoke about tariffs. ';
          const text = `${lead}${country} ${body}${tail}.`;
          const at = lead.length + country.length + 1;
          const mentions = recognizer.recognize(text).filter((m) => m.start >= at);
          expect(mentions.map((m) => [m.entity, m.text, m.start])).toEqual([[entity, body, at]]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a plural possessive before a generic body', () => {
  it('"the United Arab Emirates\' Ministry of Commerce" and "the Philippines’ Treasury" are those governments’ bodies', () => {
    expect(
      found(
        "Trump and Xi met in Busan as tariffs loomed. The United Arab Emirates' Ministry of Commerce said exports rose, and the Philippines’ Treasury issued bonds.",
      ),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi'],
      ['busan', 'Busan'],
    ]);
  });
  it('the entity’s own country, and a plural possessive that names no government, keep the body', () => {
    expect(
      found(
        "Scott Bessent spoke about tariffs. The United States' Treasury Department said sanctions were coming.",
      ),
    ).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['us-treasury', 'Treasury Department'],
    ]);
    expect(found('Scott Bessent spoke about tariffs. The investors’ Treasury holdings grew.')).toEqual([
      ['scott-bessent', 'Scott Bessent'],
      ['us-treasury', 'Treasury'],
    ]);
  });
  it('property: another country ending in "s", in the plural possessive, takes any generic body on a page of the story', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'United Arab Emirates',
          'Philippines',
          'Netherlands',
          'Bahamas',
          'Maldives',
          'Seychelles',
        ),
        fc.constantFrom("'", '’'),
        fc.constantFrom('Ministry of Commerce', 'Commerce Department', 'Department of Commerce', 'Treasury'),
        fc.constantFrom(' said exports rose', ' issued new rules', ' declined to comment'),
        (country, apostrophe, body, tail) => {
          const lead = 'Scott Bessent and Howard Lutnick spoke about tariffs. The ';
          const text = `${lead}${country}${apostrophe} ${body}${tail}.`;
          const after = recognizer.recognize(text).filter((m) => m.start >= lead.length);
          expect(after.map((m) => [m.entity, m.text])).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('another government’s minister of the body in its sentence', () => {
  it('"Federal Minister for Commerce, Engr. Khurram Dastgir Khan, said that Ministry of Commerce …" is not MOFCOM on a story page', () => {
    expect(
      found(
        'Tariffs and export controls dominated the week. Federal Minister for Commerce, Engr. Khurram Dastgir Khan, Thursday, said that Ministry of Commerce would pursue the Strategic Trade Policy Framework vigorously.',
      ),
    ).toEqual([]);
  });
  it('the pack’s own minister, or a title with no name, keeps the ministry', () => {
    expect(
      found('Commerce Minister Wang Wentao said the Ministry of Commerce would respond to the tariffs.'),
    ).toEqual([
      ['wang-wentao', 'Wang Wentao'],
      ['mofcom', 'Ministry of Commerce'],
    ]);
    expect(
      found(
        'Tariffs and export controls dominated. The Commerce Minister said the Ministry of Commerce would respond.',
      ),
    ).toEqual([['mofcom', 'Ministry of Commerce']]);
  });
  it('property: a minister of the body named by a name the pack does not know takes the generic body in the sentence', () => {
    const word = fc
      .stringMatching(/^[A-Z][a-z]{3,8}$/)
      .filter(
        (w) =>
          !/^(Trump|Wang|Zhang|Huang|Chew|Vance|Greer|Ellison|Bessent|Lutnick|Lutnik|Madrid|Geneva|Busan)$/.test(
            w,
          ),
      );
    fc.assert(
      fc.property(
        word,
        word,
        fc.constantFrom(
          (n: string) => `Commerce Minister ${n}`,
          (n: string) => `Federal Minister for Commerce, ${n},`,
          (n: string) => `Minister of Commerce ${n}`,
          (n: string) => `Minister of Industry and Commerce ${n}`,
        ),
        fc.constantFrom('the Ministry of Commerce', 'the Commerce Department', 'Ministry of Commerce'),
        (given, family, title, body) => {
          const lead = 'Scott Bessent spoke about tariffs and export controls. ';
          const text = `${lead}${title(`${given} ${family}`)} said ${body} would act.`;
          const after = recognizer.recognize(text).filter((m) => m.start >= lead.length);
          expect(after.map((m) => [m.entity, m.text])).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a place whose sentence names officials of another meeting', () => {
  const kerry =
    'Chinese Foreign Minister Wang Yi has met U.S. Secretary of State John Kerry at the ASEAN meeting in Kuala Lumpur. The two also discussed President Xi Jinping’s visit to the United States.';
  it('Kuala Lumpur as the venue of Wang Yi’s and John Kerry’s meeting, with Xi Jinping named elsewhere, is no card', () => {
    expect(found(kerry)).toEqual([['xi-jinping', 'Xi Jinping']]);
  });
  it('a pack name in the sentence, a related one on the page, or story words keep the place', () => {
    expect(found('Malaysian Prime Minister Anwar Ibrahim met Trump in Kuala Lumpur on Sunday.')).toEqual([
      ['donald-trump', 'Trump'],
      ['kuala-lumpur', 'Kuala Lumpur'],
    ]);
    expect(
      found(
        'Vice Finance Minister Liao Min met US officials in Kuala Lumpur. Scott Bessent said the talks went well.',
      ),
    ).toEqual([
      ['kuala-lumpur', 'Kuala Lumpur'],
      ['scott-bessent', 'Scott Bessent'],
    ]);
    expect(found(`${kerry} Tariffs and export controls were not discussed.`)).toContainEqual([
      'kuala-lumpur',
      'Kuala Lumpur',
    ]);
  });
  it('property: officials the pack does not know meeting in a pack city, with an unrelated pack name elsewhere, give the city no card', () => {
    const word = fc
      .stringMatching(/^[A-Z][a-z]{3,8}$/)
      .filter((w) => !/^(Trump|Wang|Zhang|Huang|Chew|Vance|Greer|Ellison|Bessent|Lutnick|Lutnik)$/.test(w));
    fc.assert(
      fc.property(
        word,
        word,
        fc.constantFrom('Foreign Minister', 'Prime Minister', 'Secretary of State', 'President'),
        // Not Busan: the pack relates it to Xi Jinping, whose name is evidence for it.
        fc.constantFrom('Kuala Lumpur', 'Geneva', 'Madrid'),
        (given, family, title, place) => {
          const text = `${title} ${given} ${family} met his counterpart at a regional meeting in ${place}. Separately, Xi Jinping spoke about the economy.`;
          expect(found(text)).toEqual([['xi-jinping', 'Xi Jinping']]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
