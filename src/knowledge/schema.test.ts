import { describe, expect, it } from 'vitest';
import { isIsoDate } from './schema';

describe('isIsoDate', () => {
  it('accepts days that exist and rejects those that do not', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});
