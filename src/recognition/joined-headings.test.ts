import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShapes } from './headlines';
import { lowerCaseTwinAt, opensJoinedStep, TWIN_WINDOW } from './joined-headings';
import { type NameOwner, structureVerdict } from './name-structure';
import { nextWord } from './name-tokens';

const company: NameOwner = {
  isPerson: false,
  isOrganization: true,
  ownWords: new Set(['nvidia', 'tiktok', 'oracle', 'silver', 'lake', 'corp.']),
  givenBefore: false,
  givenAfter: false,
};

/** The verdict for the first occurrence of `alias` in `text`. */
function verdict(text: string, alias: string): string {
  const start = text.indexOf(alias);
  return structureVerdict(text, start, start + alias.length, company, lineShapes(text));
}

describe('one sense per page: a Title Case word the page also writes in lower case', () => {
  it('finds the lower-case twin, written the same, never the occurrence itself', () => {
    const text = 'Installing the NVIDIA Driver … for installing the NVIDIA driver.';
    const lines = lineShapes(text);
    expect(lowerCaseTwinAt(text, 15, 21, nextWord(text, 21), lines)).toBe(text.lastIndexOf('NVIDIA'));
    expect(lowerCaseTwinAt(text, 15, 21, nextWord(text, 14), lines)).toBeUndefined();
    expect(verdict(text, 'NVIDIA')).toBe('keep');
  });
  it('needs the same name and the same word, in lower case', () => {
    for (const text of [
      'Installing the NVIDIA Driver takes time … it also runs on the NVIDIA shield of the box.',
      'Installing the NVIDIA Driver takes time … and then the NVIDIA drivers are in place.',
      'Installing the NVIDIA Driver takes time … and then the e-NVIDIA driver is in place.',
      'Installing the NVIDIA Driver takes time … and then the Nvidia driver is in place.',
    ])
      expect(verdict(text, 'NVIDIA'), text).toBe('longer-name');
  });
  it('reads only the section around the name: a twin further than TWIN_WINDOW characters away is not read', () => {
    const far = ' filler words go here.'.repeat(Math.ceil(TWIN_WINDOW / 20));
    expect(
      verdict(`Installing the NVIDIA Driver takes time.${far} Then the NVIDIA driver loads.`, 'NVIDIA'),
    ).toBe('longer-name');
    expect(verdict('Installing the NVIDIA Driver takes time. Then the NVIDIA driver loads.', 'NVIDIA')).toBe(
      'keep',
    );
  });
  it('reads the capitalized word as the lower-case one reads: a place noun stays a place', () => {
    expect(verdict('The Silver Lake Reservoir … the Silver Lake reservoir is full.', 'Silver Lake')).toBe(
      'place-name',
    );
  });
  it('property: without its lower-case twin a capitalized word after the name keeps making a longer name', () => {
    const noun = fc.constantFrom('Driver', 'Shield', 'Park', 'Arena', 'Cloud', 'Database');
    const other = fc.constantFrom('chips', 'stock', 'drivers', 'parks', 'clouds', 'databases');
    fc.assert(
      fc.property(noun, other, (word, lower) => {
        fc.pre(lower !== word.toLowerCase());
        expect(verdict(`Fans at Oracle ${word} cheered. The Oracle ${lower} rose.`, 'Oracle')).toBe(
          'longer-name',
        );
        // With it, the capitalized word reads as the lower-case one does on its own.
        const twin = `The Oracle ${word.toLowerCase()} rose.`;
        expect(verdict(`Fans at Oracle ${word} cheered. ${twin}`, 'Oracle')).toBe(verdict(twin, 'Oracle'));
      }),
    );
  });
});

describe('a step’s verb joined to the name', () => {
  const step = (text: string, word: string) => {
    const at = text.lastIndexOf(` ${word} `) + 1;
    const next = nextWord(text, at - 1);
    return next !== undefined && opensJoinedStep(text, next);
  };
  it('reads a capitalized word before a lower-case determiner as a verb', () => {
    expect(step('Step 1: Open Tiktok Open the app and tap', 'Open')).toBe(true);
    expect(verdict('Step 1: Open Tiktok Open the app and tap the plus symbol.', 'Tiktok')).toBe('keep');
    expect(verdict('Install Nvidia Drivers your way: pick one.', 'Nvidia')).toBe('keep');
  });
  it('leaves a time phrase, a venue and a name without a determiner alone', () => {
    expect(verdict('We met at Oracle Park the next day.', 'Oracle')).toBe('longer-name');
    expect(verdict('At Oracle Arena the Warriors won.', 'Oracle')).toBe('longer-name');
    expect(verdict('The Nvidia Shield gets an update.', 'Nvidia')).toBe('longer-name');
  });
  it('property: a time phrase after the determiner always keeps the longer name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Open', 'Shield', 'Racing', 'Challenger'),
        fc.constantFrom('the', 'this', 'a', 'every'),
        fc.constantFrom('day', 'next week', 'following morning', 'season'),
        (word, determiner, time) => {
          expect(verdict(`They met at Oracle ${word} ${determiner} ${time} in March.`, 'Oracle')).toBe(
            'longer-name',
          );
        },
      ),
    );
  });
});
