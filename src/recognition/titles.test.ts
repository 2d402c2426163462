import { describe, expect, it } from 'vitest';
import { titleOrganizationIndexes } from './titles';

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
