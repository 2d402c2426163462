import { describe, expect, it } from 'vitest';
import { titledInstitutionAt } from './institutions';
import { nextWord } from './name-tokens';

/** titledInstitutionAt for the word after `name` in `text`. */
const followedBy = (text: string, name: string) =>
  titledInstitutionAt(text, nextWord(text, text.indexOf(name) + name.length));

describe('titledInstitutionAt', () => {
  it('a capitalized title word before a capitalized institution head', () => {
    expect(followedBy('Silver Lake State Park is in Michigan.', 'Silver Lake')).toBe(true);
    expect(followedBy('Kuala Lumpur General Hospital treated him.', 'Kuala Lumpur')).toBe(true);
  });
  it('not a title before a person, a lower-case head, or a head without a title', () => {
    expect(followedBy('Nvidia CEO Jensen Huang spoke.', 'Nvidia')).toBe(false);
    expect(followedBy('Commerce Secretary Howard Lutnick spoke.', 'Commerce')).toBe(false);
    expect(followedBy('Busan State park rangers spoke.', 'Busan')).toBe(false);
    expect(followedBy('Busan University opened.', 'Busan')).toBe(false);
  });
});
