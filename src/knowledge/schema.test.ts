import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasCase, aliasStrength, isCanonicalLanguageTag, isIsoDate, type Pack } from './schema';
import { formatProblem, validatePack } from './validate';

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);

describe('isIsoDate', () => {
  it('accepts days that exist and rejects those that do not', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});

describe('publisher on facts and timeline entries', () => {
  /** The minimal valid pack with `publisher` set on its first fact and first timeline entry. */
  function packWithPublisher(publisher: unknown): unknown {
    const pack = JSON.parse(VALID_TEXT) as Pack;
    const fact = pack.entities[0]?.facts[0] as Record<string, unknown>;
    const entry = pack.deadlines[0]?.timeline[0] as Record<string, unknown>;
    fact.publisher = publisher;
    entry.publisher = publisher;
    return pack;
  }

  it('is optional and kept when present', () => {
    expect(validatePack(JSON.parse(VALID_TEXT)).ok).toBe(true);
    const result = validatePack(packWithPublisher('Federal Register'));
    expect(result.ok && result.pack.entities[0]?.facts[0]?.publisher).toBe('Federal Register');
    expect(result.ok && result.pack.deadlines[0]?.timeline[0]?.publisher).toBe('Federal Register');
  });

  it('must be a non-empty string', () => {
    const lines = (value: unknown) => {
      const result = validatePack(packWithPublisher(value));
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(lines('  ')).toEqual([
      'entities[0].facts[0].publisher: must not be empty',
      'deadlines[0].timeline[0].publisher: must not be empty',
    ]);
    expect(lines(7)).toEqual([
      'entities[0].facts[0].publisher: must be a string',
      'deadlines[0].timeline[0].publisher: must be a string',
    ]);
  });
});

describe('aliasCase', () => {
  it('takes the rule written on the alias, else exact for people and exact-or-upper for the rest', () => {
    expect(aliasCase({ text: 'Bessent', case: 'exact-or-upper' }, 'person')).toBe('exact-or-upper');
    expect(aliasCase({ text: 'Nvidia', case: 'exact' }, 'organization')).toBe('exact');
    expect(aliasCase({ text: 'Bessent' }, 'person')).toBe('exact');
    expect(aliasCase({ text: 'Nvidia' }, 'organization')).toBe('exact-or-upper');
    expect(aliasCase({ text: 'Beijing' }, 'place')).toBe('exact-or-upper');
  });
});

describe('aliasStrength', () => {
  it('takes the strength written on the alias', () => {
    expect(aliasStrength({ text: 'Beijing', strength: 'strong' }, 'place')).toBe('strong');
    expect(aliasStrength({ text: 'Scott Bessent', strength: 'weak' }, 'person')).toBe('weak');
  });
  it('makes places and after-full-name aliases weak', () => {
    expect(aliasStrength({ text: 'Los Angeles' }, 'place')).toBe('weak');
    expect(aliasStrength({ text: 'TikTok', afterFullName: true }, 'organization')).toBe('weak');
    expect(aliasStrength({ text: 'TikTok', afterFullName: false }, 'organization')).toBe('strong');
  });
  it('makes other multi-word aliases strong and one-word person aliases weak', () => {
    expect(aliasStrength({ text: 'Scott Bessent' }, 'person')).toBe('strong');
    expect(aliasStrength({ text: 'Commerce Department' }, 'organization')).toBe('strong');
    expect(aliasStrength({ text: 'Bessent' }, 'person')).toBe('weak');
    expect(aliasStrength({ text: ' Bessent ' }, 'person')).toBe('weak');
    expect(aliasStrength({ text: 'McCormick' }, 'person')).toBe('weak');
  });
  it('makes a one-word alias of another type strong only when its shape is distinctive', () => {
    expect(aliasStrength({ text: 'Oracle' }, 'organization')).toBe('weak');
    expect(aliasStrength({ text: '\tOracle' }, 'organization')).toBe('weak');
    expect(aliasStrength({ text: 'A' }, 'organization')).toBe('weak');
    expect(aliasStrength({ text: 'TikTok' }, 'organization')).toBe('strong');
    expect(aliasStrength({ text: 'USTR' }, 'organization')).toBe('strong');
    expect(aliasStrength({ text: 'H20' }, 'law')).toBe('strong');
    expect(aliasStrength({ text: 'eBay' }, 'organization')).toBe('strong');
  });
});

describe('isIsoDate and isCanonicalLanguageTag, edge by edge', () => {
  it('takes only a whole YYYY-MM-DD naming a real day', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
    expect(isIsoDate('2025-01-32')).toBe(false);
    expect(isIsoDate(' 2025-01-01')).toBe(false);
    expect(isIsoDate('2025-01-01x')).toBe(false);
    expect(isIsoDate('20250-01-01')).toBe(false);
  });
  it('takes a language tag only in canonical form', () => {
    expect(isCanonicalLanguageTag('zh-Hans')).toBe(true);
    expect(isCanonicalLanguageTag('zh-Hant-TW')).toBe(true);
    expect(isCanonicalLanguageTag('zh-hans')).toBe(false);
    expect(isCanonicalLanguageTag('not a tag')).toBe(false);
    expect(isCanonicalLanguageTag('')).toBe(false);
  });
});

describe('pack fields, value by value', () => {
  type Json = Record<string, unknown>;
  /** The minimal valid pack, changed by `edit`; the problem lines it yields ([] when valid). */
  function lines(edit: (pack: Json & { entities: Json[]; deadlines: Json[] }) => void): string[] {
    const pack = JSON.parse(VALID_TEXT);
    edit(pack);
    const result = validatePack(pack);
    return result.ok ? [] : result.problems.map(formatProblem);
  }
  const facts = (n: number) =>
    Array.from({ length: n }, (_, k) => ({
      text: `Fact ${k}.`,
      asOf: '2025-01-01',
      source: 'https://example.org/f',
    }));

  it('checks the pack header', () => {
    expect(lines((p) => (p.schemaVersion = 2))).toEqual(['schemaVersion: must be 1']);
    expect(lines((p) => (p.id = 'Fixture_Pack'))).toEqual([
      'id: must be a kebab-case id (a-z, 0-9, single hyphens)',
    ]);
    expect(lines((p) => (p.title = ' '))).toEqual(['title: must not be empty']);
    expect(lines((p) => (p.storyWords = ['tariffs', '']))).toEqual(['storyWords[1]: must not be empty']);
    expect(lines((p) => (p.storyWords = ['tariffs']))).toEqual([]);
    expect(lines((p) => ((p as Json).entities = {}))).toEqual(['entities: must be a list']);
    expect(lines((p) => ((p as Json).deadlines = 'none'))).toEqual(['deadlines: must be a list']);
  });
  it('takes kebab-case ids only', () => {
    expect(lines((p) => (p.id = 'pack-2'))).toEqual([]);
    for (const id of ['a--b', '-a', 'a-', 'A', 'a b', '']) {
      expect(lines((p) => (p.id = id))).toEqual(['id: must be a kebab-case id (a-z, 0-9, single hyphens)']);
    }
  });
  it('checks an entity type, Wikidata id, aliases and fact count', () => {
    const entity = (p: { entities: Json[] }) => p.entities[1] as Json;
    expect(lines((p) => (entity(p).type = 'thing'))).toEqual([
      'entities[1].type: must be one of person, organization, place, law, event',
    ]);
    expect(lines((p) => (entity(p).wikidata = 'Q42'))).toEqual([]);
    for (const qid of ['Q042', 'Q', 'q42', 'Q42x', 'xQ42']) {
      expect(lines((p) => (entity(p).wikidata = qid))).toEqual([
        'entities[1].wikidata: must be a Wikidata QID like Q42',
      ]);
    }
    expect(lines((p) => (entity(p).side = 'CN'))).toEqual([]);
    for (const side of ['cn', 'China', 'CHN', 'XX', '', 'C']) {
      expect(lines((p) => (entity(p).side = side))).toEqual([
        'entities[1].side: must be an ISO 3166-1 alpha-2 country code like "CN"',
      ]);
    }
    expect(lines((p) => (entity(p).aliases = []))).toEqual([
      'entities[1].aliases: must list at least one alias',
    ]);
    expect(lines((p) => (entity(p).aliases = 'Beta'))).toEqual(['entities[1].aliases: must be a list']);
    expect(lines((p) => (entity(p).facts = facts(2)))).toEqual([
      'entities[1].facts: must hold at least 3 facts',
    ]);
    expect(lines((p) => (entity(p).facts = facts(3)))).toEqual([]);
    expect(lines((p) => (entity(p).facts = facts(6)))).toEqual([]);
    expect(lines((p) => (entity(p).facts = facts(7)))).toEqual([
      'entities[1].facts: must hold at most 6 facts',
    ]);
    expect(lines((p) => (entity(p).facts = 'none'))).toEqual(['entities[1].facts: must be a list']);
  });
  it('gives an entity without related ids an empty list', () => {
    const pack = JSON.parse(VALID_TEXT);
    delete pack.entities[2].related;
    const result = validatePack(pack);
    expect(result.ok && result.pack.entities[2]?.related).toEqual([]);
  });
  it('checks every field of an alias object', () => {
    const alias = (p: { entities: Json[] }, rule: Json) => {
      (p.entities[1] as Json).aliases = ['Beta Org', { text: 'BETA', ...rule }];
    };
    const at = 'entities[1].aliases[1]';
    expect(lines((p) => alias(p, { case: 'lower' }))).toEqual([
      `${at}.case: must be "exact" or "exact-or-upper"`,
    ]);
    expect(lines((p) => alias(p, { strength: 'medium' }))).toEqual([
      `${at}.strength: must be "strong" or "weak"`,
    ]);
    expect(lines((p) => alias(p, { afterFullName: 'yes' }))).toEqual([
      `${at}.afterFullName: must be true or false`,
    ]);
    expect(lines((p) => alias(p, { ambiguous: 1 }))).toEqual([`${at}.ambiguous: must be true or false`]);
    expect(lines((p) => alias(p, { notFollowedBy: [''] }))).toEqual([
      `${at}.notFollowedBy[0]: must not be empty`,
    ]);
    expect(lines((p) => alias(p, { notPrecededBy: [' '] }))).toEqual([
      `${at}.notPrecededBy[0]: must not be empty`,
    ]);
    expect(lines((p) => alias(p, { notInSentenceWith: [''] }))).toEqual([
      `${at}.notInSentenceWith[0]: must not be empty`,
    ]);
    expect(lines((p) => alias(p, { source: 'http://example.org/' }))).toEqual([
      `${at}.source: must be an https URL`,
    ]);
    expect(lines((p) => alias(p, { source: 'https://' }))).toEqual([`${at}.source: must be an https URL`]);
    expect(
      lines((p) =>
        alias(p, {
          case: 'exact',
          strength: 'weak',
          afterFullName: true,
          ambiguous: false,
          notFollowedBy: ['shares'],
          notPrecededBy: ['the'],
          notInSentenceWith: ['beta test'],
          lang: 'en',
          source: 'https://example.org/beta',
        }),
      ),
    ).toEqual([]);
  });
  it('checks a translation and a deadline', () => {
    const deadline = (p: { deadlines: Json[] }) => p.deadlines[0] as Json;
    expect(
      lines((p) => ((p.entities[1] as Json).translations = { 'zh-Hans': { name: '', description: '贝塔' } })),
    ).toEqual(['entities[1].translations["zh-Hans"].name: must not be empty']);
    expect(
      lines((p) => ((p.entities[1] as Json).translations = { 'zh-Hans': { description: '贝塔' } })),
    ).toEqual([]);
    expect(lines((p) => ((p.entities[1] as Json).translations = 'zh-Hans'))).toEqual([
      'entities[1].translations: must be an object keyed by language tag',
    ]);
    expect(lines((p) => (deadline(p).status = 'done'))).toEqual([
      'deadlines[0].status: must be one of upcoming, extended, resolved, lapsed',
    ]);
    expect(lines((p) => (deadline(p).timeline = []))).toEqual([
      'deadlines[0].timeline: must hold at least one entry',
    ]);
    expect(lines((p) => (deadline(p).timeline = {}))).toEqual(['deadlines[0].timeline: must be a list']);
    expect(lines((p) => (deadline(p).entities = 'beta-org'))).toEqual([
      'deadlines[0].entities: must be a list',
    ]);
    expect(lines((p) => (deadline(p).due = '2026-02-30'))).toEqual([
      'deadlines[0].due: must be an ISO date (YYYY-MM-DD) that exists',
    ]);
  });
});
