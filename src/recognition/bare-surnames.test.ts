import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredHere, type KeptMention, namesACountry, unanchoredBareSurnames } from './bare-surnames';

/** A kept bare mention of person 0 at the first `word` in `text`. */
function bare(text: string, word = 'Xi', entity = 0): KeptMention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, entity, isPerson: true };
}
const NO_STORY = () => false;

describe('bare surnames', () => {
  it('anchors a bare surname by a title, an honorific, a tenure noun, a person verb or a possessive', () => {
    for (const text of [
      'said President Xi on Monday',
      'said Mr. Xi on Monday',
      'the Xi government said',
      'when Xi said so',
      "under Xi's rule",
      // Every apostrophe variant a page may type (chars.ts), the left quote and acute accent included.
      'for Xi\u2019s sake',
      'for Xi\u2018s sake',
      'for Xi\u02bcs sake',
      'for Xi\u00b4s sake',
    ]) {
      const m = bare(text);
      expect(anchoredHere(text, m.start, m.end), text).toBe(true);
    }
    expect(anchoredHere('法院审理，Trump出席。', 5, 10)).toBe(true);
    for (const text of ['The Xi baryon decays.', 'Known as Xi(b)*, the particle', 'the first Xi particle']) {
      const m = bare(text);
      expect(anchoredHere(text, m.start, m.end), text).toBe(false);
    }
  });
  it('drops an unanchored bare surname only on a page with no other sign', () => {
    const text = 'The Xi baryon decays into a lambda and a pion.';
    expect(unanchoredBareSurnames(text, [bare(text)], NO_STORY)).toEqual(new Set([0]));
    expect(unanchoredBareSurnames(text, [bare(text)], () => true)).toEqual(new Set());
    const withCountry = `${text} It was first seen in China.`;
    expect(unanchoredBareSurnames(withCountry, [bare(withCountry)], NO_STORY)).toEqual(new Set());
    const other: KeptMention = { start: 0, end: 3, entity: 1, isPerson: false };
    expect(unanchoredBareSurnames(text, [other, bare(text)], NO_STORY)).toEqual(new Set());
    const full = 'Xi Jinping spoke. The Xi baryon decays.';
    const fullName: KeptMention = { start: 0, end: 10, entity: 0, isPerson: true };
    const later = full.indexOf('Xi baryon');
    const bareLater: KeptMention = { start: later, end: later + 2, entity: 0, isPerson: true };
    expect(unanchoredBareSurnames(full, [fullName, bareLater], NO_STORY)).toEqual(new Set());
  });
  it('reads capitalized country names, not lower-case words', () => {
    expect(namesACountry('Talks in China went on.')).toBe(true);
    expect(namesACountry('The U.S. said no.')).toBe(true);
    expect(namesACountry('the particle went on; us too.')).toBe(false);
  });
  it('one anchored mention anchors every mention of its entity, wherever it stands', () => {
    const filler = fc.constantFrom('The particle decays.', 'Physicists measured it.', 'It is heavy.');
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 4 }), fc.array(filler, { maxLength: 4 }), (left, right) => {
        const text = `${left.join(' ')} The Xi baryon decays. ${right.join(' ')} President Xi spoke.`;
        const first = bare(text);
        const at = text.indexOf('President Xi') + 'President '.length;
        const second: KeptMention = { start: at, end: at + 2, entity: 0, isPerson: true };
        expect(unanchoredBareSurnames(text, [first, second], NO_STORY)).toEqual(new Set());
        expect(unanchoredBareSurnames(text, [first], NO_STORY)).toEqual(new Set([0]));
      }),
    );
  });
});
