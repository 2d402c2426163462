import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../knowledge/schema';
import { spelledOutAsOther } from './acronyms';

const entity = (aliases: string[]): Entity =>
  ({ id: 'x', name: aliases[0], type: 'organization', aliases, facts: [] }) as unknown as Entity;
const mgx = entity(['MGX']);
const bis = entity(['Bureau of Industry and Security', 'BIS']);

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
});
