import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companySpeaks } from './company-speaker';

/** companySpeaks for the first "Oracle" in `text`. */
const speaks = (text: string, name = 'Oracle') => {
  const start = text.indexOf(name);
  return companySpeaks(text, start, start + name.length);
};

describe('a company speaking in its own sentence', () => {
  it('the bare name opening a sentence before a company verb, or a verb of saying before "that"', () => {
    expect(speaks('Oracle claims that 23c has 300+ new features.')).toBe(true);
    expect(speaks('It grew. Oracle announced a new database release.')).toBe(true);
    expect(speaks('Oracle reported quarterly revenue above estimates.')).toBe(true);
    expect(speaks('Oracle stated that the cloud grew.')).toBe(true);
  });
  it('not inside a sentence, not after "the", not before a noun, not a verb every speaker uses', () => {
    expect(speaks('The last game at Oracle announced the end.')).toBe(false);
    expect(speaks('The Oracle announced a prophecy.')).toBe(false);
    expect(speaks('Oracle claims processing is slow.')).toBe(false);
    expect(speaks('Oracle said the city would fall.')).toBe(false);
    expect(speaks('Oracle  announced it.')).toBe(false);
  });
  it('not when the sentence speaks of a person: a character or a person of that name', () => {
    expect(speaks('Oracle announced she would leave the team.')).toBe(false);
    expect(speaks('Oracle confirmed that his plan would work.')).toBe(false);
    expect(speaks('Oracle confirmed the plan. She left.')).toBe(true);
  });
  it('property: a personal pronoun anywhere in the rest of the sentence makes it no company', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('announced', 'reported', 'claims that', 'confirmed'),
        fc.constantFrom('he', 'she', 'his', 'her', 'him', 'herself'),
        fc.array(fc.constantFrom('the', 'new', 'plan', 'would', 'work', 'today'), { maxLength: 5 }),
        fc.array(fc.constantFrom('the', 'team', 'was', 'ready'), { maxLength: 5 }),
        (verb, pronoun, before, after) =>
          !speaks(`Oracle ${verb} ${[...before, pronoun, ...after].join(' ')}.`),
      ),
      { numRuns: 200 },
    );
  });
});
