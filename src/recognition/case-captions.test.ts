import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseCaptionForms, fullNamesByWord } from './case-captions';

const none = () => [];

describe('caseCaptionForms', () => {
  it('writes the other parties, "vs." and a bare "v" after the first party', () => {
    const forms = caseCaptionForms('TikTok v. Garland', none);
    expect(forms).toContain('TikTok, et al. v. Garland');
    expect(forms).toContain('TikTok et al v. Garland');
    expect(forms).toContain('TikTok vs. Garland');
    expect(forms).toContain('TikTok v Garland');
    expect(forms).not.toContain('TikTok v. Garland');
    expect(forms).toHaveLength(14);
  });
  it('names a one-word party in full when the person has longer names ending in it', () => {
    const forms = caseCaptionForms('Learning Resources, Inc. v. Trump', (word) =>
      word === 'Trump' ? ['Donald Trump', 'Donald J. Trump'] : [],
    );
    expect(forms).toContain('Learning Resources, Inc., et al v. Donald Trump');
    expect(forms).toContain('Learning Resources, Inc. v. Donald J. Trump');
    expect(forms).toContain('Learning Resources, Inc. vs. Trump');
  });
  it.each(['Trump', 'Committee on Foreign Investment in the United States', 'TikTok law', 'v. Garland'])(
    '"%s" is no caption',
    (alias) => {
      expect(caseCaptionForms(alias, none)).toEqual([]);
    },
  );
  it('fullNamesByWord maps a surname to the longer names of the same person only', () => {
    const byWord = fullNamesByWord([
      ['Donald Trump', 'Donald J. Trump', 'Trump'],
      ['He Lifeng', 'He'],
    ]);
    expect(byWord.get('Trump')).toEqual(['Donald Trump', 'Donald J. Trump']);
    expect(byWord.has('He')).toBe(false);
  });
  it('property: every form keeps both parties, in order, around one word for "versus"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('TikTok', 'Learning Resources, Inc.', 'Acme Widgets Co.'),
        fc.constantFrom('Garland', 'Trump', 'United States'),
        (first, second) => {
          const forms = caseCaptionForms(`${first} v. ${second}`, (w) =>
            w === 'Trump' ? ['Donald Trump'] : [],
          );
          expect(forms.length).toBeGreaterThan(0);
          for (const form of forms) {
            expect(form.startsWith(first)).toBe(true);
            expect(form).toMatch(/ (v\.|vs\.|v) /);
            expect(form.endsWith(second)).toBe(true);
          }
        },
      ),
    );
  });
});
