import { describe, expect, it } from 'vitest';
import { isOfficeTitleWord, titleOrganizationIndexes } from './titles';

function spansFor(text: string, parts: [string, 'org' | 'person'][]) {
  let from = 0;
  return parts.map(([word, kind]) => {
    const start = text.indexOf(word, from);
    from = start + word.length;
    return { start, end: start + word.length, isOrganization: kind === 'org', isPerson: kind === 'person' };
  });
}

describe('titleOrganizationIndexes', () => {
  it('drops the organization opening an office title before a person', () => {
    const text = 'Treasury Secretary Scott Bessent spoke';
    expect([
      ...titleOrganizationIndexes(
        text,
        spansFor(text, [
          ['Treasury', 'org'],
          ['Scott Bessent', 'person'],
        ]),
      ),
    ]).toEqual([0]);
  });
  it('accepts modifiers before the title word', () => {
    const text = 'MOFCOM Vice Minister Li Chenggang';
    expect(
      titleOrganizationIndexes(
        text,
        spansFor(text, [
          ['MOFCOM', 'org'],
          ['Li Chenggang', 'person'],
        ]),
      ).has(0),
    ).toBe(true);
  });
  it('drops an organization alias that itself ends in an office title', () => {
    const text = 'U.S. Trade Representative Jamieson Greer';
    const spans = spansFor(text, [
      ['U.S. Trade Representative', 'org'],
      ['Jamieson Greer', 'person'],
    ]);
    expect(titleOrganizationIndexes(text, spans).has(0)).toBe(true);
  });
  it('keeps the company before a corporate title', () => {
    const text = 'Nvidia CEO Jensen Huang';
    expect(
      titleOrganizationIndexes(
        text,
        spansFor(text, [
          ['Nvidia', 'org'],
          ['Jensen Huang', 'person'],
        ]),
      ).size,
    ).toBe(0);
  });
  it('keeps the organization when no person follows, or other words intervene', () => {
    const a = 'Treasury Secretary said';
    expect(titleOrganizationIndexes(a, spansFor(a, [['Treasury', 'org']])).size).toBe(0);
    const b = 'Treasury officials met Scott Bessent';
    expect(
      titleOrganizationIndexes(
        b,
        spansFor(b, [
          ['Treasury', 'org'],
          ['Scott Bessent', 'person'],
        ]),
      ).size,
    ).toBe(0);
    const c = 'Treasury Secretary\nScott Bessent';
    expect(
      titleOrganizationIndexes(
        c,
        spansFor(c, [
          ['Treasury', 'org'],
          ['Scott Bessent', 'person'],
        ]),
      ).size,
    ).toBe(0);
  });
});

