/**
 * The pack's generic organization words in their other senses (holdout-9, docs/recognition.md):
 *
 * - written in lower case in mixed-case text ("the treasury department", "the commerce
 *   department") the words are as often a company's or a college's department as the body: a weak
 *   alias, kept only with page evidence of the story;
 * - after an institution's possessive ("the company's treasury department", "the university's
 *   Commerce Department") they are that institution's;
 * - at the end of another body's longer name, through a coordination ("the House Committee on
 *   Energy and Commerce", "the Ministry of Industry and Commerce") or after "on"/"for" and a body's
 *   head noun ("the Senate Committee on Commerce"), they are part of that name.
 *
 * Expected values are written here, not computed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const BODIES = new Set(['us-treasury', 'us-commerce-department']);
const bodies = (text: string) =>
  recognizer
    .recognize(text)
    .filter((m) => BODIES.has(m.entity))
    .map((m) => m.text);
const NUM_RUNS = 60;

/** A sentence that shows the story (pack names and story words). */
const STORY = 'Bessent met He Lifeng in Geneva to discuss tariffs and the trade war.';
/** Ordinary sentences with no pack name and no story word. */
const ORDINARY = [
  'Cash forecasting improved across the group last year.',
  'The auditors praised the new payment controls.',
  'Students can enrol in the autumn term.',
];
const LOWER = ['treasury department', 'commerce department', 'department of the treasury'];
const capitalized = (name: string) =>
  name
    .split(' ')
    .map((w) => (w === 'of' || w === 'the' ? w : w[0]?.toUpperCase() + w.slice(1)))
    .join(' ');

describe('a generic organization name written in lower case', () => {
  it('is a weak alias: no card on an ordinary page, where its capitalized form is one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORDINARY), fc.constantFrom(...LOWER), (ordinary, name) => {
        expect(bodies(`${ordinary} The head of the ${name} reviewed the figures.`)).toEqual([]);
        const proper = capitalized(name);
        expect(bodies(`${ordinary} The head of the ${proper} reviewed the figures.`)).toEqual([proper]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('still counts on a page that shows the story', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOWER), (name) => {
        expect(bodies(`${STORY} The ${name} said it would review the licences.`)).toEqual([name]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('keeps its meaning in a block written all in lower case', () => {
    expect(bodies('bessent met he lifeng\nthe treasury department said talks went well')).toEqual([
      'treasury department',
    ]);
  });
  it('gives no card in a bank’s note on corporate treasuries', () => {
    const text =
      'Treasurers now oversee payment flows. What’s more, the treasury department is expected to be the payments center of excellence.';
    expect(bodies(text)).toEqual([]);
  });
});

const INSTITUTIONS = ['company', 'university', 'college', 'bank', 'firm', 'hospital'];
const NAMES = ['Treasury Department', 'Commerce Department', 'Treasury', 'treasury department'];

describe('a generic organization name after an institution’s possessive', () => {
  it('is that institution’s department, even on a story page', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTITUTIONS), fc.constantFrom(...NAMES), (institution, name) => {
        expect(bodies(`${STORY} The ${institution}'s ${name} hedges its currency risk.`)).toEqual([]);
        expect(bodies(`${STORY} The ${institution}’s ${name} hedges its currency risk.`)).toEqual([]);
        expect(bodies(`${STORY} The ${name} hedges its currency risk.`)).toEqual([name]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('is the body after a person’s or a country’s own possessive', () => {
    expect(bodies(`${STORY} Trump's Treasury Department answered.`)).toEqual(['Treasury Department']);
    expect(bodies(`${STORY} America's Treasury answered.`)).toEqual(['Treasury']);
  });
  it('leaves an apposition alone: “private equity firm Silver Lake” is the firm', () => {
    const text = 'Investors include cloud giant Oracle, private equity firm Silver Lake and MGX.';
    expect(recognizer.recognize(text).map((m) => m.text)).toContain('Silver Lake');
  });
});

const HEADS = ['House Committee on', 'Senate Committee on', 'Ministry of', 'Commission on', 'Council on'];
const FIELDS = ['Energy', 'Industry', 'Trade', 'Science', 'Small Business'];

describe('a generic organization word at the end of another body’s longer name', () => {
  it('is part of that name after a coordination', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), fc.constantFrom(...FIELDS), (head, field) => {
        expect(bodies(`${STORY} The bill went to the ${head} ${field} and Commerce for review.`)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
  it('is part of a body’s name after “on” or “for”', () => {
    expect(bodies(`${STORY} The Senate Committee on Commerce, Science, and Transportation met.`)).toEqual([]);
    expect(bodies(`${STORY} The Ministry for Commerce of Laos objected.`)).toEqual([]);
  });
  it('stays the entity’s own where the coordinated names are its own', () => {
    fc.assert(
      fc.property(fc.constantFrom('State', 'Energy', 'Labor'), (field) => {
        expect(bodies(`${STORY} Officials from the Departments of ${field} and Commerce spoke.`)).toEqual([
          'Commerce',
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(bodies(`${STORY} The Treasury and Commerce departments issued rules.`)).toEqual([
      'Treasury',
      'Commerce',
    ]);
  });
  it('is unchanged after a person’s name and “for” or “on”', () => {
    const text = `${STORY} Trump picked Mnuchin for Treasury. Bessent on Treasury policy: no change.`;
    expect(bodies(text)).toEqual(['Treasury', 'Treasury']);
  });
});
