import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEntity, testPack } from '../../tests/support/test-pack';
import type { Entity } from '../knowledge/schema';
import { AcronymReadings, acronymReading, parenIndex, spelledOutAsOther } from './acronyms';
import { compileRecognizer } from './index';
import { nameOwner } from './name-owner';

const entity = (aliases: string[]): Entity =>
  ({ id: 'x', name: aliases[0], type: 'organization', aliases, facts: [] }) as unknown as Entity;
/** The entity's own alias words, as the recognizer passes them (name-owner.ts). */
const mgx = nameOwner(entity(['MGX']), []).ownWords;
const bis = nameOwner(entity(['Bureau of Industry and Security', 'BIS']), []).ownWords;

describe('spelledOutAsOther', () => {
  it('reads an expansion before the acronym in parentheses', () => {
    expect(spelledOutAsOther('The Mobile Game Exchange (MGX) opens in May.', 'MGX', mgx)).toBe(true);
    expect(spelledOutAsOther('The Bank for International Settlements (BIS) said.', 'BIS', bis)).toBe(true);
  });
  it('reads an expansion after the acronym in parentheses', () => {
    expect(spelledOutAsOther('MGX (Modular Graphics Extension) is a standard.', 'MGX', mgx)).toBe(true);
  });
  it('takes an expansion in the entity’s own words as the entity’s', () => {
    expect(spelledOutAsOther('The Bureau of Industry and Security (BIS) said.', 'BIS', bis)).toBe(false);
  });
  it('needs two capitalized words, whole-word and exact-case acronyms', () => {
    expect(spelledOutAsOther('an Abu Dhabi fund (MGX) said', 'MGX', mgx)).toBe(false);
    expect(
      spelledOutAsOther('Silver Lake and state-backed investor MGX (an Abu Dhabi fund)', 'MGX', mgx),
    ).toBe(false);
    expect(spelledOutAsOther('The Mobile Game Exchange (MGXS) opens.', 'MGX', mgx)).toBe(false);
    expect(spelledOutAsOther('Nothing here.', 'MGX', mgx)).toBe(false);
  });
  it('text without the acronym in parentheses never reads as a clash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const text = `${a.replace(/[()]/g, '')} MGX ${b.replace(/[()]/g, '')}`;
        expect(spelledOutAsOther(text, 'MGX', mgx)).toBe(false);
      }),
    );
  });

  it('reads through the text’s parentheses just as a scan of every occurrence does', () => {
    // The oracle: every whole-word, exact-case occurrence of the acronym, read on its own.
    const wordChar = /[\p{L}\p{N}]/u;
    const scan = (text: string, acronym: string): boolean => {
      const own = new Set(['mgx']);
      const other = (words: string[]) => {
        const caps = words.filter((w) => /^\p{Lu}/u.test(w));
        return (
          caps.length >= 2 && !caps.some((w) => own.has(w.toLowerCase().replace(/[^\p{L}\p{N}.&'-]/gu, '')))
        );
      };
      for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
        const end = at + acronym.length;
        if (wordChar.test(text[at - 1] ?? ' ') || wordChar.test(text[end] ?? ' ')) continue;
        if (text[at - 1] === '(' && text[end] === ')') {
          const before = text
            .slice(Math.max(0, at - 81), at - 1)
            .trimEnd()
            .split(/\s+/);
          const run: string[] = [];
          for (let i = before.length - 1; i >= 0 && run.length < 16; i--) {
            const w = before[i] as string;
            if (/^\p{Lu}/u.test(w)) run.unshift(w);
            else if (
              ['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', '&'].includes(w) &&
              run.length > 0
            )
              run.unshift(w);
            else break;
          }
          while (run.length > 0 && !/^\p{Lu}/u.test(run[0] as string)) run.shift();
          if (other(run)) return true;
        }
        const after = /^[ \u00a0]?\(([^()\n]{2,80})\)/.exec(text.slice(end, end + 83));
        const words = after === null ? [] : (after[1] as string).trim().split(/\s+/);
        if (/^\p{Lu}/u.test(words[0] ?? '') && other(words)) return true;
      }
      return false;
    };
    const piece = fc.constantFrom(
      ...['MGX', 'MGXS', 'xMGX', '(', ')', ' ', '\u00a0', 'Mobile', 'Game', 'of', 'an', 'Fund', '.', '\n'],
      ...[
        'Mobile Game Exchange ',
        '(MGX)',
        'MGX (',
        'Modular Graphics',
        'the MGX Fund',
        ') ',
        'MGX\u00a0(Modular Graphics',
      ],
    );
    let clashes = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const expected = scan(text, 'MGX');
        if (expected) clashes++;
        expect(spelledOutAsOther(text, 'MGX', mgx, parenIndex(text))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(clashes).toBeGreaterThan(10);
  });
});

describe('acronymReading', () => {
  it('an expansion in the entity’s own words settles it, before or after the acronym', () => {
    expect(acronymReading('The Bureau of Industry and Security (BIS) said.', 'BIS', bis)).toBe('own');
    expect(acronymReading('BIS (Bureau of Industry and Security) said.', 'BIS', bis)).toBe('own');
    expect(acronymReading('Basel Bank (BIS) and Industry Security (BIS).', 'BIS', bis)).toBe('own');
    expect(acronymReading('The Bank for International Settlements (BIS).', 'BIS', bis)).toBe('other');
    expect(acronymReading('BIS acted.', 'BIS', bis)).toBe('none');
  });
  it('whatever capitalized words come before an own expansion, it stays own', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('The', 'Trump', 'administration’s', 'US', 'of', 'New'), { maxLength: 6 }),
        (before) => {
          const text = `${before.join(' ')} Bureau of Industry and Security (BIS) acted.`;
          expect(acronymReading(text, 'BIS', bis)).toBe('own');
        },
      ),
    );
  });
});

