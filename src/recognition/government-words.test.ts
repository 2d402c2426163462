import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryOfCapital } from './capital-cities';
import { otherGovernmentAround, ownCountryOfAfter, ownGovernmentAfter } from './government-words';

const US = new Set(['us', 'u.s.', 'treasury', 'department']);
const CHINA = new Set(['china', 'ministry', 'of', 'commerce']);
const around = (text: string, alias: string, own: ReadonlySet<string> = US) => {
  const start = text.indexOf(alias);
  return otherGovernmentAround(text, start, start + alias.length, own);
};
const ownAfter = (text: string, alias: string, own: ReadonlySet<string> = US) =>
  ownGovernmentAfter(text, text.indexOf(alias) + alias.length, own);

/** Capitals of countries other than the US and China, as a page writes them. */
const CAPITALS = [
  'Tokyo',
  'London',
  'Bangkok',
  'New Delhi',
  'Kuala Lumpur',
  'Mexico City',
  'Buenos Aires',
  'Ottawa',
  'Canberra',
  'Berlin',
  'Seoul',
  'Brasília',
];

describe('otherGovernmentAround', () => {
  it('a state word before, or "in" and another government after, is another body', () => {
    expect(around('the state Treasury said', 'Treasury')).toBe(true);
    expect(around('the provincial Treasury said', 'Treasury')).toBe(true);
    expect(around('the Treasury in Minnesota said', 'Treasury')).toBe(true);
    expect(around('the Treasury in South Carolina said', 'Treasury')).toBe(true);
    expect(around('the Treasury in the United Kingdom said', 'Treasury')).toBe(true);
    expect(around('the Treasury in Japan’s capital said', 'Treasury')).toBe(true);
  });
  it('the entity’s own country, Washington, a city or other words leave it alone', () => {
    expect(around('the Treasury in the U.S. said', 'Treasury')).toBe(false);
    expect(around('the Treasury in Washington said', 'Treasury')).toBe(false);
    expect(around('the Treasury in Geneva said', 'Treasury')).toBe(false);
    expect(around('the Treasury in a statement said', 'Treasury')).toBe(false);
    expect(around('the Treasury In Japan', 'Treasury')).toBe(false);
    expect(around('the United States Treasury said', 'Treasury')).toBe(false);
    expect(around('Treasury', 'Treasury')).toBe(false);
  });
  it('an institution’s possessive before it is that institution’s department', () => {
    expect(around("the company's treasury department said", 'treasury department')).toBe(true);
    expect(around('the university’s Commerce Department said', 'Commerce Department')).toBe(true);
    expect(around("Delhi University's Commerce Department said", 'Commerce Department')).toBe(true);
    expect(around('private equity firm Treasury said', 'Treasury')).toBe(false);
    expect(around("Trump's Treasury said", 'Treasury')).toBe(false);
  });
  it('property: any institution’s possessive makes any generic name its own department', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('company', 'University', 'college', 'Bank', 'firm', 'hospital', 'school'),
        fc.constantFrom("'s", '’s'),
        fc.constantFrom('Treasury', 'treasury department', 'Commerce Department'),
        (institution, possessive, body) => {
          expect(around(`The ${institution}${possessive} ${body} said`, body)).toBe(true);
          expect(around(`The ${body} said`, body)).toBe(false);
        },
      ),
    );
  });
  it('"in" and another country’s capital is that country’s body', () => {
    expect(around('the ministry of commerce in Tokyo said', 'ministry of commerce', CHINA)).toBe(true);
    expect(around('the Treasury in London said', 'Treasury')).toBe(true);
    expect(around('the Treasury in Mexico City said', 'Treasury')).toBe(true);
    expect(around('the Treasury in The Hague said', 'Treasury')).toBe(true);
    expect(around('the ministry of commerce in Beijing said', 'ministry of commerce', CHINA)).toBe(false);
    expect(around('the ministry of commerce in Washington said', 'ministry of commerce', CHINA)).toBe(true);
  });
  it('property: any other country’s capital after "in" makes the body that country’s, never the entity’s own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CAPITALS),
        fc.constantFrom('Treasury', 'Commerce Department', 'Treasury Department'),
        fc.constantFrom(' said', ', officials said', '.', ''),
        (capital, body, tail) => {
          const text = `The ${body} in ${capital}${tail}`;
          expect(countryOfCapital(capital.toLowerCase())).toBeDefined();
          expect(around(text, body)).toBe(true);
          expect(ownAfter(text, body)).toBe(false);
        },
      ),
    );
  });
});

describe('ownGovernmentAfter', () => {
  it('"in" and the entity’s own country or capital names its own body', () => {
    expect(ownAfter('the Treasury in Washington said', 'Treasury')).toBe(true);
    expect(ownAfter('the Treasury in the United States said', 'Treasury')).toBe(true);
    expect(ownAfter('the ministry of commerce in Beijing said', 'ministry of commerce', CHINA)).toBe(true);
    expect(ownAfter('the Treasury in London said', 'Treasury')).toBe(false);
    expect(ownAfter('the Treasury said', 'Treasury')).toBe(false);
    expect(ownAfter('the Treasury in a statement', 'Treasury')).toBe(false);
  });
});

describe('ownCountryOfAfter', () => {
  const ofAfter = (text: string, alias: string, own: ReadonlySet<string> = CHINA) =>
    ownCountryOfAfter(text, text.indexOf(alias) + alias.length, own);
  it('"of" and the entity’s own country closing the name: its official name', () => {
    expect(
      ofAfter('the Ministry of Commerce of People’s Republic of China said', 'Ministry of Commerce'),
    ).toBe(true);
    expect(
      ofAfter("the Ministry of Commerce of the People's Republic of China (MOFCOM)", 'Ministry of Commerce'),
    ).toBe(true);
    expect(ofAfter('the Department of the Treasury of the United States of America', 'Treasury', US)).toBe(
      true,
    );
    expect(ofAfter('the Ministry of Commerce of Republic of India said', 'Ministry of Commerce')).toBe(false);
    expect(ofAfter('the Ministry of Commerce for China said', 'Ministry of Commerce')).toBe(false);
    expect(ofAfter('the Ministry of Commerce of China Merchants Bank', 'Ministry of Commerce')).toBe(false);
    expect(ofAfter('the Ministry of Commerce of China. Then', 'Ministry of Commerce')).toBe(true);
  });
  it('property: another country’s official name after "of" is never the entity’s own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('India', 'Japan', 'Korea', 'Thailand', 'Kenya', 'Singapore'),
        fc.constantFrom("People's Republic of ", 'Republic of ', 'the ', ''),
        (country, official) => {
          expect(
            ofAfter(`the Ministry of Commerce of ${official}${country} said`, 'Ministry of Commerce'),
          ).toBe(false);
          expect(ofAfter(`the Ministry of Commerce of ${official}China said`, 'Ministry of Commerce')).toBe(
            true,
          );
        },
      ),
    );
  });
});
