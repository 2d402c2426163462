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
        problems: [
          null,
          'text',
          { key: 'showBadge', message: 'bad' },
          { key: 1, message: {} },
          { key: 'x' },
          { key: 2, message: 'no key' },
          Object.assign(() => undefined, { key: 'fn', message: 'a function' }),
        ],
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

  it('answers undefined for a list or a function that carries a problems property', () => {
    const problems = [{ key: 'showBadge', message: 'bad' }];
    expect(parseStoredProblems(Object.assign([], { problems }))).toBeUndefined();
    expect(parseStoredProblems(Object.assign(() => undefined, { problems }))).toBeUndefined();
  });

  it('keeps the first 50 problems', () => {
    const problems = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, message: 'm' }));
    const parsed = parseStoredProblems({ at: '2026-11-20T10:00:00.000Z', problems });
    expect(parsed?.problems.length).toBe(50);
    expect(parsed?.problems[49]).toEqual({ key: 'k49', message: 'm' });
  });

  it('cuts a key or message over 300 characters to 299 and an ellipsis, and keeps 300 whole', () => {
    const parsed = parseStoredProblems({
      at: '2026-11-20T10:00:00.000Z',
      problems: [{ key: 'k'.repeat(300), message: 'm'.repeat(301) }],
    });
    expect(parsed?.problems).toEqual([{ key: 'k'.repeat(300), message: `${'m'.repeat(299)}…` }]);
  });

  it('keeps a readable date and drops one that is not a date', () => {
    const problems = [{ key: 'showBadge', message: 'bad' }];
    expect(parseStoredProblems({ at: 'yesterday', problems })?.at).toBe('');
    expect(parseStoredProblems({ problems })?.at).toBe('');
    expect(parseStoredProblems({ at: '2026-11-20', problems })?.at).toBe('2026-11-20');
  });

  it('answers undefined when reading the record throws', () => {
    const hostile = {
      get problems(): unknown {
        throw new Error('no');
      },
    };
    expect(parseStoredProblems(hostile)).toBeUndefined();
  });
});
