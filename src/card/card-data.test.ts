import { describe, expect, it } from 'vitest';
import type { Deadline, Entity, Pack } from '../knowledge/schema';
import { cardDataFor, cardFromResponse, factsNewestFirst } from './card-data';

function entity(id: string, overrides: Partial<Entity> = {}): Entity {
  return {
    id,
    name: `Name of ${id}`,
    type: 'organization',
    description: `About ${id}`,
    aliases: [id],
    facts: [
      { text: `${id} fact one`, asOf: '2025-01-10', source: 'https://example.com/one' },
      { text: `${id} fact two`, asOf: '2025-06-01', source: 'https://example.org/two' },
      { text: `${id} fact three`, asOf: '2025-03-15', source: 'https://example.net/three' },
    ],
    related: [],
    ...overrides,
  };
}

/** A deadline set on `setOn` (its one timeline event). */
function deadline(
  id: string,
  title: string,
  entities: string[],
  due: string,
  status: Deadline['status'],
  setOn: string,
): Deadline {
  const timeline = [{ date: setOn, event: 'Set', source: `https://example.com/${id}` }];
  return { id, title, entities, due, status, summary: `About ${id}`, timeline };
}

function pack(): Pack {
  return {
    schemaVersion: 1,
    id: 'test-pack',
    title: 'Test pack',
    asOf: '2025-11-01',
    entities: [
      entity('alpha', {
        type: 'person',
        wikidata: 'Q42',
        related: ['beta', 'missing', 'beta', 'alpha', 'gamma'],
      }),
      entity('beta'),
      entity('gamma', { type: 'law' }),
    ],
    deadlines: [
      deadline('first-deadline', 'First deadline', ['alpha', 'beta'], '2025-12-01', 'upcoming', '2025-01-01'),
      deadline('second-deadline', 'Second deadline', ['gamma'], '2025-09-01', 'lapsed', '2025-02-01'),
      deadline(
        'third-deadline',
        'Third deadline',
        ['gamma', 'alpha'],
        '2026-01-01',
        'extended',
        '2025-03-01',
      ),
    ],
  };
}

describe('cardDataFor', () => {
  it('returns undefined for an unknown entity id', () => {
    expect(cardDataFor(pack(), 'nobody')).toBeUndefined();
  });

  it('copies the entity header, including the Wikidata id when present', () => {
    const card = cardDataFor(pack(), 'alpha');
    expect(card?.entity).toEqual({
      id: 'alpha',
      name: 'Name of alpha',
      type: 'person',
      description: 'About alpha',
      wikidata: 'Q42',
    });
    expect(card?.packAsOf).toBe('2025-11-01');
    expect(card?.packTitle).toBe('Test pack');
  });

  it('leaves wikidata out entirely when the entity has none', () => {
    const card = cardDataFor(pack(), 'beta');
    expect(card && 'wikidata' in card.entity).toBe(false);
  });

  it('orders facts newest first', () => {
    const card = cardDataFor(pack(), 'alpha');
    expect(card?.facts.map((fact) => fact.asOf)).toEqual(['2025-06-01', '2025-03-15', '2025-01-10']);
  });

  it('lists only the deadlines naming the entity, in pack order', () => {
    expect(cardDataFor(pack(), 'alpha')?.deadlines.map((d) => d.id)).toEqual([
      'first-deadline',
      'third-deadline',
    ]);
    expect(cardDataFor(pack(), 'beta')?.deadlines.map((d) => d.id)).toEqual(['first-deadline']);
  });

  it('resolves related ids, dropping unknown ids, duplicates and the entity itself', () => {
    expect(cardDataFor(pack(), 'alpha')?.related).toEqual([
      { id: 'beta', name: 'Name of beta', type: 'organization' },
      { id: 'gamma', name: 'Name of gamma', type: 'law' },
    ]);
    expect(cardDataFor(pack(), 'beta')?.related).toEqual([]);
  });

  it('does not share objects with the pack, so editing the card cannot change the pack', () => {
    const source = pack();
    const card = cardDataFor(source, 'alpha');
    if (!card) throw new Error('expected a card');
    for (const fact of card.facts) fact.text = 'changed';
    for (const deadline of card.deadlines) deadline.title = 'changed';
    expect(source.entities.flatMap((e) => e.facts).some((fact) => fact.text === 'changed')).toBe(false);
    expect(source.deadlines.map((d) => d.title)).toEqual([
      'First deadline',
      'Second deadline',
      'Third deadline',
    ]);
  });
});

describe('factsNewestFirst', () => {
  it('keeps pack order among facts with the same date', () => {
    const facts = [
      { text: 'a', asOf: '2025-01-01', source: 'https://example.com/a' },
      { text: 'b', asOf: '2025-02-01', source: 'https://example.com/b' },
      { text: 'c', asOf: '2025-01-01', source: 'https://example.com/c' },
    ];
    expect(factsNewestFirst(facts).map((fact) => fact.text)).toEqual(['b', 'a', 'c']);
  });
});

describe('cardFromResponse', () => {
  it('accepts the background answer for the asked entity', () => {
    const card = cardDataFor(pack(), 'alpha');
    expect(cardFromResponse('alpha', { card })).toBe(card);
  });

  it('rejects null, junk and cards for another entity', () => {
    const card = cardDataFor(pack(), 'alpha');
    expect(cardFromResponse('alpha', { card: null })).toBeUndefined();
    expect(cardFromResponse('alpha', undefined)).toBeUndefined();
    expect(cardFromResponse('alpha', 'card')).toBeUndefined();
    expect(cardFromResponse('beta', { card })).toBeUndefined();
    expect(cardFromResponse('alpha', { card: { ...card, facts: 'none' } })).toBeUndefined();
    expect(cardFromResponse('alpha', { card: { ...card, packAsOf: 7 } })).toBeUndefined();
  });
});
