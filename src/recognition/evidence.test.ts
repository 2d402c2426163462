import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entitiesWithEvidence,
  pageHasStoryEvidence,
  relatedAmong,
  storyEvidenceFor,
  storyWordKey,
  storyWords,
  symmetricRelations,
} from './evidence';

const words = storyWords(['tariffs', 'export controls', 'US-China']);

describe('story words', () => {
  it('counts distinct whole words, case-insensitive, any white space and dash', () => {
    expect(words.countIn('Tariffs, tariffs and EXPORT\n controls', 5)).toBe(2);
    expect(words.countIn('US‑China talks', 5)).toBe(1);
    expect(words.countIn('tariffsville and controls', 5)).toBe(0);
  });
  it('stops counting at enough', () => {
    expect(words.countIn('tariffs export controls US-China', 1)).toBe(1);
  });
  it('an empty list finds nothing', () => {
    expect(storyWords([]).countIn('tariffs', 3)).toBe(0);
  });
});

describe('one story word however it is inflected or spelled', () => {
  const pack = storyWords([
    'tariff',
    'tariffs',
    'rare earth',
    'rare earths',
    'US-China',
    'U.S.-China',
    'Sino-US',
  ]);
  it('singular and plural, dotted and plain abbreviations are one word', () => {
    expect(pack.countIn('a room tariff; all tariffs include breakfast', 5)).toBe(1);
    expect(pack.countIn('rare earths, a rare earth magnet', 5)).toBe(1);
    expect(pack.countIn('U.S.-China and US‑China talks', 5)).toBe(1);
    expect(pack.countIn('tariffs on rare earths', 5)).toBe(2);
  });
  it('a short word ending in s keeps it', () => {
    expect(storyWordKey('Sino-US')).toBe('sino-us');
    expect(storyWordKey('Export  Controls')).toBe('export control');
  });
  it('a hotel page that says tariff and tariffs shows no story; another story word does', () => {
    expect(pageHasStoryEvidence('Room tariff: 90 ringgit. Tariffs include breakfast.', 0, 0, pack)).toBe(
      false,
    );
    expect(pageHasStoryEvidence('New tariffs on rare earths.', 0, 0, pack)).toBe(true);
  });
  it('repeating or inflecting a word already on the page never adds a story word', () => {
    const word = fc.constantFrom(
      'tariff',
      'tariffs',
      'Tariffs',
      'rare earth',
      'rare earths',
      'US-China',
      'U.S.-China',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, (words, extra) => {
        const text = words.join(', ');
        const before = pack.countIn(text, 10);
        const known = words.some((w) => storyWordKey(w) === storyWordKey(extra));
        const after = pack.countIn(`${text}; ${extra}`, 10);
        expect(after).toBe(known ? before : before + 1);
        expect(before).toBe(new Set(words.map(storyWordKey)).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pageHasStoryEvidence', () => {
  it('takes one strong mention of another entity as evidence', () => {
    expect(pageHasStoryEvidence('', 1, 1, words)).toBe(true);
  });
  it('takes two related weakly named entities as evidence', () => {
    expect(pageHasStoryEvidence('', 0, 2, words)).toBe(true);
    expect(pageHasStoryEvidence('', 0, 1, words)).toBe(false);
  });
  it('needs two distinct story words when nothing else is named', () => {
    expect(pageHasStoryEvidence('new tariffs', 0, 1, words)).toBe(false);
    expect(pageHasStoryEvidence('new tariffs and export controls', 0, 1, words)).toBe(true);
  });
});

describe('entitiesWithEvidence', () => {
  // 0 a person related to 1; 2 an organization; 3 a person related to nothing; 4 an acronym.
  const related = symmetricRelations([[1], [], [], [], []]);
  const strongNeeded = (e: number) => (e === 0 || e === 3 ? Number.POSITIVE_INFINITY : e === 4 ? 2 : 1);
  it('a person needs a related strong entity, or the story', () => {
    expect([
      ...entitiesWithEvidence(new Set([1]), new Set([0, 3]), related, strongNeeded, () => false),
    ]).toEqual([0]);
    expect([...entitiesWithEvidence(new Set([2]), new Set([0]), related, strongNeeded, () => false)]).toEqual(
      [],
    );
    expect([
      ...entitiesWithEvidence(new Set([2]), new Set([0, 3]), related, strongNeeded, () => true),
    ]).toEqual([0, 3]);
  });
  it('anything else takes any strong entity', () => {
    expect([...entitiesWithEvidence(new Set([3]), new Set([2]), related, strongNeeded, () => false)]).toEqual(
      [2],
    );
    expect([...entitiesWithEvidence(new Set(), new Set([2]), related, strongNeeded, () => false)]).toEqual(
      [],
    );
  });
  it('an acronym takes two strong entities, or a related one, or the story', () => {
    expect([...entitiesWithEvidence(new Set([2]), new Set([4]), related, strongNeeded, () => false)]).toEqual(
      [],
    );
    expect([
      ...entitiesWithEvidence(new Set([2, 3]), new Set([4]), related, strongNeeded, () => false),
    ]).toEqual([4]);
    expect([...entitiesWithEvidence(new Set([2]), new Set([4]), related, strongNeeded, () => true)]).toEqual([
      4,
    ]);
    const acronymRelated = symmetricRelations([[], [], [], [], [2]]);
    expect([
      ...entitiesWithEvidence(new Set([2]), new Set([4]), acronymRelated, strongNeeded, () => false),
    ]).toEqual([4]);
  });
  it('relations count both ways', () => {
    expect([...(symmetricRelations([[1], []])[1] ?? [])]).toEqual([0]);
    expect(relatedAmong(new Set([1, 0]), symmetricRelations([[1], []]))).toBe(2);
  });
});

describe('storyEvidenceFor', () => {
  // 0 and 1 places related to each other, 2 a place related to nothing, 3 an organization.
  const related = symmetricRelations([[1], [], [], []]);
  const places = Uint8Array.from([1, 1, 1, 0]);
  const page = 'Stocks fell on tariffs and export controls. Trade talks in the city ended.';
  const talksAt = page.indexOf('city');
  it('story words count for an organization, never for a place as a whole', () => {
    const story = storyEvidenceFor(page, new Set([2, 3]), related, words, places);
    expect(story.of(3)).toBe(true);
    expect(story.of(2)).toBe(false);
  });
  it('a place takes the story words where its sentence names a meeting', () => {
    const story = storyEvidenceFor(page, new Set([2]), related, words, places);
    expect(story.atVenue(2, talksAt, talksAt + 4)).toBe(true);
    expect(story.atVenue(2, 0, 6)).toBe(false);
    expect(story.atVenue(3, talksAt, talksAt + 4)).toBe(false);
    const quiet = storyEvidenceFor('Trade talks in the city ended.', new Set([2]), related, words, places);
    expect(quiet.atVenue(2, 19, 23)).toBe(false);
  });
  it('two related places still show the story', () => {
    expect(storyEvidenceFor('', new Set([0, 1]), related, words, places).of(0)).toBe(true);
  });
});