describe('office titles, word by word', () => {
  const dropped = (text: string, org: string, person: string): number[] => [
    ...titleOrganizationIndexes(
      text,
      spansFor(text, [
        [org, 'org'],
        [person, 'person'],
      ]),
    ),
  ];
  const TITLE_WORDS = [
    'secretary',
    'undersecretary',
    'minister',
    'premier',
    'representative',
    'ambassador',
    'commissioner',
    'envoy',
    'negotiator',
    'spokesperson',
    'spokesman',
    'spokeswoman',
  ];
  const MODIFIERS = ['deputy', 'vice', 'under', 'assistant', 'acting', 'trade', 'chief', 'senior', 'special'];

  it.each(TITLE_WORDS)('"%s" is an office title, in any letter case', (word) => {
    const capitalized = word[0]?.toUpperCase() + word.slice(1);
    expect(dropped(`Agency ${word} Jane Doe`, 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped(`Agency ${capitalized} Jane Doe`, 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped(`Agency ${word.toUpperCase()} Jane Doe`, 'Agency', 'Jane Doe')).toEqual([0]);
  });

  it.each(MODIFIERS)('"%s" may come before the title word, not after it', (modifier) => {
    expect(dropped(`Agency ${modifier} Minister Jane Doe`, 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped(`Agency Minister ${modifier} Jane Doe`, 'Agency', 'Jane Doe')).toEqual([]);
  });

  it('takes only the listed words: a corporate title, a plain word or a stray modifier breaks the title', () => {
    expect(dropped('Agency Former Minister Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency Director Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency Deputy Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency Ministers Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
  });

  it('needs an organization followed by a person', () => {
    const text = 'Agency Minister Jane Doe';
    const pair = (org: boolean, person: boolean) => [
      { start: 0, end: 6, isOrganization: org, isPerson: !org },
      { start: 16, end: 24, isOrganization: !person, isPerson: person },
    ];
    expect([...titleOrganizationIndexes(text, pair(true, true))]).toEqual([0]);
    expect([...titleOrganizationIndexes(text, pair(false, true))]).toEqual([]);
    expect([...titleOrganizationIndexes(text, pair(true, false))]).toEqual([]);
  });

  it('checks every neighboring pair and names the organization by its index', () => {
    const text = 'Jane Doe met Agency Minister John Roe at the Agency';
    const spans = spansFor(text, [
      ['Jane Doe', 'person'],
      ['Agency', 'org'],
      ['John Roe', 'person'],
      ['Agency', 'org'],
    ]);
    expect([...titleOrganizationIndexes(text, spans)]).toEqual([1]);
    expect([...titleOrganizationIndexes(text, spans.slice(0, 2))]).toEqual([]);
  });

  it('takes a gap of up to 64 units between organization and person', () => {
    // ' Deputy' + spaces + 'Minister ': 7 + n + 9 units.
    const gap = (n: number) => ` Deputy${' '.repeat(n)}Minister `;
    expect(gap(48)).toHaveLength(64);
    expect(dropped(`Agency${gap(48)}Jane Doe`, 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped(`Agency${gap(49)}Jane Doe`, 'Agency', 'Jane Doe')).toEqual([]);
  });

  it('takes tabs and no-break spaces between the words, not a line break or other characters', () => {
    expect(dropped('Agency\tMinister\u00a0Jane Doe', 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped('Agency\u3000Deputy\u2009Minister Jane Doe', 'Agency', 'Jane Doe')).toEqual([0]);
    expect(dropped('Agency Minister\nJane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency\nMinister Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency-Minister Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency Minister:Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency Minister, Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('AgencyMinister Jane Doe', 'Agency', 'Jane Doe')).toEqual([]);
    expect(dropped('Agency MinisterJane Doe', 'Agency', 'Jane Doe')).toEqual([]);
  });

  it('takes an organization alias that ends in a title word only when a space separates it from the person', () => {
    expect(dropped('Trade Envoy Jane Doe', 'Trade Envoy', 'Jane Doe')).toEqual([0]);
    expect(dropped('Trade  Envoy\u00a0Jane Doe', 'Trade  Envoy', 'Jane Doe')).toEqual([0]);
    expect(dropped('Commerce Department Jane Doe', 'Commerce Department', 'Jane Doe')).toEqual([]);
    expect(dropped('Envoy Office Jane Doe', 'Envoy Office', 'Jane Doe')).toEqual([]);
    expect(dropped('Trade Envoy \n Jane Doe', 'Trade Envoy', 'Jane Doe')).toEqual([]);
    expect(dropped('US Commerce Envoy Jane Doe', 'US Commerce Envoy', 'Jane Doe')).toEqual([0]);
    expect(dropped('Envoy Jane Doe', 'Envoy', 'Jane Doe')).toEqual([0]);
    const text = 'Trade EnvoyJane Doe';
    const spans = [
      { start: 0, end: 11, isOrganization: true, isPerson: false },
      { start: 11, end: 19, isOrganization: false, isPerson: true },
    ];
    expect([...titleOrganizationIndexes(text, spans)]).toEqual([]);
  });
});

describe('office holder words around an organization word', () => {
  const office = (text: string, word: string, holders?: boolean): boolean => {
    const start = text.indexOf(word);
    return holders === undefined
      ? isOfficeTitleWord(text, start, start + word.length)
      : isOfficeTitleWord(text, start, start + word.length, holders);
  };
  it('takes "for" between the holder word and the organization', () => {
    expect(office('the Minister for Commerce said', 'Commerce')).toBe(true);
  });
  it('reads at most four words after the organization: three modifiers and the holder word', () => {
    expect(office('Commerce Deputy Assistant Acting Secretary', 'Commerce')).toBe(true);
    expect(office('Commerce Deputy Assistant Acting Special Secretary', 'Commerce')).toBe(false);
    expect(office('Commerce Deputy Deputy Deputy Deputy said', 'Commerce')).toBe(false);
  });
  it('reads at most four words before the organization: three "of the" words and the holder word', () => {
    expect(office('Secretary of the of the Treasury', 'Treasury')).toBe(false);
    expect(office('Secretary of the of Treasury', 'Treasury')).toBe(true);
  });
  it('stops at the first word after the organization that is neither a modifier nor a holder word', () => {
    expect(office('the Treasury team and Secretary Bessent', 'Treasury')).toBe(false);
    expect(office('the Commerce Deputy\u2019s Secretary said', 'Commerce')).toBe(false);
  });
  it('needs "of" (or "the", "for") between a holder word and the organization after it', () => {
    expect(office('the company Chief Treasury Officer said', 'Treasury')).toBe(false);
  });
  it('does not take a lower-case holder word before "of"', () => {
    expect(office('a secretary of the Treasury said', 'Treasury')).toBe(false);
    expect(office('a Secretary of the Treasury said', 'Treasury')).toBe(true);
  });
  it('skips the holder words when told the text holds none', () => {
    expect(office('The Commerce Secretary also spoke.', 'Commerce', false)).toBe(false);
    expect(office('US Secretary of the Treasury', 'Treasury', false)).toBe(false);
    expect(office('US Trade Representative Robert Lighthizer', 'US Trade Representative', false)).toBe(true);
  });
});

describe('an organization alias ending in a title word, before a name', () => {
  const office = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return isOfficeTitleWord(text, start, start + word.length);
  };
  it('needs more than one word in the alias', () => {
    expect(office('the Envoy Jane Doe said', 'Envoy')).toBe(false);
  });
  it('needs the alias to end in a title word', () => {
    expect(office('the Commerce Department Inspector said', 'Commerce Department')).toBe(false);
  });
  it('needs a capitalized word after it that is not a function word', () => {
    expect(office('the US Trade Representative nominee', 'US Trade Representative')).toBe(false);
    expect(office('US Trade Representative To Visit Beijing', 'US Trade Representative')).toBe(false);
    expect(office('the US Trade Representative.', 'US Trade Representative')).toBe(false);
  });
  it('reads the last word from the alias span only, never from the text before it', () => {
    // "nvoy Jane" is a span starting inside "Envoy": its own last word is not a title word.
    const text = 'Special Envoy Jane Doe';
    expect(isOfficeTitleWord(text, 9, 13)).toBe(false);
    expect(isOfficeTitleWord(text, 0, 13)).toBe(true);
  });
});
