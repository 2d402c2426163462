/**
 * An entity's confirming words (`confirmedBy`): the schema's messages for bad values, the
 * checker's cross-checks (a repeated word, a word that is the entity's own alias), and the merged
 * lexicon carrying them with their entity and no other. Expected lines are written out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LexiconEntity, mergeLexicons } from './merge';
import { formatProblem, validatePack } from './validate';

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);
const SOURCE = 'https://example.org/ofac';

/** The problem lines of the minimal valid pack with `confirmedBy` set on its organization ([] when valid). */
function lines(confirmedBy: unknown): string[] {
  const pack = JSON.parse(VALID_TEXT);
  pack.entities[1].confirmedBy = confirmedBy;
  const result = validatePack(pack);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('confirmedBy in the schema', () => {
  const at = 'entities[1].confirmedBy';
  it('is optional, and kept as written when valid', () => {
    const pack = JSON.parse(VALID_TEXT);
    expect(validatePack(pack).ok).toBe(true);
    pack.entities[1].confirmedBy = [{ text: 'Beta Office', source: SOURCE }];
    const result = validatePack(pack);
    expect(result.ok && result.pack.entities[1]?.confirmedBy).toEqual([
      { text: 'Beta Office', source: SOURCE },
    ]);
  });
  it('says what is wrong with a bad value', () => {
    expect(lines('OFAC')).toEqual([`${at}: must be a list`]);
    expect(lines([])).toEqual([`${at}: must list at least one word, or be left out`]);
    expect(lines(['OFAC'])).toEqual([`${at}[0]: must be an object, not a string`]);
    expect(lines([{ text: ' ', source: SOURCE }])).toEqual([`${at}[0].text: must not be empty`]);
    expect(lines([{ text: '§ —', source: SOURCE }])).toEqual([
      `${at}[0].text: must contain a letter or a digit`,
    ]);
    expect(lines([{ text: 'OFAC', source: 'http://example.org/' }])).toEqual([
      `${at}[0].source: must be an https URL`,
    ]);
    expect(lines([{ text: 'OFAC' }])).toEqual([`${at}[0].source: is required but missing`]);
    expect(lines([{ text: 'OFAC', source: SOURCE, weak: true }])).toEqual([
      `${at}[0].weak: is not a field of the pack format (check the spelling)`,
    ]);
  });
});

describe('confirmedBy cross-checks', () => {
  const at = 'entities[1].confirmedBy';
  it('reports a word listed twice, however its case and spacing differ', () => {
    expect(
      lines([
        { text: 'Beta Office', source: SOURCE },
        { text: 'beta  office', source: SOURCE },
      ]),
    ).toEqual([`${at}[1].text: "beta  office" repeats entities[1].confirmedBy[0]`]);
  });
  it("reports a word that is the entity's own alias: it confirms nothing", () => {
    expect(lines([{ text: 'Beta Org', source: SOURCE }])).toEqual([
      `${at}[0].text: "Beta Org" is an alias of this entity; a confirming word is another word pages write beside it (a part or instrument of the entity)`,
    ]);
  });
  it("accepts another entity's alias: it names that entity and confirms this one", () => {
    expect(lines([{ text: 'Alpha Person', source: SOURCE }])).toEqual([]);
  });
});

describe('confirmedBy in the merged lexicon', () => {
  const words = [{ text: 'OFAC', source: SOURCE }];
  const entity = (id: string, extra: Partial<LexiconEntity> = {}): LexiconEntity => ({
    id,
    name: id,
    type: 'organization',
    aliases: [id],
    ...extra,
  });
  it('travels with its entity, and with no other', () => {
    const { pack } = mergeLexicons([
      { pack: 'a', entities: [entity('Treasury', { confirmedBy: words }), entity('Oracle')] },
      { pack: 'b', entities: [entity('Commerce')] },
    ]);
    expect(pack.entities.map((e) => [e.id, e.confirmedBy])).toEqual([
      ['a/Treasury', words],
      ['a/Oracle', undefined],
      ['b/Commerce', undefined],
    ]);
  });
});
