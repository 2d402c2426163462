/**
 * The rules about language written after holdout-20 (docs/recognition.md), with the bundled pack:
 * hand-written sentences of the kinds its tune half holds, and properties over their variants.
 * Expected values are written here, not computed; each case fails on the code before the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { lineShapes } from '../../src/recognition/headlines';
import { compileRecognizer } from '../../src/recognition/index';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);
const NUM_RUNS = 60;

describe('Title Case keeps the versus of a case and a numeral’s letters', () => {
  const headline = (line: string) => lineShapes(`${line}\nThe article starts here.`).isHeadlineAt(0);

  it('"v." and "19c" leave a Title Case line a headline; a lower-case word of prose does not', () => {
    expect(headline('Supreme Court Hears Learning Resources, Inc. v. Trump Concerning Tariffs')).toBe(true);
    expect(headline('Upgrade to Oracle Database 19c')).toBe(true);
    expect(headline('The 4th Round Of Talks Opens In Geneva')).toBe(true);
    expect(headline('The court heard the case v. the state')).toBe(false);
    expect(headline('Upgrade your database to 19c today')).toBe(false);
  });

  it('a case alias written "V." in a Title Case heading, and a company’s product in one, are mentions', () => {
    expect(
      found(
        'Supreme Court Hears Arguments In Trump v. V.O.S. Selections, Inc. And Learning Resources, Inc. V. Trump Concerning Tariffs\nThe Court heard Learning Resources, Inc. v. Trump.',
      ),
    ).toEqual([
      ['learning-resources-v-trump', 'Learning Resources, Inc. V. Trump'],
      ['learning-resources-v-trump', 'Learning Resources, Inc. v. Trump'],
    ]);
    expect(
      found(
        'Upgrade to Oracle Database 19c\nHands-On Workshop\n© 2019 Oracle and/or its affiliates. Oracle Corporation is based in Austin.',
      ),
    ).toEqual([
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle Corporation'],
    ]);
  });

  it('property: Title Case words with "v." or a numeral with letters stay a headline, one lower-case word of prose ends it', () => {
    const capitalized = fc.constantFrom(
      'Court',
      'Hears',
      'Oracle',
      'Google',
      'Database',
      'Round',
      'Talks',
      'Geneva',
    );
    const glued = fc.constantFrom('v.', '19c', '4th', '21st', '4K', '5G');
    fc.assert(
      fc.property(
        fc.array(capitalized, { minLength: 3, maxLength: 7 }),
        glued,
        fc.nat(),
        fc.constantFrom('heard', 'today', 'says'),
        (words, extra, at, prose) => {
          const i = at % (words.length + 1);
          const line = [...words.slice(0, i), extra, ...words.slice(i)];
          expect(headline(line.join(' '))).toBe(true);
          expect(headline([...line, prose].join(' '))).toBe(false);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('an auxiliary is no sign that a bare surname is a person', () => {
  it('"Xi is the 14th letter", "Xi was derived" name no one; "Xi has said", "Trump will visit" do', () => {
    expect(
      found('Xi is the 14th letter of the Greek alphabet. Xi was derived from the letter samekh.'),
    ).toEqual([]);
    expect(found('Xi is not to be confused with the letter chi.')).toEqual([]);
    expect(found('Xi has said the talks went well.')).toEqual([['xi-jinping', 'Xi']]);
    expect(found('Trump will visit Ohio.')).toEqual([['donald-trump', 'Trump']]);
    expect(found('Xi said the talks went well.')).toEqual([['xi-jinping', 'Xi']]);
  });

  it('property: a bare strong surname with an auxiliary and no person’s verb after it is no card; with one it is', () => {
    const surnames: readonly [string, string][] = [
      ['Xi', 'xi-jinping'],
      ['Trump', 'donald-trump'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...surnames),
        fc.constantFrom('is', 'was', 'has', 'had', 'will', 'would', 'did', 'does'),
        fc.constantFrom(
          'the 14th letter of the alphabet',
          'derived from samekh',
          'not to be confused',
          'a value of 60',
        ),
        fc.constantFrom('said', 'met', 'visited', 'signed', 'say', 'meet', 'visit', 'sign'),
        ([name, id], auxiliary, filler, verb) => {
          expect(found(`${name} ${auxiliary} ${filler}.`)).toEqual([]);
          expect(found(`${name} ${auxiliary} ${verb} the letter.`)).toEqual([[id, name]]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a place named as another event’s venue is that event’s, at every mention on the page', () => {
  /** Both sides named in the sentence, so that prec10u's story-sides rule says nothing. */
  const SIDES = ' with leaders from China and the United States.';

  it('"the ASEAN summit in Kuala Lumpur" beside Trump gives no card, nor the page’s later "Kuala Lumpur"', () => {
    expect(found(`President Trump will attend the ASEAN summit in Kuala Lumpur${SIDES}`)).toEqual([
      ['donald-trump', 'Trump'],
    ]);
    expect(
      found(
        `Trump will witness the accord at the ASEAN summit in Kuala Lumpur${SIDES} Trump is scheduled to visit Kuala Lumpur on October 26.`,
      ),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it('a related entity, the story’s sides or a pack name in the event’s name, or a sentence’s opening capital, keep the place', () => {
    expect(found('Bessent and He Lifeng met on the sidelines of the ASEAN summit in Kuala Lumpur.')).toEqual([
      ['scott-bessent', 'Bessent'],
      ['he-lifeng', 'He Lifeng'],
      ['kuala-lumpur', 'Kuala Lumpur'],
    ]);
    expect(found('Trump praised the US-China talks in Geneva.')).toEqual([
      ['donald-trump', 'Trump'],
      ['geneva', 'Geneva'],
    ]);
    expect(found('Lutnick praised the Lutnick-Wang talks in Geneva on chips with China.')).toEqual([
      ['howard-lutnick', 'Lutnick'],
      ['howard-lutnick', 'Lutnick'],
      ['geneva', 'Geneva'],
    ]);
    expect(found('Trade talks in Geneva were constructive, Trump said of China.')).toEqual([
      ['geneva', 'Geneva'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it('property: another event’s name and meeting noun before a place drop it at every mention; the story’s sides in their stead keep it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'ASEAN',
          'NATO',
          'G20',
          'Asean Foreign Ministers’',
          'East Asia',
          'Biden-Putin',
          '47th ASEAN',
        ),
        fc.constantFrom('summit', 'Summit', 'meeting', 'Meeting', 'conference', 'talks'),
        fc.constantFrom('Kuala Lumpur', 'Geneva', 'Madrid'),
        fc.constantFrom('in', 'at'),
        fc.boolean(),
        (event, noun, place, preposition, again) => {
          const later = again ? ` Trump is scheduled to visit ${place} in October.` : '';
          const trumps = again ? 2 : 1;
          const page = (name: string) =>
            `President Trump will attend the ${name} ${noun} ${preposition} ${place}${SIDES}${later}`;
          expect(found(page(event))).toEqual(Array(trumps).fill(['donald-trump', 'Trump']));
          const kept = found(page('US-China')).filter(([id]) => id !== 'donald-trump');
          expect(kept.length).toBe(trumps);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a country after a person’s full name qualifies the noun after it', () => {
  it('"tells Donald Trump U.S. tariffs will hurt" names Trump; "Donald Trump Foundation grants" is a longer name', () => {
    expect(found('Sweden Prime Minister tells Donald Trump U.S. tariffs “will hurt us all”')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(found('Analysts weighed Xi Jinping China policy on chips.')).toEqual([
      ['xi-jinping', 'Xi Jinping'],
    ]);
    expect(found('The Donald Trump Foundation grants were audited.')).toEqual([]);
  });

  it('property: a pack person’s full name, a country’s initialism or name and a lower-case noun keep the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['Donald Trump', 'donald-trump'],
          ['Xi Jinping', 'xi-jinping'],
          ['Scott Bessent', 'scott-bessent'],
          ['Howard Lutnick', 'howard-lutnick'],
        ),
        fc.constantFrom('U.S.', 'China', 'Japan', 'Mexico', 'U.K.'),
        fc.constantFrom('tariffs', 'policy', 'visit', 'deal'),
        ([name, id], country, noun) => {
          expect(found(`Reporters asked ${name} ${country} ${noun} questions.`)).toEqual([[id, name]]);
          expect(found(`Reporters asked ${name} Foundation ${noun} questions.`)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
