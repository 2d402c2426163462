/**
 * A person's roles (`roles`): the schema's messages for bad values, the checker's cross-checks
 * (roles on something other than a person, a role listed twice), and the merged lexicon carrying
 * them with their entity and no other. Expected lines are written out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LexiconEntity, mergeLexicons } from './merge';
import { formatProblem, validatePack } from './validate';

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);
const SOURCE = 'https://example.org/senate';

/** The problem lines of the minimal valid pack with `roles` set on entity `at` ([] when valid). */
function lines(roles: unknown, at = 0): string[] {
  const pack = JSON.parse(VALID_TEXT);
  pack.entities[at].roles = roles;
  const result = validatePack(pack);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('roles in the schema', () => {
  const at = 'entities[0].roles';
  it('is optional, and kept as written when valid', () => {
    const pack = JSON.parse(VALID_TEXT);
    expect(validatePack(pack).ok).toBe(true);
    pack.entities[0].roles = [{ title: 'Senator', source: SOURCE }];
    const result = validatePack(pack);
    expect(result.ok && result.pack.entities[0]?.roles).toEqual([{ title: 'Senator', source: SOURCE }]);
  });
  it('says what is wrong with a bad value', () => {
    expect(lines('Senator')).toEqual([`${at}: must be a list`]);
    expect(lines([])).toEqual([`${at}: must list at least one role, or be left out`]);
    expect(lines(['Senator'])).toEqual([`${at}[0]: must be an object, not a string`]);
    expect(lines([{ title: ' ', source: SOURCE }])).toEqual([`${at}[0].title: must not be empty`]);
    expect(lines([{ title: '47th President', source: SOURCE }])).toEqual([
      `${at}[0].title: must be a title in letters, like "Senator"`,
    ]);
    expect(lines([{ title: 'Senator', source: 'http://example.org/' }])).toEqual([
      `${at}[0].source: must be an https URL`,
    ]);
    expect(lines([{ title: 'Senator' }])).toEqual([`${at}[0].source: is required but missing`]);
  });
});

describe('roles cross-checks', () => {
  it('reports a role listed twice, ignoring letter case and a final period', () => {
    expect(
      lines([
        { title: 'Sen.', source: SOURCE },
        { title: 'sen', source: SOURCE },
      ]),
    ).toEqual(['entities[0].roles[1].title: "sen" repeats entities[0].roles[0]']);
  });
  it('reports roles on an entity that is no person', () => {
    expect(lines([{ title: 'Mayor', source: SOURCE }], 1)).toEqual([
      "entities[1].roles: only a person holds roles; this entity's type is organization",
    ]);
  });
});

describe('roles in the merged lexicon', () => {
  const roles = [{ title: 'Senator', source: SOURCE }];
  const entity = (id: string, extra: Partial<LexiconEntity> = {}): LexiconEntity => ({
    id,
    name: id,
    type: 'person',
    aliases: [id],
    ...extra,
  });
  it('travel with their entity, and with no other', () => {
    const { pack } = mergeLexicons([
      { pack: 'a', entities: [entity('Vance', { roles }), entity('Greer')] },
      { pack: 'b', entities: [entity('Huang')] },
    ]);
    expect(pack.entities.map((e) => [e.id, e.roles])).toEqual([
      ['a/Vance', roles],
      ['a/Greer', undefined],
      ['b/Huang', undefined],
    ]);
  });
});
