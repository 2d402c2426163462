/**
 * Summit words (han-summits.ts): 川習會 stands for the two leaders as page evidence, not as a
 * mention. Expected values are literals; the pack is the bundled one.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../knowledge/validate';
import { nameInitialsOf, summitPersons } from './han-summits';
import { compileRecognizer } from './index';

const NUM_RUNS = 100;
const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const initials = nameInitialsOf(parsed.pack);
/** Characters that open no Han name of the bundled pack. */
const FILLER = [...'的是在了和有这个们到就也要对年月日今天昨认为团队保持沟通工作大学都'];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 8 }).map((chars) => chars.join(''));

describe('name initials', () => {
  it('takes the opening character of surnames and of names in Chinese order, not of dotted full names', () => {
    expect([...(initials.get('川') ?? [])]).toEqual(['donald-trump']);
    expect([...(initials.get('習') ?? [])]).toEqual(['xi-jinping']);
    expect([...(initials.get('何') ?? [])]).toEqual(['he-lifeng']);
    expect(initials.has('斯')).toBe(false);
  });
});

describe('summit words', () => {
  it('stand for the two pack persons whose names open with their characters', () => {
    expect([...summitPersons('這次「川習會」於釜山舉行', initials)].sort()).toEqual([
      'donald-trump',
      'xi-jinping',
    ]);
    expect([...summitPersons('特习会在即', initials)].sort()).toEqual(['donald-trump', 'xi-jinping']);
  });
  it('name no one in an ordinary word ending in 会, or with one leader only', () => {
    expect([...summitPersons('今天大会和学会都开了', initials)]).toEqual([]);
    expect([...summitPersons('习习会', initials)]).toEqual([]);
    expect([...summitPersons('拜习会', initials)]).toEqual([]);
  });
  it('are evidence for a place of the talks, and are no mention themselves', () => {
    expect(found('這次「川習會」於釜山金海空軍基地舉行，歷時約1小時40分鐘。')).toEqual([['busan', '釜山']]);
    expect(found('這次「大會」於釜山金海空軍基地舉行。')).toEqual([]);
  });
  it('give a place evidence wherever they stand in ordinary text', () => {
    fc.assert(
      fc.property(filler, filler, filler, (a, b, c) => {
        expect(found(`${a}釜山${b}。${c}`)).toEqual([]);
        expect(found(`${a}釜山${b}。${c}川習會`)).toEqual([['busan', '釜山']]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
