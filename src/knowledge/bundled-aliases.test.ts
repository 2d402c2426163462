/**
 * The bundled pack's alias rules, exercised through recognition on sentences written for this
 * test: the false friends each rule exists for are vetoed, and the names themselves still match.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRecognizer } from '../recognition/index';
import { parsePackText } from './validate';

const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((mention) => [mention.entity, mention.text]);

describe('bundled aliases: false friends are vetoed', () => {
  it.each([
    'Treasury yields climbed and US Treasury bonds sold off; U.S. Treasury bills were flat.',
    // heraldtribune.com's auction report: the securities' prices, not the department.
    'Treasury prices fell as traders grew hopeful; the US Treasury price slipped.',
    'He played his Trump card at the Trump Tower party with Donald Trump Jr. present.',
    'Real Madrid beat Atlético Madrid on Sunday.',
    'We walked around the Silver Lake neighborhood of Los Angeles.',
    'Buffett, the Oracle of Omaha, bought more shares.',
    'Li and Wang met Zhang, Huang and Chew for dinner while Ellison cooked.',
    'He said the ministry would respond; Chris Messer disagreed.',
    'The Giants lost at Oracle Park before a concert at Oracle Arena.',
    'Crews at Vance Air Force Base and Vance AFB in Oklahoma trained all week.',
    'A plant in Greer, South Carolina, added a shift.',
    'Ferries crossed Lake Geneva at dawn.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("bundled aliases: a company's own product words (productWords) keep the company", () => {
  it('TikTok before its Shop names TikTok; Oracle before a park or a team does not name Oracle', () => {
    expect(found('Creators can apply to the TikTok Shop Affiliate program.')).toEqual([['tiktok', 'TikTok']]);
    expect(found('The Giants won at Oracle Park; Oracle Red Bull Racing won too.')).toEqual([]);
  });
});

describe("bundled aliases: a name inside someone else's name or product is not the known entity", () => {
  it.each([
    [
      'Wang Wentao met Wang Yi; Li Chenggang briefed Li Qiang; Jensen Huang praised Colin Huang.',
      [
        ['wang-wentao', 'Wang Wentao'],
        ['li-chenggang', 'Li Chenggang'],
        ['jensen-huang', 'Jensen Huang'],
      ],
    ],
    [
      'Larry Ellison flew in; David Ellison stayed home. Donald Trump met Melania Trump. JD Vance and Usha Vance arrived.',
      [
        ['larry-ellison', 'Larry Ellison'],
        ['donald-trump', 'Donald Trump'],
        ['jd-vance', 'JD Vance'],
      ],
    ],
    ['Servers built on NVIDIA MGX shipped.', [['nvidia', 'NVIDIA']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('bundled aliases: the names still match', () => {
  it('matches the department, the company, the city and the firm in their own senses', () => {
    expect(
      found('The Treasury said on Monday that Oracle and Silver Lake will invest; talks moved to Madrid.'),
    ).toEqual([
      ['us-treasury', 'Treasury'],
      ['oracle', 'Oracle'],
      ['silver-lake', 'Silver Lake'],
      ['madrid', 'Madrid'],
    ]);
  });

  it('counts a colliding surname only after the full name', () => {
    expect(
      found('Huang spoke first. Later Jensen Huang arrived, and Huang said Nvidia would comply.'),
    ).toEqual([
      ['jensen-huang', 'Jensen Huang'],
      ['jensen-huang', 'Huang'],
      ['nvidia', 'Nvidia'],
    ]);
  });

  it('reads a common misspelling and a formal given name, and the misspelt surname only after them', () => {
    expect(
      found('Annie Besant spoke. Scott Besant met Lawrence J. Ellison; Besant said the talks went well.'),
    ).toEqual([
      ['scott-bessent', 'Scott Besant'],
      ['larry-ellison', 'Lawrence J. Ellison'],
      ['scott-bessent', 'Besant'],
    ]);
    expect(found('Annie Besant and Walter Besant wrote of London; Besant was born in 1847.')).toEqual([]);
  });

  it('reads the committee\'s name as law firms write it, with "of" for "on", and its acronym after it', () => {
    expect(
      found('The Committee of Foreign Investment in the United States (CFIUS) may review the sale.'),
    ).toEqual([
      ['cfius', 'Committee of Foreign Investment in the United States'],
      ['cfius', 'CFIUS'],
    ]);
  });

  it('property: the committee named with "of" or "on" is the committee wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('of', 'on'),
        fc.constantFrom('', 'The deal went to the ', 'Lawyers said the '),
        fc.constantFrom('.', ' will decide.', ' reviews foreign deals.'),
        (small, before, after) => {
          const name = `Committee ${small} Foreign Investment in the United States`;
          expect(found(`${before}${name}${after}`)).toEqual([['cfius', name]]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads He Lifeng by his full name but never the pronoun', () => {
    expect(found('He Lifeng met Bessent. He said talks went well.')).toEqual([
      ['he-lifeng', 'He Lifeng'],
      ['scott-bessent', 'Bessent'],
    ]);
  });
});

describe('bundled aliases: a bare surname before a US state is a town', () => {
  const story = 'Scott Bessent met He Lifeng and Wang Wentao for trade talks on tariffs.';
  it('drops "Greer, South Carolina" on a story page and keeps the trade representative', () => {
    expect(found(`${story} BMW said its plant in Greer, South Carolina, added a shift.`)).not.toContainEqual([
      'jamieson-greer',
      'Greer',
    ]);
    expect(found(`${story} Greer, the trade representative, joined them.`)).toContainEqual([
      'jamieson-greer',
      'Greer',
    ]);
  });
  it('no bare name word of the pack before a comma and a US state is its person, on any page', () => {
    const name = fc.constantFrom('Greer', 'Bessent', 'Lutnick', 'Huang', 'Trump', 'Xi', 'Vance');
    const state = fc.constantFrom('South Carolina', 'Texas', 'Ohio', 'New York', 'Ill.', 'Iowa');
    const close = fc.constantFrom(',', ' —', ';');
    fc.assert(
      fc.property(name, state, close, (word, where, end) => {
        const town = `A plant in ${word}, ${where}${end} added a shift`;
        const text = `${story} ${town}.`;
        const at = text.indexOf(town) + 'A plant in '.length;
        expect(recognizer.recognize(text).filter((m) => m.start === at)).toEqual([]);
      }),
    );
  });
});
