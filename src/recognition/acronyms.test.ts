import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEntity, testPack } from '../../tests/support/test-pack';
import type { Entity } from '../knowledge/schema';
import { acronymReading, parenIndex, spelledOutAsOther } from './acronyms';
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
  it('needs two capitalised words, whole-word and exact-case acronyms', () => {
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
  it('whatever capitalised words come before an own expansion, it stays own', () => {
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

describe('an organisation acronym in the recognizer', () => {
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
