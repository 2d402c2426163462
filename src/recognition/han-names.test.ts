/**
 * The structure of names written in Han characters (han-names.ts), function by function, on
 * sentences written for this test. Expected values are literals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bracketBefore,
  caseNameGlosses,
  foldGloss,
  givenNamesOf,
  glossAfter,
  insideCaseName,
  isRelativePrefix,
  namesAThing,
  ownGivenNameStart,
  undottedGivenNames,
} from './han-names';

/** The text of each span. */
const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map(({ start, end }) => text.slice(start, end));

describe('givenNamesOf', () => {
  it('gives the part before the last dot of each dotted alias', () => {
    expect(givenNamesOf(['唐纳德·特朗普', '特朗普', '唐纳德·约翰·特朗普', 'Donald Trump'])).toEqual([
      '唐纳德',
      '唐纳德·约翰',
    ]);
    expect(givenNamesOf(['何立峰'])).toEqual([]);
  });
});

describe('undottedGivenNames', () => {
  it('gives the part before a surname of a full name written without its dot', () => {
    expect(
      undottedGivenNames(['唐納川普', '川普', '特朗普', '唐纳德·特朗普'], new Set(['川普', '特朗普'])),
    ).toEqual(['唐納']);
    expect(undottedGivenNames(['何立峰'], new Set())).toEqual([]);
  });
  it('gives back the given name of any name made of a given name and a surname', () => {
    const han = fc.array(fc.constantFrom(...'唐纳德拉里埃森川普特朗'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(han, han, (given, surname) => {
        const s = surname.join('');
        expect(undottedGivenNames([given.join('') + s, s], new Set([s]))).toContain(given.join(''));
      }),
    );
  });
});

describe('ownGivenNameStart', () => {
  const dotIn = (text: string) => text.indexOf('·');

  it('finds the entity’s given name before the dot, in a variant transliteration', () => {
    const text = '美国总统唐納德·川普表示';
    expect(ownGivenNameStart(text, dotIn(text), ['唐纳德'])).toBe(4);
    const jd = '副总统JD·万斯说';
    expect(ownGivenNameStart(jd, dotIn(jd), ['JD'])).toBe(3);
  });
  it('needs two characters in place, or the whole of a shorter given name', () => {
    const other = '作家拉尔夫·埃里森的小说';
    expect(ownGivenNameStart(other, dotIn(other), ['拉里'])).toBe(-1);
    const oneShared = '演员唐尼德·川普说';
    expect(ownGivenNameStart(oneShared, dotIn(oneShared), ['唐纳德'])).toBe(2);
    const shifted = '女儿伊万卡·特朗普说';
    expect(ownGivenNameStart(shifted, dotIn(shifted), ['唐纳德', '伊万卡'])).toBe(2);
    const single = '陈·某某';
    expect(ownGivenNameStart(single, dotIn(single), ['陈'])).toBe(0);
    expect(ownGivenNameStart(single, dotIn(single), ['林'])).toBe(-1);
  });
  it('skips a given name longer than the text before the dot', () => {
    const text = '纳德·川普';
    expect(ownGivenNameStart(text, dotIn(text), ['唐纳德', '纳德'])).toBe(0);
  });
});

describe('isRelativePrefix', () => {
  it('reads 小 / 老 right before a name as a relative, unless they end a word', () => {
    expect(isRelativePrefix('小特朗普周二表示', 1)).toBe(true);
    expect(isRelativePrefix('他说老特朗普不会让步', 3)).toBe(true);
    expect(isRelativePrefix('此举缩小特朗普的选择', 4)).toBe(false);
    expect(isRelativePrefix('古老特朗普家族的传说', 2)).toBe(false);
    expect(isRelativePrefix('特朗普周二表示', 0)).toBe(false);
    expect(isRelativePrefix('大特朗普', 1)).toBe(false);
  });
});

describe('namesAThing', () => {
  it('reads a thing or group word right after the name', () => {
    for (const text of [
      '特朗普币大涨',
      '特朗普家族企业',
      '特朗普集團旗下',
      '特朗普大学诉讼',
      '特朗普概念股走高',
    ]) {
      expect(namesAThing(text, 3), text).toBe(true);
    }
  });
  it('reads nothing else, and nothing before the end of the name', () => {
    expect(namesAThing('特朗普表示币值稳定', 3)).toBe(false);
    expect(namesAThing('特朗普', 3)).toBe(false);
    expect(namesAThing('家族特朗普说', 5)).toBe(false);
  });
});

describe('insideCaseName', () => {
  it('takes the name before 诉 as a party when a 案 closes the case name', () => {
    const text = '最高法院审理特朗普诉VOS精选案。';
    expect(insideCaseName(text, 6, 9)).toBe(true);
    expect(insideCaseName('此前特朗普訴美國案已结案', 2, 5)).toBe(true);
  });
  it('does not take it when the case name is broken or too long', () => {
    expect(insideCaseName('特朗普诉说了他的不满，此案', 0, 3)).toBe(false);
    // 案 more than 24 characters after 诉: no case name reaches that far.
    expect(insideCaseName(`特朗普诉${'甲'.repeat(24)}案`, 0, 3)).toBe(false);
    expect(insideCaseName(`特朗普诉${'甲'.repeat(23)}案`, 0, 3)).toBe(true);
    expect(insideCaseName('特朗普诉', 0, 3)).toBe(false);
  });
  it('takes the name after 诉 as a party when 案 follows right after it', () => {
    const text = '学习资源公司诉特朗普案';
    expect(insideCaseName(text, 7, 10)).toBe(true);
    expect(insideCaseName('学习资源公司诉特朗普政府', 7, 10)).toBe(false);
    expect(insideCaseName('特朗普案', 0, 3)).toBe(false);
  });
});

describe('caseNameGlosses', () => {
  it('finds the bracket gloss after a case name', () => {
    const text = '法院就“特朗普诉VOS精选案”(Trump v. VOS Selections, Inc.)作出裁决';
    expect(texts(text, caseNameGlosses(text))).toEqual(['Trump v. VOS Selections, Inc.']);
  });
  it('ignores a bracket after a 案 that closes no case name', () => {
    expect(caseNameGlosses('此案（Trump tariffs）已结案')).toEqual([]);
    expect(caseNameGlosses('特朗普诉称，此案（Trump tariffs）已结')).toEqual([]);
    expect(caseNameGlosses(`特朗普诉${'甲'.repeat(23)}案（Trump v. X）`)).toEqual([]);
  });
  it('finds each of several case names', () => {
    const text = '甲诉乙案（A v. B）与丙訴丁案 （C v. D）';
    expect(texts(text, caseNameGlosses(text))).toEqual(['A v. B', 'C v. D']);
  });
  it('reads a case name at the very start of the text, and after a 案 at the start', () => {
    const opening = '訴美國案（Trump v. United States）';
    expect(texts(opening, caseNameGlosses(opening))).toEqual(['Trump v. United States']);
    const text = '案件审理中，特朗普诉VOS精选案(Trump v. V.O.S. Selections)';
    expect(texts(text, caseNameGlosses(text))).toEqual(['Trump v. V.O.S. Selections']);
  });
  it('gives nothing for a case name without a gloss', () => {
    expect(caseNameGlosses('特朗普诉VOS精选案已审结。')).toEqual([]);
  });
  it('reads a 诉 up to 23 characters before the 案', () => {
    const text = `特朗普诉${'甲'.repeat(22)}案（Trump v. X）`;
    expect(texts(text, caseNameGlosses(text))).toEqual(['Trump v. X']);
  });
});

describe('glossAfter', () => {
  it('reads the bracket right after a name, across spaces and closing quotes', () => {
    const spaced = '字节跳动（ByteDance） 表示';
    expect(texts(spaced, [glossAfter(spaced, 4) as { start: number; end: number }])).toEqual(['ByteDance']);
    const text = '字节跳动（ByteDance）表示';
    expect(texts(text, [glossAfter(text, 4) as { start: number; end: number }])).toEqual(['ByteDance']);
    const quoted = '「学习资源公司诉特朗普案」 ( Learning Resources v. Trump ) 中';
    expect(texts(quoted, [glossAfter(quoted, 12) as { start: number; end: number }])).toEqual([
      'Learning Resources v. Trump',
    ]);
    for (const close of ['”', '’', '』', '》', '"', "'"]) {
      const t = `《甲骨文${close}(Oracle)`;
      expect(glossAfter(t, 4), close).toEqual({ start: 6, end: 12 });
    }
  });
  it('reads no gloss without a bracket, without its close, or when it is empty or too long', () => {
    expect(glossAfter('字节跳动表示（ByteDance）', 4)).toBeUndefined();
    expect(glossAfter('字节跳动（ByteDance', 4)).toBeUndefined();
    expect(glossAfter('字节跳动（   ）表示', 4)).toBeUndefined();
    expect(glossAfter('字节跳动（）表示', 4)).toBeUndefined();
    expect(glossAfter('字节跳动', 4)).toBeUndefined();
    // The close must come within 80 characters of the open.
    expect(glossAfter(`甲骨文（${'a'.repeat(78)}）`, 3)).toEqual({ start: 4, end: 82 });
    expect(glossAfter(`甲骨文（${'a'.repeat(79)}）`, 3)).toBeUndefined();
  });
  it('finds a gloss exactly where a bracket follows the name, after any spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.constantFrom('(', '（'), (spaces, open) => {
        const text = `甲骨文${' '.repeat(spaces)}${open}Oracle）公司`;
        expect(glossAfter(text, 3)).toEqual({ start: 4 + spaces, end: 10 + spaces });
      }),
    );
  });
});

describe('bracketBefore', () => {
  it('finds where the text before a bracket ends', () => {
    expect(bracketBefore('Oracle（甲骨文）', 7)).toBe(6);
    expect(bracketBefore('Oracle  (甲骨文)', 9)).toBe(6);
    expect(bracketBefore('Oracle 甲骨文', 7)).toBe(-1);
    expect(bracketBefore('（甲骨文）', 1)).toBe(0);
  });
});

describe('foldGloss', () => {
  it('folds letter case and removes white space', () => {
    expect(foldGloss('Byte Dance\u00a0Ltd')).toBe('bytedanceltd');
    expect(foldGloss('TikTok')).toBe('tiktok');
  });
});
