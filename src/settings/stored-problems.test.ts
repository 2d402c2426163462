import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStoredProblems } from './stored-problems';

describe('parseStoredProblems', () => {
  it('reads a well-formed record as it is', () => {
    const record = { at: '2026-11-20T10:00:00.000Z', problems: [{ key: 'hoverDelayMs', message: 'bad' }] };
    expect(parseStoredProblems(record)).toEqual(record);
  });

  it('keeps the readable entries of a malformed record and drops the rest', () => {
    expect(
      parseStoredProblems({
        at: 12,
        problems: [null, 'text', { key: 'showBadge', message: 'bad' }, { key: 1, message: {} }, { key: 'x' }],
      }),
    ).toEqual({ at: '', problems: [{ key: 'showBadge', message: 'bad' }] });
  });

  it('answers undefined for anything that is not a record with problems', () => {
    for (const value of [
      undefined,
      null,
      'x',
      3,
      [],
      {},
      { problems: 'x' },
      { problems: [] },
      { problems: [1] },
    ]) {
      expect(parseStoredProblems(value)).toBeUndefined();
    }
  });

  it('never throws and always answers strings', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const parsed = parseStoredProblems(value);
        if (parsed === undefined) return;
        expect(typeof parsed.at).toBe('string');
        for (const p of parsed.problems) {
          expect(typeof p.key).toBe('string');
          expect(typeof p.message).toBe('string');
        }
      }),
    );
  });
});
