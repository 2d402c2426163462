import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepCapitalsBesideWritten } from './capitals';
import type { Mention } from './mention';

const PEOPLE = new Set(['donald-trump', 'xi-jinping']);
const isPerson = (id: string) => PEOPLE.has(id);
const at = (entity: string, text: string, start = 0): Mention => ({
  entity,
  start,
  end: start + text.length,
  text,
});

describe('keepCapitalsBesideWritten', () => {
  it('keeps a surname in capitals beside the same person written otherwise', () => {
    const mentions = [
      at('donald-trump', 'TRUMP'),
      at('xi-jinping', 'XI', 7),
      at('donald-trump', 'Trump', 40),
    ];
    expect(keepCapitalsBesideWritten(mentions, isPerson)).toEqual([mentions[0], mentions[2]]);
  });
  it('drops it alone, and leaves organizations and full names in capitals alone', () => {
    expect(keepCapitalsBesideWritten([at('donald-trump', 'TRUMP')], isPerson)).toEqual([]);
    const org = [at('tiktok', 'TIKTOK'), at('donald-trump', 'DONALD TRUMP', 10)];
    expect(keepCapitalsBesideWritten(org, isPerson)).toEqual(org);
  });
  it('never adds an entity, and never drops a mention written otherwise', () => {
    const mention = fc
      .tuple(
        fc.constantFrom('donald-trump', 'xi-jinping', 'tiktok'),
        fc.constantFrom('TRUMP', 'Trump', 'XI', 'Xi'),
      )
      .map(([entity, text]) => at(entity, text));
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 8 }), (mentions) => {
        const kept = keepCapitalsBesideWritten(mentions, isPerson);
        for (const m of kept) expect(mentions).toContain(m);
        for (const m of mentions) if (m.text !== m.text.toUpperCase()) expect(kept).toContain(m);
      }),
    );
  });
});