describe('an organization acronym in the recognizer', () => {
  const bureau = testEntity('bis', 'organization', ['Bureau of Industry and Security', 'BIS']);
  const chips = testEntity('chips', 'organization', ['Chipmaker Ltd']);
  const bank = testEntity('bank', 'organization', ['Lender Bank']);
  const related = { ...bureau, related: ['chips'] };
  const found = (entities: Entity[], text: string) =>
    compileRecognizer(testPack(entities))
      .recognize(text)
      .map((m) => [m.entity, m.text]);

  it('alone, it is not enough: the same letters name other things', () => {
    expect(found([bureau, chips, bank], 'BIS is a server standard.')).toEqual([]);
    expect(found([bureau, chips, bank], 'Lender Bank adopted the BIS server standard.')).toEqual([
      ['bank', 'Lender Bank'],
    ]);
  });
  it('counts beside a related entity or two of the pack’s entities', () => {
    expect(found([related, chips, bank], 'Chipmaker Ltd said BIS acted.')).toEqual([
      ['chips', 'Chipmaker Ltd'],
      ['bis', 'BIS'],
    ]);
    expect(found([bureau, chips, bank], 'Chipmaker Ltd and Lender Bank said BIS acted.')).toEqual([
      ['chips', 'Chipmaker Ltd'],
      ['bank', 'Lender Bank'],
      ['bis', 'BIS'],
    ]);
  });
  it('spelled out in its own words, even with other small words, it names the entity', () => {
    expect(found([bureau], 'The Bureau for Industry and Security (BIS) said. BIS acted.')).toEqual([
      ['bis', 'BIS'],
      ['bis', 'BIS'],
    ]);
  });
  it('spelled out as another name, it needs a related entity even beside two others', () => {
    const text = 'Chipmaker Ltd and Lender Bank: the Bank for International Settlements (BIS) said.';
    expect(found([bureau, chips, bank], text)).toEqual([
      ['chips', 'Chipmaker Ltd'],
      ['bank', 'Lender Bank'],
    ]);
    expect(found([related, chips, bank], text)).toEqual([
      ['chips', 'Chipmaker Ltd'],
      ['bank', 'Lender Bank'],
      ['bis', 'BIS'],
    ]);
  });
  it('the name in capitals beside its written form is not an acronym', () => {
    const nvidia = testEntity('nv', 'organization', ['Nvidia', 'NVIDIA']);
    expect(found([nvidia], 'NVIDIA shares rose.')).toEqual([['nv', 'NVIDIA']]);
  });
});

