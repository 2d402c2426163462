import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from './index';
import { coordinatedFieldEnd, holderMayBeAround, isOfficeTitleWord } from './titles';

const recognizer = compileRecognizer(loadPackFile());
const named = (text: string, entity: string) =>
  recognizer
    .recognize(text)
    .filter((m) => m.entity === entity)
    .map((m) => m.text);

/** isOfficeTitleWord for the first `word` in `text`. */
const officeAt = (text: string, word: string) => {
  const start = text.indexOf(word);
  return isOfficeTitleWord(text, start, start + word.length);
};

describe('an organization word coordinated with another field before an office holder word', () => {
  it("names another government's office, not the body (the shape of newshens.com and bombaysamachar.com)", () => {
    const text =
      'Trump put a 50 per cent tariff on Indian goods. Commerce and Industry Minister Piyush Goyal said the trade talks would go on.';
    expect(named(text, 'us-commerce-department')).toEqual([]);
    expect(named(text, 'donald-trump')).toEqual(['Trump']);
    expect(officeAt('Commerce & Industry Minister Piyush Goyal spoke', 'Commerce')).toBe(true);
  });
  it("the page's gate lets a coordinated title through to the full rules (holderMayBeAround)", () => {
    // "Indian" ends in no letters of "of", "the", "for": only the words after the body can open the title.
    expect(holderMayBeAround('Indian Commerce and Industry Minister Piyush Goyal', 7, 15)).toBe(true);
    expect(holderMayBeAround('Indian Commerce & Industry Minister Piyush Goyal', 7, 15)).toBe(true);
    expect(isOfficeTitleWord('Indian Commerce and Industry Minister Piyush Goyal', 7, 15)).toBe(true);
  });
  it('the offices of two US bodies are offices too (rule 4)', () => {
    expect(officeAt('The Commerce and Treasury secretaries met in Geneva.', 'Commerce')).toBe(true);
    expect(officeAt('Treasury and Commerce Secretary nominees were heard.', 'Treasury')).toBe(true);
  });
  it('a coordination without a holder word after it keeps the body', () => {
    const tariffs = 'Trump raised tariffs on Chinese chips. ';
    expect(
      named(`${tariffs}Commerce and Treasury officials said the rules stand.`, 'us-commerce-department'),
    ).toEqual(['Commerce']);
    expect(officeAt('the Commerce and Treasury departments said', 'Commerce')).toBe(false);
    expect(officeAt('Commerce and the Secretary of State met', 'Commerce')).toBe(false);
    expect(officeAt('Commerce and industry ministers met', 'Commerce')).toBe(false);
  });
  it('property: "and" or "&" and one capitalized field before a holder word, and only that, opens a title', () => {
    const joiners = fc.constantFrom(' and ', ' & ');
    const fields = fc.constantFrom('Industry', 'Trade', 'Treasury', 'Finance', 'Tourism');
    const holders = fc.constantFrom('Minister', 'Secretary', 'Deputy Minister', 'ministers', 'Secretaries');
    const notHolders = fc.constantFrom('Ministry', 'Department', 'officials', 'said', 'Act');
    const notFields = fc.constantFrom('industry', 'the', 'Of', "India's");
    fc.assert(
      fc.property(
        joiners,
        fields,
        holders,
        notHolders,
        notFields,
        (joiner, field, holder, other, notField) => {
          const body = 'Commerce';
          const title = `${body}${joiner}${field} ${holder} Ali Khan said`;
          expect(coordinatedFieldEnd(title, body.length)).toBe(`${body}${joiner}${field}`.length);
          expect(isOfficeTitleWord(title, 0, body.length)).toBe(true);
          expect(isOfficeTitleWord(`${body}${joiner}${field} ${other} said`, 0, body.length)).toBe(false);
          const unjoined = `${body}${joiner}${notField} ${holder} said`;
          expect(coordinatedFieldEnd(unjoined, body.length)).toBe(body.length);
          expect(coordinatedFieldEnd(`${body} or ${field} ${holder}`, body.length)).toBe(body.length);
        },
      ),
    );
  });
});
