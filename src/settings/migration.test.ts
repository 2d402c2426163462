import { describe, expect, it } from 'vitest';
import { migrateV0ToV1, storedVersion } from './migration';

describe('storedVersion', () => {
  it('reads version 0 from any one v0 key, the version key first, and nothing otherwise', () => {
    expect(storedVersion({ enabled: false })).toBe(0);
    expect(storedVersion({ disabledSites: [] })).toBe(0);
    expect(storedVersion({ style: 'underline' })).toBe(0);
    expect(storedVersion({ version: 1, enabled: false })).toBe(1);
    expect(storedVersion({ showBadge: true })).toBeUndefined();
  });
});

describe('migrateV0ToV1', () => {
  it('writes only the keys v0 had', () => {
    expect(migrateV0ToV1({ enabled: true })).toStrictEqual({ version: 1, enabledByDefault: true });
    expect(migrateV0ToV1({ style: 'highlight' })).toStrictEqual({ version: 1, highlightStyle: 'background' });
  });

  it('passes a style that is not text through unrenamed, for the schema to report', () => {
    expect(migrateV0ToV1({ style: ['highlight'] }).highlightStyle).toEqual(['highlight']);
    expect(migrateV0ToV1({ style: 'wavy' }).highlightStyle).toBe('wavy');
  });
});
