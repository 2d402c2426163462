/**
 * validatePack edge by edge: the messages for values of the wrong type, the cross-entity alias
 * rules with more than two claims, the pack-date boundary, and a pack object that throws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './schema';
import { formatProblem, validatePack } from './validate';

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);

type Json = Record<string, unknown>;
type PackJson = Json & { entities: Json[]; deadlines: Json[] };

/** The minimal valid pack, changed by `edit`; the problem lines it yields ([] when valid). */
function lines(edit: (pack: PackJson) => void): string[] {
  const pack = JSON.parse(VALID_TEXT) as PackJson;
  edit(pack);
  const result = validatePack(pack);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('values of the wrong type', () => {
  it('names the type given where an object was expected', () => {
    expect(lines((p) => (p.entities[0] = 5 as never))).toEqual([
      'entities[0]: must be an object, not number',
    ]);
    expect(lines((p) => (p.entities[0] = 'alpha' as never))).toEqual([
      'entities[0]: must be an object, not a string',
    ]);
    expect(lines((p) => (p.entities[0] = null as never))).toEqual([
      'entities[0]: must be an object, not null',
    ]);
    expect(validatePack(5)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the pack must be a JSON object, not number' }],
    });
    expect(validatePack('pack')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the pack must be a JSON object, not a string' }],
    });
  });

  it('says "must be a string" for a number in each kind of text field', () => {
    expect(
      lines((p) => {
        p.title = 1;
        p.asOf = 2;
        p.id = 3;
        p.dependencies = [4];
        (p.entities[0] as Json).wikidata = 5;
        (p.entities[0] as Json).related = [6];
        ((p.entities[0] as Json).facts as Json[])[0] = { text: 'Fact 1.', asOf: '2025-01-01', source: 7 };
        (p.entities[1] as Json).aliases = ['Beta Org', { text: 'BETA', lang: 8 }];
      }),
    ).toEqual([
      'id: must be a string',
      'title: must be a string',
      'asOf: must be a string',
      'dependencies[0]: must be a string',
      'entities[0].wikidata: must be a string',
      'entities[0].facts[0].source: must be a string',
      'entities[0].related[0]: must be a string',
      'entities[1].aliases[1].lang: must be a string',
    ]);
  });

  it('says what a bare alias string lacks rather than that it is not an object', () => {
    expect(lines((p) => ((p.entities[1] as Json).aliases = ['Beta Org', '  ']))).toEqual([
      'entities[1].aliases[1]: must not be empty',
    ]);
  });

  it('limits a version label to 40 characters and takes dependencies as a list of ids', () => {
    expect(lines((p) => (p.version = 'v'.repeat(40)))).toEqual([]);
    expect(lines((p) => (p.version = 'v'.repeat(41)))).toEqual(['version: must be at most 40 characters']);
    expect(lines((p) => (p.dependencies = 'base-pack'))).toEqual(['dependencies: must be a list']);
  });

  it('takes ids of several hyphenated parts and Wikidata ids of any length', () => {
    expect(lines((p) => (p.id = 'us-china-trade-2026'))).toEqual([]);
    for (const qid of ['Q7', 'Q123456']) {
      expect(lines((p) => ((p.entities[1] as Json).wikidata = qid))).toEqual([]);
    }
  });

  it('names a related id that is not an entity id, word for word', () => {
    expect(lines((p) => ((p.entities[1] as Json).related = ['Not An Id']))).toEqual([
      'entities[1].related[0]: must be an entity id, or packId/entityId for an entity of a dependency',
    ]);
  });
});

describe('cross-entity checks', () => {
  it('names a repeated deadline id at the repeat', () => {
    expect(lines((p) => p.deadlines.push({ ...(p.deadlines[0] as Json) }))).toEqual([
      'deadlines[1].id: "first-deadline" is already the id of deadlines[0]; ids must be unique',
    ]);
  });

  it('accepts a fact dated on the pack date', () => {
    expect(
      lines(
        (p) =>
          (((p.entities[0] as Json).facts as Json[])[0] = {
            text: 'F.',
            asOf: '2026-11-25',
            source: 'https://example.org/f',
          }),
      ),
    ).toEqual([]);
  });

  it('reports only the claims not marked ambiguous, each naming every other entity', () => {
    expect(
      lines((p) => {
        (p.entities[0] as Json).aliases = ['Alpha Person', { text: 'Delta', ambiguous: true }];
        (p.entities[1] as Json).aliases = ['Beta Org', 'Delta'];
        (p.entities[2] as Json).aliases = ['Gamma', 'delta'];
      }),
    ).toEqual([
      'entities[1].aliases[1]: "Delta" is also an alias of "alpha-person", "gamma-place"; mark every claim "ambiguous": true or keep it on one entity',
      'entities[2].aliases[1]: "delta" is also an alias of "alpha-person", "beta-org"; mark every claim "ambiguous": true or keep it on one entity',
    ]);
  });

  it("takes an entity's claim as ambiguous only when every spelling of it says so, and reports its first", () => {
    expect(
      lines((p) => {
        (p.entities[1] as Json).aliases = ['Beta Org', { text: 'Delta', ambiguous: true }, 'DELTA'];
        (p.entities[2] as Json).aliases = ['Gamma', { text: 'delta', ambiguous: true }];
      }),
    ).toEqual([
      'entities[1].aliases[1]: "Delta" is also an alias of "gamma-place"; mark every claim "ambiguous": true or keep it on one entity',
    ]);
  });

  it('compares aliases across entities in lower case, so "Straße" and "STRASSE" are not one alias', () => {
    expect(
      lines((p) => {
        (p.entities[1] as Json).aliases = ['Beta Org', 'Straße'];
        (p.entities[2] as Json).aliases = ['Gamma', 'STRASSE'];
      }),
    ).toEqual([]);
  });
});

describe('a pack object that throws when read', () => {
  it('is refused with the error, never thrown', () => {
    const throwing = (error: unknown) => {
      const pack = JSON.parse(VALID_TEXT) as Json;
      Object.defineProperty(pack, 'title', {
        enumerable: true,
        get() {
          throw error;
        },
      });
      return validatePack(pack);
    };
    expect(throwing(new Error('storage gone'))).toEqual({
      ok: false,
      problems: [{ path: '', message: 'could not be checked: storage gone' }],
    });
    expect(throwing('plain text')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'could not be checked: plain text' }],
    });
  });
});

describe('isIsoDate, years', () => {
  it('refuses years before 100, which Date.UTC reads as 1900–1999 (no pack dates a fact that early)', () => {
    expect(isIsoDate('0050-01-01')).toBe(false);
    expect(isIsoDate('0099-12-31')).toBe(false);
    expect(isIsoDate('0100-01-01')).toBe(true);
  });
});
