import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from './schema';
import {
  aliasText,
  formatPath,
  formatProblem,
  type PackResult,
  parsePackText,
  validatePack,
} from './validate';

/** The item at `index`, failing the test (not the type checker) when it is missing. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}

const FIXTURES = new URL('../../tests/fixtures/packs/', import.meta.url);

function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function checkFixture(name: string): PackResult {
  return parsePackText(fixtureText(name));
}

function problemLines(result: PackResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

function validFixture(): Pack {
  return JSON.parse(fixtureText('valid-minimal.json')) as Pack;
}

describe('malformed pack fixtures: exact path and reason', () => {
  it.each([
    ['bad-url-scheme.json', 'entities[0].facts[1].source: must be an https URL'],
    ['unknown-related.json', 'entities[1].related[0]: no entity has the id "nobody-here"'],
    ['impossible-date.json', 'entities[2].facts[0].asOf: must be an ISO date (YYYY-MM-DD) that exists'],
    [
      'duplicate-id.json',
      'entities[2].id: "alpha-person" is already the id of entities[0]; ids must be unique',
    ],
    ['missing-field.json', 'entities[1].description: is required but missing'],
    ['empty.json', 'file is empty'],
    ['self-related.json', 'entities[0].related[0]: an entity cannot be related to itself'],
    ['duplicate-alias.json', 'entities[1].aliases[1]: "Beta Org" repeats entities[1].aliases[0]'],
    [
      'timeline-out-of-order.json',
      'deadlines[0].timeline[2].date: 2025-06-01 comes before the previous entry (2026-01-22); list the timeline in date order',
    ],
  ])('%s → %s', (name, line) => {
    expect(problemLines(checkFixture(name))).toEqual([line]);
  });

  it('reports text that is not JSON at the root path with the parser reason', () => {
    expect(checkFixture('not-json.json')).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/^not valid JSON: \S/) }],
    });
  });

  it('reports both claims of an alias two entities share without "ambiguous"', () => {
    expect(problemLines(checkFixture('shared-alias.json'))).toEqual([
      'entities[1].aliases[0]: "Beta Org" is also an alias of "gamma-place"; mark every claim "ambiguous": true or keep it on one entity',
      'entities[2].aliases[1]: "beta org" is also an alias of "beta-org"; mark every claim "ambiguous": true or keep it on one entity',
    ]);
  });

  it('accepts a shared alias when every claim is marked ambiguous', () => {
    expect(checkFixture('shared-alias-ambiguous.json').ok).toBe(true);
  });

  it('accepts the minimal valid fixture', () => {
    expect(checkFixture('valid-minimal.json').ok).toBe(true);
  });
});

describe('validatePack', () => {
  it('reports every shape problem, not just the first', () => {
    const pack = validFixture() as unknown as Record<string, unknown>;
    const entities = pack.entities as Record<string, unknown>[];
    (entities[0] as Record<string, unknown>).type = 'robot';
    (entities[1] as Record<string, unknown>).extra = true;
    pack.asOf = '2026-13-01';
    expect(problemLines(validatePack(pack))).toEqual([
      'asOf: must be an ISO date (YYYY-MM-DD) that exists',
      'entities[0].type: must be one of person, organization, place, law, event',
      'entities[1].extra: is not a field of the pack format (check the spelling)',
    ]);
  });

  it('reports every cross-check problem, not just the first', () => {
    const pack = validFixture();
    nth(pack.entities, 0).related = ['no-such-entity'];
    nth(pack.deadlines, 0).entities = ['beta-org', 'missing-one'];
    expect(problemLines(validatePack(pack))).toEqual([
      'entities[0].related[0]: no entity has the id "no-such-entity"',
      'deadlines[0].entities[1]: no entity has the id "missing-one"',
    ]);
  });

  it('rejects non-https URL schemes with a plain message', () => {
    for (const source of [
      'data:text/html,hi',
      'http://example.org/',
      'ftp://example.org/x',
      'https://',
      'javascript:alert(1)',
    ]) {
      const pack = validFixture();
      nth(nth(pack.deadlines, 0).timeline, 0).source = source;
      expect(problemLines(validatePack(pack))).toEqual([
        'deadlines[0].timeline[0].source: must be an https URL',
      ]);
    }
  });

  it('rejects a fact dated after the pack', () => {
    const pack = validFixture();
    nth(nth(pack.entities, 1).facts, 2).asOf = '2027-01-01';
    expect(problemLines(validatePack(pack))).toEqual([
      "entities[1].facts[2].asOf: 2027-01-01 is later than the pack's asOf (2026-11-25)",
    ]);
  });

  it('explains an alias that is neither a string nor an alias object', () => {
    const pack = validFixture() as unknown as { entities: { aliases: unknown[] }[] };
    nth(pack.entities, 0).aliases.push(42);
    expect(problemLines(validatePack(pack))).toEqual([
      'entities[0].aliases[2]: must be a string or an alias object',
    ]);
  });

  it('reports an unknown key inside an alias object at that key', () => {
    const pack = validFixture() as unknown as { entities: { aliases: unknown[] }[] };
    nth(pack.entities, 0).aliases[1] = { text: 'Person', afterFullname: true };
    expect(problemLines(validatePack(pack))).toEqual([
      'entities[0].aliases[1].afterFullname: is not a field of the pack format (check the spelling)',
    ]);
  });

  it('reports a value that is not an object at the root', () => {
    expect(problemLines(validatePack([]))).toEqual(['the pack must be a JSON object, not a list']);
    expect(problemLines(validatePack(null))).toEqual(['the pack must be a JSON object, not null']);
    expect(problemLines(parsePackText('"pack"'))).toEqual(['the pack must be a JSON object, not a string']);
  });

  it('treats a whitespace-only file and a byte-order mark as described', () => {
    expect(problemLines(parsePackText(' \n\t'))).toEqual(['file is empty']);
    expect(parsePackText(`\uFEFF${fixtureText('valid-minimal.json')}`).ok).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and quotes keys that are not identifiers', () => {
    expect(formatPath(['entities', 3, 'facts', 1, 'source'])).toBe('entities[3].facts[1].source');
    expect(formatPath(['entities', 0, 'odd key'])).toBe('entities[0]["odd key"]');
    expect(formatPath([])).toBe('');
  });
});

describe('aliasText', () => {
  it('reads curly apostrophes, odd hyphens and spacing the way recognition does, keeping case', () => {
    expect(aliasText('China\u2019s  commerce\u00a0ministry ')).toBe("China's commerce ministry");
    expect(aliasText('divest\u2011or\u2010ban')).toBe('divest-or-ban');
    expect(aliasText('MOFCOM')).toBe('MOFCOM');
  });

  it('makes a curly-apostrophe copy of an alias a duplicate within its entity', () => {
    const pack = validFixture() as unknown as { entities: { aliases: unknown[] }[] };
    nth(pack.entities, 1).aliases = ["Beta's Org", 'Beta\u2019s Org'];
    expect(problemLines(validatePack(pack))).toEqual([
      'entities[1].aliases[1]: "Beta\u2019s Org" repeats entities[1].aliases[0]',
    ]);
  });
});

describe('Chinese aliases and translations', () => {
  it('accepts aliases with a language tag and a source, and translations keyed by tag', () => {
    const pack = validFixture();
    const entity = nth(pack.entities, 0);
    entity.aliases.push({ text: '贝森特', lang: 'zh-Hans', source: 'https://example.org/a' });
    entity.aliases.push({ text: '川普', lang: 'zh-Hant-TW', source: 'https://example.org/b' });
    entity.translations = {
      'zh-Hans': { name: '名字', description: '一句话。' },
      'zh-Hant': { description: '一句話。' },
    };
    expect(problemLines(validatePack(pack))).toEqual([]);
  });

  it('reports a malformed or non-canonical language tag, a non-https source and a bad translation key', () => {
    const pack = validFixture();
    const entity = nth(pack.entities, 0);
    entity.aliases.push({ text: '贝森特', lang: 'zh-hans', source: 'http://example.org/a' });
    entity.aliases.push({ text: '貝森特', lang: 'not a tag' });
    (entity as { translations?: unknown }).translations = { zh_TW: { description: 'x' }, 'zh-Hant': {} };
    expect(problemLines(validatePack(pack))).toEqual([
      'entities[0].aliases[2].lang: must be a BCP 47 language tag in canonical form, like "zh-Hans" or "zh-Hant-TW"',
      'entities[0].aliases[2].source: must be an https URL',
      'entities[0].aliases[3].lang: must be a BCP 47 language tag in canonical form, like "zh-Hans" or "zh-Hant-TW"',
      'entities[0].translations.zh_TW: must be a BCP 47 language tag in canonical form, like "zh-Hans" or "zh-Hant-TW"',
      'entities[0].translations["zh-Hant"].description: is required but missing',
    ]);
  });

  it('rejects a single Han character as an alias', () => {
    const pack = validFixture();
    nth(pack.entities, 0).aliases.push('何');
    const index = nth(pack.entities, 0).aliases.length - 1;
    expect(problemLines(validatePack(pack))).toEqual([
      `entities[0].aliases[${index}]: "何" is a single Han character and would match inside countless words; use the full name (何立峰) or a titled form (何副总理)`,
    ]);
  });
});
