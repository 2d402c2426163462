import { describe, expect, it } from 'vitest';
import { loadFixturePack } from '../../tests/support/test-pack';
import { compileRecognizer } from './index';
import { unknownNames } from './unknown-names';

const recognizer = compileRecognizer(loadFixturePack());
const unknown = (text: string) => unknownNames(text, recognizer.recognize(text));

describe('unknownNames', () => {
  it('trims titles and honorifics off people', () => {
    const names = unknown('The spokesman Chris Messer said so, and Senator Maria Cantwell agreed.');
    expect(names).toContainEqual({ text: 'Chris Messer', kind: 'person' });
    expect(names).toContainEqual({ text: 'Maria Cantwell', kind: 'person' });
    for (const n of names) expect(n.text).not.toMatch(/^(spokesman|Senator)\b/);
  });

  it('drops names overlapping a known mention', () => {
    const names = unknown('Treasury Secretary Scott Bessent met Jensen Huang and analyst Laura Brennan.');
    expect(names.map((n) => n.text)).not.toContain('Scott Bessent');
    expect(names.map((n) => n.text)).not.toContain('Secretary Scott Bessent');
    expect(names.map((n) => n.text)).not.toContain('Jensen Huang');
    expect(names).toContainEqual({ text: 'Laura Brennan', kind: 'person' });
  });

  it('cuts a possessive and keeps one entry per name', () => {
    const names = unknown("Laura Brennan's report came out. Laura Brennan said more. LAURA BRENNAN's view.");
    expect(names.filter((n) => n.text.toLowerCase() === 'laura brennan')).toHaveLength(1);
    expect(names.map((n) => n.text)).not.toContain("Laura Brennan's");
  });

  it('reports organizations with their kind, and no lone first names or titles', () => {
    const names = unknown('President Trump spoke. Donald was there. Analysts at Microsoft Corp. disagreed.');
    expect(names.some((n) => n.kind === 'organization' && n.text.startsWith('Microsoft'))).toBe(true);
    expect(names.map((n) => n.text)).not.toContain('President');
    expect(names.map((n) => n.text)).not.toContain('Donald');
  });

  it('returns nothing for text without names', () => {
    expect(unknown('prices rose and fell over the week.')).toEqual([]);
    expect(unknown('')).toEqual([]);
  });
});
