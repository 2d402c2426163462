/**
 * Namesakes and look-alikes with the bundled pack, sentence by sentence: honorifics that name the
 * other sex, full names in apposition after a title, another person's name read from the
 * given-name side. Expected values are written here, not computed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { FUNCTION_WORDS, TITLE_WORDS } from '../../src/recognition/name-words';

const recognizer = compileRecognizer(loadPackFile());
const found = (text: string) => recognizer.recognize(text).map((m) => [m.entity, m.text]);

describe('honorifics', () => {
  it('a woman’s honorific before the surname is never the pack’s man, with or without her full name', () => {
    expect(found("Ms. Trump's memoir describes a cold family.")).toEqual([]);
    expect(found('Melania Trump visited a school. Mrs. Trump said children need kindness.')).toEqual([]);
    expect(found('Mrs Lutnick chairs the relief fund.')).toEqual([]);
  });
  it('"Mr." is set apart from a relative only when the text also says "Ms." or "Mrs." with the word', () => {
    expect(
      found('Mary Trump wrote a memoir. Mr. Trump sued her. Ms. Trump said she would not stop.'),
    ).toEqual([['donald-trump', 'Trump']]);
    expect(found('Eric Trump runs the winery. Mr. Trump said the harvest was good.')).toEqual([]);
  });
  it('any woman’s honorific before any strong surname of the pack’s men names nobody in the pack', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Ms.', 'Mrs.', 'Miss', 'Ms', 'Mrs'),
        fc.constantFrom('Trump', 'Bessent', 'Lutnick', 'Xi'),
        fc.constantFrom('said on Monday that tariffs would rise.', 'declined to comment.'),
        (honorific, surname, rest) => {
          expect(found(`${honorific} ${surname} ${rest}`)).toEqual([]);
        },
      ),
    );
  });
});

describe('full names and given names', () => {
  it('a full name after a title that ends in a capitalized body name is the person', () => {
    expect(
      found('His son is the current General Secretary of the Chinese Communist Party Xi Jinping.'),
    ).toEqual([['xi-jinping', 'Xi Jinping']]);
  });
  it('another person named Xi, whatever word stands before, claims the later bare Xi', () => {
    expect(found('Chef Xi Wen opened a noodle bar in Queens. Xi said the broth takes two days.')).toEqual([]);
  });
});

describe('a name word said twice', () => {
  it('is a name of its own: the writer Xi Xi is not Xi Jinping, and takes her later mentions', () => {
    expect(found('My City by Xi Xi. Written in Xi Xi’s playful style, it is about Hong Kong.')).toEqual([]);
    expect(found('Xi Xi was born in Shanghai. Xi moved to Hong Kong in 1950.')).toEqual([]);
  });
  it('never names a pack person, on any page, for any one-word surname of the pack', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Xi', 'Li', 'Wang', 'Zhang', 'Huang', 'Trump', 'Chew'),
        fc.constantFrom('', 'President Donald Trump and Xi Jinping met in Busan. '),
        (word, story) => {
          const text = `${story}The novelist ${word} ${word} won a prize in Taipei.`;
          const twin = text.indexOf(`${word} ${word}`);
          const inTwin = recognizer
            .recognize(text)
            .filter((m) => m.start >= twin && m.start < twin + 2 * word.length + 1);
          expect(inTwin).toEqual([]);
        },
      ),
    );
  });
});

describe('look-alike names on a page that shows the story', () => {
  const STORY = 'Donald Trump met Xi Jinping in Busan. ';
  it('a character called the Oracle, a family name with particles and a lake are not pack cards', () => {
    for (const text of [
      'Neo visits the Oracle in her kitchen.',
      'The Oracle at Delphi spoke in riddles.',
      'Miguel de la Madrid was president of Mexico. De la Madrid had no experience.',
      'Lake Geneva is a resort town in Wisconsin.',
    ])
      expect(found(STORY + text), text).toEqual([
        ['donald-trump', 'Donald Trump'],
        ['xi-jinping', 'Xi Jinping'],
        ['busan', 'Busan'],
      ]);
  });
  it('the company and the city keep their cards', () => {
    expect(found(`${STORY}Oracle said the deal was done; the Oracle co-founder agreed in Madrid.`)).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['xi-jinping', 'Xi Jinping'],
      ['busan', 'Busan'],
      ['oracle', 'Oracle'],
      ['oracle', 'Oracle'],
      ['madrid', 'Madrid'],
    ]);
  });
});

describe('longer names in headlines', () => {
  const LONGER = [
    ['Trump Tower'],
    ['Oracle Park'],
    ['Real Madrid'],
    ['Kuala Lumpur Tower'],
    ['Geneva Motor Show'],
  ] as const;
  it('an alias inside a longer name the running text repeats is no card, in Title Case or capitals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LONGER), fc.boolean(), ([name], capitals) => {
        const headline = capitals
          ? `${name.toUpperCase()} DRAWS RECORD CROWDS`
          : `${name} Draws Record Crowds`;
        const text = `${headline}\nVisitors flocked to ${name} on Sunday. Donald Trump met Xi Jinping in Busan.`;
        expect(recognizer.recognize(text).filter((m) => m.start < headline.length)).toEqual([]);
      }),
    );
  });
  it('a headline alias the running text names alone keeps its card', () => {
    expect(
      found('Trump Says Deal Is Close\nPresident Trump said on Monday that Trump Tower was not for sale.'),
    ).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });
});

describe('bare surnames with nothing to anchor them', () => {
  it('a strong bare surname used as the name of a thing on a page about something else names no one', () => {
    expect(
      found('The Xi baryon decays into a lambda and a pion. Physicists first saw the Xi particle in 1952.'),
    ).toEqual([]);
    expect(found('Known as Xi(b)*, the new particle is a baryon.')).toEqual([]);
  });
  it('a title, a person verb, a possessive, a country or another pack name anchors it', () => {
    expect(found('Xi said China would never seek hegemony.')).toEqual([['xi-jinping', 'Xi']]);
    expect(found('Physicists met President Xi.')).toEqual([['xi-jinping', 'Xi']]);
    expect(found('Trump golfed at his club on Sunday.')).toEqual([]);
    expect(found('Trump golfed at his club in Florida, U.S., on Sunday.')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
    expect(found('Trump’s club hosted a dinner.')).toEqual([['donald-trump', 'Trump']]);
    expect(found('Trump Tower was lit up; Trump himself was in Florida.')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
  });
  it('an unrelated sentence with no country, story word or pack name never adds a highlight', () => {
    const neutral = fc.constantFrom(
      'The particle decays.',
      'It is heavy.',
      'Physicists measured it in 1959.',
    );
    fc.assert(
      fc.property(fc.array(neutral, { maxLength: 4 }), (extra) => {
        expect(found(`${extra.join(' ')} The Xi baryon decays.`.trim())).toEqual([]);
      }),
    );
  });
});

describe('a US town of the same name', () => {
  it('a place or organization name followed by a comma and a US state is that town, even on a story page', () => {
    expect(found('Commerce, Texas, held its council election amid tariffs and the trade war.')).toEqual([]);
    expect(found('Swedish Days opened in Geneva, Ill., on Thursday amid tariffs and the trade war.')).toEqual(
      [],
    );
    expect(found('Bessent met He Lifeng in Geneva, Switzerland, amid tariffs.')).toEqual([
      ['scott-bessent', 'Bessent'],
      ['he-lifeng', 'He Lifeng'],
      ['geneva', 'Geneva'],
    ]);
  });
});

describe('one story word said twice', () => {
  it('a hotel’s, a utility’s or a taxi’s tariff and tariffs do not make a city the talks’ venue', () => {
    expect(
      found('Our hotel in Kuala Lumpur offers a special room tariff. All tariffs include breakfast.'),
    ).toEqual([]);
    expect(found('Geneva’s electricity tariff rises in January; standard tariffs go up 4%.')).toEqual([]);
    expect(found('Busan taxis charge a night tariff. Check the tariffs posted in the cab.')).toEqual([]);
  });
  it('two different story words still do', () => {
    expect(found('Officials held talks in Kuala Lumpur on tariffs and export controls.')).toEqual([
      ['kuala-lumpur', 'Kuala Lumpur'],
    ]);
  });
});

describe('a city on a page of tariffs and a trade war', () => {
  it('is another story’s dateline or market unless its sentence names a meeting', () => {
    expect(
      found('MADRID (Reuters) - Spanish stocks slumped as fears of a trade war over US tariffs hit banks.'),
    ).toEqual([]);
    expect(found('Busan port volumes fell as tariffs and the trade war cut chip shipments.')).toEqual([]);
    expect(found('Negotiators met in Kuala Lumpur to discuss tariffs and rare earths.')).toEqual([
      ['kuala-lumpur', 'Kuala Lumpur'],
    ]);
    expect(found('Bessent flew to Madrid. Spanish stocks fell on tariffs and the trade war.')).toEqual([
      ['scott-bessent', 'Bessent'],
      ['madrid', 'Madrid'],
    ]);
  });
  it('with no other pack name, the city counts exactly where its sentence names a meeting', () => {
    const city = fc.constantFrom('Geneva', 'Madrid', 'Kuala Lumpur', 'Busan');
    const verb = fc.constantFrom(
      'met in',
      'held talks in',
      'hosted a summit in',
      'traded in',
      'fell in',
      'rose in',
    );
    fc.assert(
      fc.property(city, verb, (place, what) => {
        const text = `Stocks ${what === 'fell in' ? 'dropped' : 'moved'} on tariffs and the trade war. Officials ${what} ${place} on Monday.`;
        const meeting = /met|talks|summit/.test(what);
        expect(found(text).map(([entity]) => entity).length).toBe(meeting ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a parent introduced through the pack person’s full name', () => {
  it('"Xi Jinping’s father, Xi Zhongxun" takes the later bare "Xi"; a child named in passing does not', () => {
    expect(
      found(
        "Chinese President Xi Jinping's father, Xi Zhongxun, was purged in 1962. Xi was later rehabilitated.",
      ),
    ).toEqual([['xi-jinping', 'Xi Jinping']]);
    expect(
      found(
        "Chinese President Xi Jinping's daughter, Xi Mingze, studied at Harvard. Xi said little on tariffs.",
      ),
    ).toEqual([
      ['xi-jinping', 'Xi Jinping'],
      ['xi-jinping', 'Xi'],
    ]);
    expect(found('Xi Zhongxun was a revolutionary. In 1962 Xi was purged, and Xi said little.')).toEqual([]);
  });
  it('any parent named through a full name in the possessive claims the later bare surname', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('father', 'mother', 'grandfather'),
        fc.constantFrom(['Xi Jinping', 'Xi Zhongxun', 'Xi'], ['Donald Trump', 'Fred Trump', 'Trump']),
        fc.constantFrom('was purged in 1962.', 'built houses in Queens.'),
        (noun, [pack, parent, bare], rest) => {
          const text = `${pack}'s ${noun}, ${parent}, ${rest} Later ${bare} said the tariffs were unfair.`;
          expect(found(text).map(([, t]) => t)).toEqual([pack]);
        },
      ),
    );
  });
});

describe('surnames in capitals', () => {
  it('a headline in capitals names the people the story names as written', () => {
    expect(
      found(
        'TRUMP, XI AGREE TO EXTEND TARIFF TRUCE\nPresident Trump and Xi Jinping met in Busan on tariffs.',
      ),
    ).toEqual([
      ['donald-trump', 'TRUMP'],
      ['xi-jinping', 'XI'],
      ['donald-trump', 'Trump'],
      ['xi-jinping', 'Xi Jinping'],
      ['busan', 'Busan'],
    ]);
  });
  it('a surname in capitals alone, or a numeral, names no one', () => {
    expect(found('TRUMP, XI AGREE TO EXTEND TARIFF TRUCE\nThe leaders spoke for an hour.')).toEqual([]);
    expect(found('POPE PIUS XI AND ITALY\nPius XI signed the Lateran Treaty with Italy in 1929.')).toEqual(
      [],
    );
  });
  it('upper-casing a strong surname on a story page keeps the mention when the name is also written', () => {
    fc.assert(
      fc.property(fc.constantFrom('Trump', 'Xi', 'Bessent', 'Lutnick'), (surname) => {
        const text = `${surname.toUpperCase()} SPEAKS ON TARIFFS\n${surname} said on Monday that tariffs on chips would rise.`;
        expect(found(text).map(([, t]) => t)).toEqual([surname.toUpperCase(), surname]);
      }),
    );
  });
});

describe('a given name before a Chinese surname, in English order', () => {
  const STORY = 'Tariffs and the trade war dominated the talks.';
  const GIVEN = fc
    .tuple(fc.constantFrom('M', 'Y', 'J', 'T', 'W'), fc.stringMatching(/^[aeiou][a-z]{1,4}$/))
    .map(([first, rest]) => first + rest)
    // A title or function word ("Maj", "Yet") before the surname is no given name.
    .filter((w) => !TITLE_WORDS.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()));
  it('is another person’s full name where the phrase ends or a person verb follows, and claims the later bare surname', () => {
    expect(found(`${STORY} Ming Xi, the model, fell on the runway. Xi later apologised.`)).toEqual([]);
    // Any lower-case word after the pair, not only a person verb, when no determiner opens it.
    expect(found(`${STORY} Chinese model Ming Xi made headlines. Xi later apologised on Weibo.`)).toEqual([]);
    fc.assert(
      fc.property(
        GIVEN,
        fc.constantFrom(', the model,', ' said', ' told reporters', ' made headlines and'),
        (given, tail) => {
          expect(found(`${STORY} ${given} Xi${tail} she would walk again. Xi later apologised.`)).toEqual([]);
        },
      ),
    );
  });
  it('is no person where two surnames qualify a noun: the later bare surname stays the entity’s', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Biden', 'Obama', 'Trump'),
        fc.constantFrom('summit', 'meeting', 'call'),
        fc.constantFrom('the', 'a', 'that', 'their'),
        (a, noun, determiner) => {
          const later = found(`${STORY} After ${determiner} ${a} Xi ${noun}, Xi said the talks were candid.`);
          expect(later).toContainEqual(['xi-jinping', 'Xi']);
        },
      ),
    );
  });
});