describe('acronym expansions, word by word', () => {
  const cfius = nameOwner(
    entity(['Committee on Foreign Investment in the United States', 'CFIUS']),
    [],
  ).ownWords;
  const mofcom = nameOwner(entity(['Ministry of Commerce', 'Commerce Ministry', 'MOFCOM']), []).ownWords;
  const g7 = nameOwner(entity(['G7 Summit']), []).ownWords;

  it('reads each small connector inside an expansion before the acronym', () => {
    // Each expansion has two capitalized words joined by one connector: without it, one is left.
    const cases: [string, string][] = [
      ['Protesters from Friends of the Earth (FOE) marched.', 'FOE'],
      ['The talks at the Conference on Disarmament (CD) stalled.', 'CD'],
      ['A fee set by the Office for Students (OFS) rose.', 'OFS'],
      ['Shares of Marks and Spencer (MS) fell.', 'MS'],
      ['The plan called Made in China (MIC) began in 2015.', 'MIC'],
      ['Rates at the Banque de France (BDF) held.', 'BDF'],
      ['Funds from the Caisse des Dépôts (CDC) arrived.', 'CDC'],
      ['Loans from the Crédit du Nord (CDN) grew.', 'CDN'],
      ['Notes from the Casa de la Moneda (CDLM) were printed.', 'CDLM'],
      ['Sales at Procter & Gamble (PG) slowed.', 'PG'],
    ];
    for (const [text, acronym] of cases) expect(acronymReading(text, acronym, mgx), text).toBe('other');
  });
  it('reads back at most sixteen words before the parenthesis', () => {
    // Seventeen capitalized words: the first, "Bureau", is one of the entity's own words.
    const text = 'Bureau Aide Says Big EU Banks On New Rules As Basel Bank Unit Sets Out Tax Plan (BIS)';
    expect(acronymReading(text, 'BIS', bis)).toBe('other');
    expect(acronymReading('Aide Says Big EU Banks On New Rules As Basel Bureau (BIS)', 'BIS', bis)).toBe(
      'none',
    );
  });
  it('does not start an expansion with a connector right before the parenthesis', () => {
    expect(acronymReading('Oracle, Silver Lake Partners and (MGX) signed.', 'MGX', mgx)).toBe('none');
  });
  it('skips a connector that is not one of the entity’s words inside its own expansion', () => {
    expect(acronymReading('said the Bureau of Industry & Security (BIS) on Monday', 'BIS', bis)).toBe('own');
    expect(acronymReading('BIS (Bureau for Industry and Security) said', 'BIS', bis)).toBe('own');
  });
  it('compares words without the punctuation around them', () => {
    expect(acronymReading('the “Bureau of Industry and Security” (BIS) said', 'BIS', bis)).toBe('own');
  });
  it('compares words with their digits', () => {
    expect(acronymReading('Leaders at the G7 Summit (G7S) agreed.', 'G7S', g7)).toBe('own');
  });
  it('needs two of the entity’s words in an expansion after the acronym', () => {
    expect(acronymReading('MOFCOM (Commerce Ministry) said on Friday.', 'MOFCOM', mofcom)).toBe('own');
    expect(acronymReading('MOFCOM (Commerce) said on Friday.', 'MOFCOM', mofcom)).toBe('none');
    expect(acronymReading('BIS (Bureau of Banking Supervision) said', 'BIS', bis)).toBe('none');
  });
  it('reads an expansion after the acronym of up to 80 characters, spaces trimmed', () => {
    const gloss = 'Modular Graphics Extension, a server design Nvidia published for its partners';
    expect(gloss).toHaveLength(77);
    expect(acronymReading(`MGX (${gloss}) ships.`, 'MGX', mgx)).toBe('other');
    expect(acronymReading(`MGX (${gloss} and resellers) ships.`, 'MGX', mgx)).toBe('none');
    expect(acronymReading('MGX ( Modular Graphics Extension ) ships.', 'MGX', mgx)).toBe('other');
    expect(acronymReading('MGX (an Abu Dhabi fund) ships.', 'MGX', mgx)).toBe('none');
  });
  it('CFIUS spelled out in full after the acronym is its own', () => {
    expect(
      acronymReading('CFIUS (Committee on Foreign Investment in the United States) ruled.', 'CFIUS', cfius),
    ).toBe('own');
  });
});

