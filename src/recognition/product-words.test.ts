/**
 * An organization's own product words from the pack (`productWords`, team-names.ts
 * `makersProduct`): "TikTok Shop" keeps TikTok; any other capitalized next word still makes the
 * alias part of a longer name (name-structure.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShapes } from './headlines';
import { type NameOwner, structureVerdict } from './name-structure';

const TIKTOK: NameOwner = {
  isPerson: false,
  isOrganization: true,
  ownWords: new Set(['tiktok']),
  givenBefore: false,
  givenAfter: false,
  productWords: new Set(['shop']),
};

function verdict(text: string, alias: string, owner: NameOwner, generic = false): string {
  const start = text.indexOf(alias);
  return structureVerdict(text, start, start + alias.length, owner, lineShapes(text), generic);
}

describe("a product word the pack lists as the organization's own", () => {
  it('keeps the maker before its own listed product, and only that word', () => {
    expect(verdict('creators can apply to the TikTok Shop Affiliate program', 'TikTok', TIKTOK)).toBe('keep');
    expect(verdict('fans met outside the TikTok Tower today', 'TikTok', TIKTOK)).toBe('longer-name');
    expect(
      verdict('fans met outside the TikTok Tower today', 'TikTok', { ...TIKTOK, productWords: undefined }),
    ).toBe('longer-name');
  });
  it('over any capitalized next word: kept exactly when the pack lists it (even for a generic alias)', () => {
    const word = fc.constantFrom('Shop', 'Park', 'Arena', 'Studios', 'Red', 'Foundation');
    fc.assert(
      fc.property(word, fc.subarray(['shop', 'park', 'studios']), fc.boolean(), (next, listed, generic) => {
        const owner = { ...TIKTOK, productWords: new Set(listed) };
        const expected = listed.includes(next.toLowerCase()) ? 'keep' : 'longer-name';
        expect(verdict(`they met at the TikTok ${next} near the bay`, 'TikTok', owner, generic)).toBe(
          expected,
        );
      }),
    );
  });
});
