import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from './index';
import { nextWord } from './name-tokens';
import { sponsorInTeamName, teamNameAfter } from './team-names';

const recognizer = compileRecognizer(loadPackFile());
const oracles = (text: string) =>
  recognizer
    .recognize(text)
    .filter((m) => m.entity === 'oracle')
    .map((m) => m.text);

/** teamNameAfter for the first `word` in `text`. */
const teamAfter = (text: string, word: string) => {
  const start = text.indexOf(word);
  return teamNameAfter(text, start + word.length);
};

describe('a sports team named after its sponsors', () => {
  it('a company before an acronym and a team head noun is part of the team name (hubbry.com, tune18)', () => {
    const text =
      "The syndicate was backed primarily by Larry Ellison, the co-founder and CEO of Oracle Corporation, but was renamed in August 2004 to Oracle BMW Racing to reflect the German company's role.";
    expect(oracles(text)).toEqual(['Oracle Corporation']);
    expect(teamAfter('renamed to Oracle BMW Racing in 2004', 'BMW')).toBe(true);
  });
  it('a product line after the maker keeps the maker', () => {
    expect(teamAfter('Nvidia DGX Cloud is sold by the hour', 'DGX')).toBe(false);
    expect(teamAfter('the Nvidia RTX racing games', 'RTX')).toBe(false);
    expect(teamAfter('Nvidia RTX. Racing is next', 'RTX')).toBe(false);
    expect(oracles('Larry Ellison runs Oracle. Oracle OCI Cloud grew 40% this quarter.')).toContain('Oracle');
  });
  it('property: a capitalized team head noun after the word, and only that, names a team', () => {
    const heads = fc.constantFrom('Racing', 'Motorsport', 'Motorsports', 'Sailing', 'Yachting');
    const others = fc.constantFrom('Cloud', 'Pro', 'Platform', 'racing', 'Sailboat', 'Race');
    const acronym = fc.constantFrom('BMW', 'AMG', 'DGX', 'RTX', 'TAG');
    fc.assert(
      fc.property(acronym, heads, others, (word, head, other) => {
        expect(teamNameAfter(`Oracle ${word} ${head} won`, `Oracle ${word}`.length)).toBe(true);
        expect(teamNameAfter(`Oracle ${word} ${other} won`, `Oracle ${word}`.length)).toBe(false);
        // Only an acronym is a sponsor's name there: "Oracle Team Racing" is read as any name is.
        const sponsor = (text: string) => sponsorInTeamName(text, nextWord(text, 'Oracle'.length));
        expect(sponsor(`Oracle ${word} ${head} won`)).toBe(true);
        expect(sponsor(`Oracle ${word} ${other} won`)).toBe(false);
        expect(sponsor(`Oracle ${word[0]}${word.slice(1).toLowerCase()}x ${head} won`)).toBe(false);
      }),
    );
  });
});