describe('parenIndex', () => {
  const wordsInside = (text: string) => [...parenIndex(text).inside.entries()];
  const wordsBefore = (text: string) => [...parenIndex(text).before.entries()];

  it('indexes acronyms of two to six capitals or digits inside parentheses', () => {
    expect(wordsInside('the United States (US) and option (A)')).toEqual([['US', [18]]]);
    expect(wordsInside('China’s Ministry of Commerce (MOFCOM) and Central Command (CENTCOM)')).toEqual([
      ['MOFCOM', [29]],
    ]);
    expect(wordsInside('the G20 (G20) and (G20)')).toEqual([['G20', [8, 18]]]);
  });
  it('reads only from an opening parenthesis, even when the text starts inside one', () => {
    expect(wordsInside('BIS) said on Monday')).toEqual([]);
    expect(wordsInside('(BIS) said on Monday')).toEqual([['BIS', [0]]]);
  });
  it('indexes acronyms of two to six capitals right before a parenthesis, with or without a space', () => {
    expect(wordsBefore('MGX(a fund) and MOFCOM\u00a0(the ministry)')).toEqual([
      ['MGX', [3]],
      ['MOFCOM', [22]],
    ]);
    expect(wordsBefore('US (United States) and Plan A (the fallback)')).toEqual([['US', [2]]]);
    expect(wordsBefore('CENTCOM (Central Command) and xMGX (a design)')).toEqual([]);
  });
});

describe('AcronymReadings', () => {
  const text =
    'The Mobile Game Exchange (MGX) and the Bureau of Industry and Security (BIS) met. MGX and BIS.';
  const spanOf = (word: string): [number, number] => {
    const at = text.lastIndexOf(word);
    return [at, at + word.length];
  };

  it('answers each acronym and entity of the current text on its own', () => {
    const readings = new AcronymReadings();
    readings.reset(text);
    expect(readings.at(...spanOf('MGX'), 0, () => mgx)).toBe('other');
    expect(readings.at(...spanOf('BIS'), 1, () => bis)).toBe('own');
    expect(readings.at(...spanOf('BIS'), 2, () => mgx)).toBe('other');
    expect(readings.at(...spanOf('MGX'), 0, () => mgx)).toBe('other');
  });
  it('says how many strong entities each reading needs beside the acronym', () => {
    const readings = new AcronymReadings();
    readings.reset(text);
    expect(readings.strongNeeded(...spanOf('BIS'), 1, () => bis)).toBeUndefined();
    expect(readings.strongNeeded(...spanOf('MGX'), 0, () => mgx)).toBe(Number.POSITIVE_INFINITY);
    readings.reset('BIS acted.');
    expect(readings.strongNeeded(0, 3, 1, () => bis)).toBe(2);
  });
});
