import { describe, expect, it } from 'vitest';
import { everyRegionName, isRegionCode, regionName } from './story-side';

describe("Intl's region names, read once per locale", () => {
  it('gives every code regionName names, and only those', () => {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    for (const locale of ['en', 'zh-Hans']) {
      const one = codes.map((code) => regionName(locale, code)).filter((name) => name !== undefined);
      expect(everyRegionName(locale)).toEqual(one);
    }
    const english = everyRegionName('en');
    expect(english).toContain('China');
    expect(english).not.toContain('Unknown Region');
    expect(english.some((name) => /^[A-Z]{2}$/.test(name))).toBe(false);
  });
  it('tells region codes by their English name', () => {
    expect(isRegionCode('CN')).toBe(true);
    expect(isRegionCode('ZZ')).toBe(false);
    expect(isRegionCode('cn')).toBe(false);
  });
});
