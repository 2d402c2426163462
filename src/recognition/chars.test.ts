import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './chars';

describe('escapeRegExp', () => {
  it('makes a source that matches the text itself, whole, and nothing shorter', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'.*+?^$', ...'{}()|[]\\/-aZ 1') }), (text) => {
        const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        if (text.length > 0) expect(pattern.test(text.slice(1))).toBe(false);
      }),
    );
  });

  it('escapes every RegExp syntax character', () => {
    expect(escapeRegExp('U.S. (Treasury) [a]*+?^$|{1}\\')).toBe(
      'U\\.S\\. \\(Treasury\\) \\[a\\]\\*\\+\\?\\^\\$\\|\\{1\\}\\\\',
    );
  });
});
