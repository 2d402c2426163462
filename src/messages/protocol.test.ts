import { describe, expect, it } from 'vitest';
import { parseMessage } from './protocol';

describe('parseMessage', () => {
  it('accepts a valid message and returns its shape', () => {
    expect(parseMessage({ type: 'card', entity: 'us-china-trade-tech/scott-bessent' })).toEqual({
      type: 'card',
      entity: 'us-china-trade-tech/scott-bessent',
    });
  });

  it('rejects unknown types, extra keys and bad ids', () => {
    expect(parseMessage({ type: 'nope' })).toBeUndefined();
    expect(parseMessage({ type: 'card', entity: 'scott-bessent', extra: 1 })).toBeUndefined();
    expect(parseMessage({ type: 'card', entity: 'Not An Id' })).toBeUndefined();
    // Run-time entity ids are always qualified by their pack.
    expect(parseMessage({ type: 'card', entity: 'scott-bessent' })).toBeUndefined();
    expect(parseMessage({ type: 'card', entity: 'a/b/c' })).toBeUndefined();
    expect(parseMessage(null)).toBeUndefined();
  });

  it('returns undefined instead of throwing on an object whose getter throws', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(() => parseMessage(hostile)).not.toThrow();
    expect(parseMessage(hostile)).toBeUndefined();
  });
});
