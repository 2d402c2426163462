import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asTextDigest, sameDigest, textDigest } from './text-digest';

/** Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit is slow to generate). */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

describe('text digest', () => {
  // FNV-1a's step is a bijection of its state for each code unit, so one changed unit always shows.
  it('is the same for the same text and differs when one code unit changes', () => {
    fc.assert(
      fc.property(codeUnits, fc.nat(), fc.integer({ min: 1, max: 0xffff }), (text, at, delta) => {
        const i = at % text.length;
        const changed =
          text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + delta) % 0x10000) + text.slice(i + 1);
        expect(sameDigest(textDigest(text), textDigest(`${text}`))).toBe(true);
        expect(sameDigest(textDigest(text), textDigest(changed))).toBe(false);
      }),
    );
  });

  it('tells texts of one length apart, and no digest is never the same', () => {
    expect(sameDigest(textDigest('Biden spoke'), textDigest('Trump spoke'))).toBe(false);
    expect(sameDigest(undefined, textDigest(''))).toBe(false);
  });

  it('accepts only a well-formed digest from another context', () => {
    const digest = textDigest('Scott Bessent');
    expect(asTextDigest(JSON.parse(JSON.stringify(digest)))).toEqual(digest);
    for (const junk of [
      null,
      'x',
      {},
      { ...digest, fnv: -1 },
      { ...digest, mix: 1.5 },
      { ...digest, length: '13' },
    ])
      expect(asTextDigest(junk)).toBeUndefined();
  });
});
