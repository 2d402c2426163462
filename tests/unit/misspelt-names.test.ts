/**
 * A pack person's own given name misspelt by one edit before the surname ("said Jameison Greer"),
 * on a page that spells the full name right, is the person (src/recognition/misspelt-names.ts);
 * alone, a one-edit given name ("Jameson Greer", "Scotty Bessent") stays someone else. Written
 * after holdout-16's tune half (docs/recognition.md); expected values are written here, not computed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { MISSPELT_WINDOW } from '../../src/recognition/misspelt-aliases';
import { misspeltGivenName, withinOneEdit } from '../../src/recognition/misspelt-names';
import { EDITS, oneEdit } from '../support/edits';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 200;

/** Optimal string alignment distance, the slow way (a full table). */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'i', 'n', 's'), maxLength: 8 });

describe('one edit', () => {
  it('property: withinOneEdit answers as the full distance table does', () => {
    fc.assert(
      fc.property(word, word, (a, b) => withinOneEdit(a, b) === osaDistance(a, b) <= 1),
      { numRuns: NUM_RUNS * 5 },
    );
  });
  it('property: any one edit of a given name of five letters or more, keeping its first letter, is a misspelling of it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('jamieson', 'scott', 'howard', 'larry', 'lawrence', 'jensen', 'donald'),
        fc.nat(),
        fc.constantFrom(...EDITS),
        fc.constantFrom('a', 'e', 'i', 'o', 'u', 'y', 'n'),
        (given, at, edit, letter) => {
          const variant = oneEdit(given, at, edit, letter);
          return misspeltGivenName(variant, new Set([given])) === (variant !== given);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it('another first letter, two edits or a short given name is never a misspelling', () => {
    const given = new Set(['larry', 'donald', 'jamieson', 'shou']);
    for (const w of ['harry', 'ronald', 'jamie', 'jameso', 'shoo', 'larry', 'donald']) {
      expect([w, misspeltGivenName(w, given)]).toEqual([w, false]);
    }
  });
});

describe('a misspelt given name before a pack surname', () => {
  it('"said Jameison Greer" on a page naming Jamieson Greer is the trade representative', () => {
    expect(
      found(
        'Jamieson Greer spoke on Monday. "We are taking back our sovereignty," said Jameison Greer, United States trade chief.',
      ),
    ).toEqual([
      ['jamieson-greer', 'Jamieson Greer'],
      ['jamieson-greer', 'Greer'],
    ]);
  });
  it('alone on a page, a one-edit given name is someone else, and claims the later bare surname', () => {
    expect(found('Jameson Greer, a welder, won the county fair. Greer built a trailer.')).toEqual([]);
    expect(found('Scotty Bessent won the spelling bee. Bessent is eleven.')).toEqual([]);
  });
  it('property: a far given name stays another person even beside the right full name', () => {
    fc.assert(
      fc.property(fc.constantFrom('Jamie', 'Gregory', 'Harry', 'Nancy', 'Mrs.'), (other) => {
        const text = `Jamieson Greer met officials. ${other} Greer, a teacher, was not there.`;
        return found(text).filter(([, t]) => t === 'Greer').length === 0;
      }),
      { numRuns: 20 },
    );
  });
});

describe('a misspelt given name after an office word', () => {
  it('"Chinese President Xi Jlnping" is Xi Jinping: the given name after the surname, the title before', () => {
    expect(found('Analysts say Chinese President Xi Jlnping believes a downturn could force talks.')).toEqual(
      [['xi-jinping', 'Xi']],
    );
    expect(found('President Xi Jingping met Trump.')).toEqual([
      ['xi-jinping', 'Xi'],
      ['donald-trump', 'Trump'],
    ]);
  });
  it('"Ambassador Jamison Greer" on a story page is the trade representative', () => {
    expect(
      found(
        'After the Geneva talks with Vice Premier He Lifeng, U.S. Trade Representative Ambassador Jamison Greer said both sides agreed.',
      ),
    ).toEqual([
      ['geneva', 'Geneva'],
      ['he-lifeng', 'Vice Premier He Lifeng'],
      ['jamieson-greer', 'Greer'],
    ]);
  });
  it('without an office word or the right full name, the one-edit name stays someone else', () => {
    expect(found('Xi Jlnping, a student, won the prize. Xi said he was happy.')).toEqual([]);
    expect(found('Dr. Xi Jlnping treated the patient. Xi said it went well.')).toEqual([]);
    expect(
      found('Coach Jameson Greer led the team in Geneva with He Lifeng. Greer said it was close.'),
    ).toEqual([
      ['geneva', 'Geneva'],
      ['he-lifeng', 'He Lifeng'],
    ]);
  });
  it('property: a title that is no office never makes a one-edit given name the pack’s person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Coach', 'Dr.', 'Mr.', 'Professor', 'Judge', 'Captain'),
        fc.constantFrom('Xi Jlnping', 'Xi Jingping', 'Xi Jinpin'),
        (title, name) => {
          const text = `${title} ${name} spoke at the school. Xi said the students did well.`;
          return found(text).length === 0;
        },
      ),
      { numRuns: 40 },
    );
  });
  it('property: an office word before any one-edit spelling of the given name keeps the person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('President', 'Chairman', 'Premier', 'Secretary'),
        fc.constantFrom('Xi Jlnping', 'Xi Jingping', 'Xi Jinpin', 'Xi Jimping'),
        (title, name) => {
          const text = `The visit was announced. ${title} ${name} will arrive on Monday.`;
          expect(found(text)).toEqual([['xi-jinping', 'Xi']]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a surname counted only after the full name, in its own misspelt full name', () => {
  const STORY = 'After two days of talks led by Vice Premier He Lifeng,';
  it('"trade negotiator Li Chengang" beside He Lifeng is Li Chenggang, and the later bare "Li" too', () => {
    expect(
      found(`${STORY} Chinese trade negotiator Li Chengang told reporters the talks were frank.`),
    ).toEqual([
      ['he-lifeng', 'Vice Premier He Lifeng'],
      ['li-chenggang', 'Li'],
    ]);
    expect(found(`${STORY} negotiator Li Chengang spoke. Li said the talks were frank.`)).toEqual([
      ['he-lifeng', 'Vice Premier He Lifeng'],
      ['li-chenggang', 'Li'],
      ['li-chenggang', 'Li'],
    ]);
  });
  it('without an office word, or without page evidence for the weak surname, it stays someone else', () => {
    expect(found(`${STORY} Li Chengang, a student, asked a question.`)).toEqual([
      ['he-lifeng', 'Vice Premier He Lifeng'],
    ]);
    expect(found('Minister Li Chengang opened the new school in the county.')).toEqual([]);
    expect(found(`${STORY} Dr. Li Chengang told reporters the talks were frank.`)).toEqual([
      ['he-lifeng', 'Vice Premier He Lifeng'],
    ]);
  });
  it('property: any one-edit spelling of the given name after an office word is the person on a story page, never after a title that is no office', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Chengang', 'Chengzang', 'Chenggan', 'Chengagng', 'Chenggeng'),
        fc.constantFrom('negotiator', 'Minister', 'Vice Minister', 'envoy'),
        fc.constantFrom('Dr.', 'Coach', 'Professor', 'Mr.'),
        (given, office, title) => {
          const named = found(`${STORY} ${office} Li ${given} told reporters the talks were frank.`);
          const other = found(`${STORY} ${title} Li ${given} told reporters the talks were frank.`);
          return (
            named.some(([entity]) => entity === 'li-chenggang') &&
            !other.some(([entity]) => entity === 'li-chenggang')
          );
        },
      ),
      { numRuns: 40 },
    );
  });
  it('property: an unrelated sentence added before or after never makes a namesake’s misspelt-looking name a highlight', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Minister', 'negotiator', 'Dr.', 'Coach'),
        fc.constantFrom('Chengang', 'Chenggan', 'Chengzang'),
        fc.constantFrom(
          'The weather in the county stayed mild all week.',
          'Tickets for the concert sold out within an hour.',
          'The school opened a new library on Monday.',
          'Local farmers expect a good harvest this autumn.',
        ),
        fc.boolean(),
        (office, given, sentence, before) => {
          const own = `${office} Li ${given} opened the new school. Li said the pupils were ready.`;
          return found(before ? `${sentence} ${own}` : `${own} ${sentence}`).length === 0;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('an organization name of several words misspelt, beside the name written right', () => {
  const DEAL = 'TikTok has reached binding deals with Oracle, Silver Lake and MGX.';
  it('"Silver Lage" above "Silver Lake" is the firm; "United State Trade Representative" below its right spelling is the office', () => {
    expect(found(`TikTok Inks Deal With Oracle, Silver Lage, & MGX. ${DEAL}`)).toContainEqual([
      'silver-lake',
      'Silver Lage',
    ]);
    expect(
      found(
        'Jamieson Greer, the United States Trade Representative, met He Lifeng. "We agreed," said Jamieson Greer, United State Trade Representative.',
      ),
    ).toEqual([
      ['jamieson-greer', 'Jamieson Greer'],
      ['ustr', 'United States Trade Representative'],
      ['he-lifeng', 'He Lifeng'],
      ['jamieson-greer', 'Jamieson Greer'],
      ['ustr', 'United State Trade Representative'],
    ]);
  });
  it('only near the name written right: a misspelling farther than the window is left alone', () => {
    const filler = ' The weather in the county stayed mild all week.'.repeat(Math.ceil(MISSPELT_WINDOW / 40));
    expect(found(`${DEAL} Silver Lage's stake is 15%.`)).toContainEqual(['silver-lake', 'Silver Lage']);
    expect(found(`${DEAL}${filler} Silver Lage's stake is 15%.`)).not.toContainEqual([
      'silver-lake',
      'Silver Lage',
    ]);
  });
  it('with every rule of the alias: no right spelling, no evidence for a weak name, or an office title, and it is no mention', () => {
    expect(found('TikTok Inks Deal With Oracle, Silver Lage and MGX.')).not.toContainEqual([
      'silver-lake',
      'Silver Lage',
    ]);
    expect(found('We walked around Silver Lake at dusk. Silver Lage is lovely.')).toEqual([]);
    expect(
      found(
        'Jamieson Greer, the United States Trade Representative, met He Lifeng. United State Trade Representative Jamieson Greer spoke.',
      ),
    ).not.toContainEqual(['ustr', 'United State Trade Representative']);
  });
  it('property: any one-edit spelling of the last word (same first letter, not the plural) is the firm on a page writing its name right', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lage', 'Lak', 'Lacke', 'Laek', 'Lakke', 'Loke'), (misspelt) => {
        expect(found(`${DEAL} Silver ${misspelt}'s stake is 15%.`)).toContainEqual([
          'silver-lake',
          `Silver ${misspelt}`,
        ]);
      }),
      { numRuns: 20 },
    );
  });
  it('property: unrelated sentences added anywhere never make a misspelt name a highlight without its right spelling', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'The weather in the county stayed mild all week.',
            'Tickets for the concert sold out within an hour.',
            'Silver Lage and Silver Lakes are small towns.',
            'The United State Trade Representative office was a rumor.',
            'A Department of Commerse clerk filed the papers.',
          ),
          { maxLength: 6 },
        ),
        (sentences) => found(sentences.join(' ')).length === 0,
      ),
      { numRuns: 60 },
    );
  });
});
