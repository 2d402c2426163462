/**
 * A short label line naming a relative or a predecessor ("Daughter: Xi Mingze", "Father- Xi
 * Zhongxun", "Preceded by Wang Min") is shaped like a Title Case headline, but the name after its
 * label is a person's full name as in a sentence: a pack surname with another given name there is
 * that other person, not the pack person (src/recognition/relation-labels.ts). Excerpts written
 * here in the shape of real biography pages (a family list, thebiodiary.com's Xi Jinping page; an
 * infobox's succession rows, wikiwand.com's Wang Wentao page), found by prec10p's audit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { lineShapes } from '../../src/recognition/headlines';
import { compileRecognizer } from '../../src/recognition/index';
import { type NameOwner, structureVerdict } from '../../src/recognition/name-structure';

const recognizer = compileRecognizer(loadPackFile());
const mentions = (text: string) => recognizer.recognize(text).map((m) => `${m.entity}:${m.text}@${m.start}`);
const NUM_RUNS = 200;

/** A person named family name first ("Xi Jinping"), as name structure sees him. */
const XI: NameOwner = {
  isPerson: true,
  isOrganization: false,
  ownWords: new Set(['xi', 'jinping']),
  givenBefore: false,
  givenAfter: true,
};

/** The verdict for the last occurrence of `alias` in `text`. */
function verdict(text: string, alias: string, owner: NameOwner): string {
  const start = text.lastIndexOf(alias);
  return structureVerdict(text, start, start + alias.length, owner, lineShapes(text));
}

const FULL = 'Xi Jinping worked his way up the party ranks.';

describe('a relation label line (relation-labels.ts)', () => {
  it('gives no card for a relative listed after the full name (a family list)', () => {
    for (const line of [
      'Daughter: Xi Mingze',
      'Daughter - Xi Mingze',
      'Father- Xi Zhongxun',
      'Daughter Xi Mingze',
    ])
      expect(mentions(`${FULL}\n${line}`)).toEqual(['xi-jinping:Xi Jinping@0']);
    // Each name of a list after the label is another person.
    expect(mentions(`${FULL}\nBrother- Xi Yuanping, Xi Zhengning`)).toEqual(['xi-jinping:Xi Jinping@0']);
  });
  it("gives no card for an infobox's predecessor or successor", () => {
    const text = 'Wang Wentao is Minister of Commerce.\nPreceded by Wang Min\nSucceeded by Wang Zhonglin';
    expect(mentions(text).filter((m) => m.includes('Wang@'))).toEqual([]);
  });
  it("keeps the bare surname after the list for the page's person (a name after a label is named in passing)", () => {
    const text =
      'Wang Wentao is Minister of Commerce.\nPreceded by Wang Min\nSucceeded by Wang Zhonglin\nWang was born in 1964.';
    expect(mentions(text).filter((m) => m.includes('Wang@'))).toEqual([
      `wang-wentao:Wang@${text.lastIndexOf('Wang')}`,
    ]);
  });
  it("keeps the entity's own full name, and true headlines", () => {
    expect(verdict('Father: Xi Jinping', 'Xi Jinping', XI)).toBe('keep');
    expect(verdict('Father: Xi Jinping', 'Xi', XI)).toBe('keep');
    expect(verdict('Trump Meets Xi Amid Trade Truce', 'Xi', XI)).toBe('keep');
    expect(verdict('Biden Xi Summit Ends', 'Xi', XI)).toBe('keep');
    expect(verdict('Exclusive: Xi Responds', 'Xi', XI)).toBe('keep');
    expect(verdict('Trade War: Xi Meets Trump', 'Xi', XI)).toBe('keep');
  });
  it('property: after a relation label, a surname with another given name is another person', () => {
    const label = fc.constantFrom(
      'Daughter',
      'Father',
      'Brother',
      'Sister',
      'Spouse',
      'Preceded by',
      'Succeeded by',
    );
    const mark = fc.constantFrom(': ', '- ', ' - ', ' – ', ' ');
    const given = fc.constantFrom('Mingze', 'Zhongxun', 'Yuanping', 'Heping', 'Min', 'Zhonglin');
    fc.assert(
      fc.property(
        label,
        mark,
        given,
        fc.constantFrom('', ', Xi Heping', '\nMother- Qi Xin'),
        (l, m, g, rest) => {
          const text = `${FULL}\n${l}${m}Xi ${g}${rest}`;
          const start = text.indexOf(`Xi ${g}`);
          expect(structureVerdict(text, start, start + 2, XI, lineShapes(text))).toBe('other-person');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
