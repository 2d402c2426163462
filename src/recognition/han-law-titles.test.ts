/**
 * Law titles between 《》 (han-law-titles.ts): variant translations of a pack law's name. Expected
 * values are literals; the recognizer uses the bundled pack.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { commonSubsequence, lawAliasesOf, lawTitles, titleNamesLaw } from './han-law-titles';
import { compileRecognizer } from './index';

const NUM_RUNS = 200;
const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const ACT = '保护美国人免受外国对手控制应用程序法案';
const han = fc
  .array(fc.constantFrom(...'保护美国人免受外国对手控制应用程序法案的数据'), { maxLength: 20 })
  .map((c) => c.join(''));

describe('common subsequence', () => {
  it('counts the characters two strings share in order', () => {
    expect(commonSubsequence('ABCBDAB', 'BDCABA')).toBe(4);
    expect(commonSubsequence('', '法案')).toBe(0);
  });
  it('is symmetric, no longer than either string, and whole for a string with itself', () => {
    fc.assert(
      fc.property(han, han, (a, b) => {
        const shared = commonSubsequence(a, b);
        expect(commonSubsequence(b, a)).toBe(shared);
        expect(shared).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(commonSubsequence(a, a)).toBe(a.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('keeps a string whole inside any string it was taken from', () => {
    fc.assert(
      fc.property(han, fc.array(fc.boolean(), { maxLength: 20 }), (a, keep) => {
        const taken = [...a].filter((_, i) => keep[i] ?? true).join('');
        expect(commonSubsequence(a, taken)).toBe(taken.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('law titles', () => {
  it('reads variant translations of the act as the act, and another act as another', () => {
    expect(titleNamesLaw('保护美国人免受外国敌对势力控制的应用法', ACT)).toBe(true);
    expect(
      titleNamesLaw('保護美國人免受外國對手控制應用程式侵害法案', '保護美國人免受外國對手控制的應用法案'),
    ).toBe(true);
    expect(titleNamesLaw('保护美国人数据免受外国对手侵害法', ACT)).toBe(false);
    expect(titleNamesLaw('反外国制裁法', ACT)).toBe(false);
  });
  it('finds titles between 《》 only', () => {
    const laws = lawAliasesOf(parsed.pack);
    const text =
      '维持《保护美国人免受外国敌对势力控制的应用法》，另见《芯片与科学法案》。保护美国人免受外国敌对势力控制的应用法';
    expect(lawTitles(text, laws).map((t) => text.slice(t.start, t.end))).toEqual([
      '保护美国人免受外国敌对势力控制的应用法',
    ]);
  });
  it('names the act through the recognizer', () => {
    expect(found('最高法院决定维持《保护美国人免受外国敌对势力控制的应用法》。')).toEqual([
      ['pafaca', '保护美国人免受外国敌对势力控制的应用法'],
    ]);
    expect(found('国会通过《保护美国人数据免受外国对手侵害法》。')).toEqual([]);
  });
});
