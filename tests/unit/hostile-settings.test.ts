/**
 * Hostile input for settings: whatever storage or an import file holds, the settings parsers
 * never throw and always answer settings that are themselves valid — parsing them again finds
 * no problem and changes nothing, and they survive an export/import round trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/knowledge/schema';
import {
  applySettingsPatch,
  defaultSettings,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_SITE_EXCEPTIONS,
  normalizeHostname,
  parseSettingsFile,
  parseStoredSettings,
  SETTINGS_FILE_FORMAT,
  SETTINGS_VERSION,
  type Settings,
  serializeSettingsFile,
} from '../../src/settings';

const RUNS = 150;

function expectValidSettings(settings: Settings): void {
  expect(settings.version).toBe(SETTINGS_VERSION);
  expect(typeof settings.enabledByDefault).toBe('boolean');
  expect(typeof settings.showBadge).toBe('boolean');
  expect(HIGHLIGHT_STYLES).toContain(settings.highlightStyle);
  expect(Number.isInteger(settings.hoverDelayMs)).toBe(true);
  expect(settings.hoverDelayMs).toBeGreaterThanOrEqual(HOVER_DELAY_MIN_MS);
  expect(settings.hoverDelayMs).toBeLessThanOrEqual(HOVER_DELAY_MAX_MS);
  expect(Array.isArray(settings.entityTypes)).toBe(true);
  for (const type of settings.entityTypes) expect(ENTITY_TYPES).toContain(type);
  expect(settings.siteExceptions.length).toBeLessThanOrEqual(MAX_SITE_EXCEPTIONS);
  // One assertion for the list (up to 20,000 sites), not one per site (docs/testing.md, suite11g).
  expect(settings.siteExceptions.map((site) => normalizeHostname(site))).toEqual(
    settings.siteExceptions.map((site) => ({ ok: true, hostname: site })),
  );
  // A fixed point: valid settings parse to themselves without complaint.
  const again = parseStoredSettings(settings);
  expect(again.problems).toEqual([]);
  expect(again.settings).toEqual(settings);
  // And they round-trip through an export file.
  const imported = parseSettingsFile(serializeSettingsFile(settings));
  if (!imported.ok) throw new Error('a valid export must import');
  expect(applySettingsPatch(defaultSettings(), imported.patch)).toEqual(settings);
}

/**
 * Anything `storage.*.set` can hold (the structured clone algorithm): primitives with BigInt,
 * Dates, Maps, Sets, typed arrays, prototype-less objects, sparse arrays, and cycles, passed
 * through `structuredClone` as storage would hand them back.
 */
const structuredCloneable = fc
  .tuple(
    fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
    fc.constantFrom('none', 'object', 'array', 'map', 'deep'),
  )
  .map(([value, cycle]) => {
    if (cycle === 'object') {
      const node: Record<string, unknown> = { value };
      node.self = node;
      return node;
    }
    if (cycle === 'array') {
      const list: unknown[] = [value];
      list.push(list);
      return list;
    }
    if (cycle === 'map') {
      const map = new Map<unknown, unknown>([['value', value]]);
      map.set('self', { map, set: new Set([map]) });
      return map;
    }
    if (cycle === 'deep') {
      const outer: Record<string, unknown> = { siteExceptions: [value] };
      const inner = { outer, list: [1n, new Date(0)] };
      outer.entityTypes = [inner];
      outer.hoverDelayMs = { inner };
      return outer;
    }
    return value;
  })
  .map((value) => structuredClone(value));

const hostnameLike = fc.oneof(
  fc.domain(),
  fc.webUrl(),
  fc.constantFrom(
    '',
    ' ',
    'localhost',
    '127.0.0.1',
    '[::1]',
    'EXAMPLE.com.',
    '*.example.com',
    'xn--fiqs8s.cn',
    '例子.中国',
    'a..b',
    '-bad-.com',
    'a'.repeat(300),
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 30 }),
);

/** Values a damaged or hand-edited storage area might hold for each key. */
const nearlySettings = fc.record(
  {
    version: fc.oneof(fc.constantFrom(0, 1, 2, -1, '1', null), fc.jsonValue({ maxDepth: 1 })),
    enabledByDefault: fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null)),
    siteExceptions: fc.oneof(fc.array(hostnameLike, { maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
    highlightStyle: fc.oneof(
      fc.constantFrom(...HIGHLIGHT_STYLES, 'UNDERLINE', '', 'blink'),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    entityTypes: fc.oneof(
      fc.array(fc.constantFrom(...ENTITY_TYPES, 'Person', 'robot', ''), { maxLength: 8 }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    hoverDelayMs: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 99, 100, 2000, 2001, '300'),
    ),
    showBadge: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

describe('parseStoredSettings under hostile input', () => {
  it('always answers valid settings for nearly-valid stored objects', () => {
    fc.assert(
      fc.property(nearlySettings, (stored) => {
        const parsed = parseStoredSettings(stored);
        expectValidSettings(parsed.settings);
        for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('always answers valid settings for anything structured clone can store, BigInt and cycles included', () => {
    fc.assert(
      fc.property(structuredCloneable, (stored) => {
        expectValidSettings(parseStoredSettings(stored).settings);
        // The same value under each settings key (where one corrupt key must not hide the rest).
        for (const key of ['version', 'siteExceptions', 'entityTypes', 'hoverDelayMs', 'enabled']) {
          expectValidSettings(parseStoredSettings({ [key]: stored, showBadge: false }).settings);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('describes a BigInt, a cycle and a prototype-less object in its problem message', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    const bare = Object.assign(Object.create(null) as object, { n: 1n });
    expect(parseStoredSettings({ version: 7n }).problems).toEqual([
      {
        key: 'version',
        message: 'stored settings say version 7n, which this version does not know; read them as version 1',
      },
    ]);
    expect(
      parseStoredSettings({ hoverDelayMs: 300n, showBadge: cycle, enabledByDefault: bare }).problems,
    ).toEqual([
      {
        key: 'enabledByDefault',
        message: '[object Object] is not true or false; using the default (true)',
      },
      { key: 'hoverDelayMs', message: expect.stringMatching(/^300n is not a whole number/) },
      { key: 'showBadge', message: '[object Object] is not true or false; using the default (true)' },
    ]);
  });

  it('survives a huge exception list and prototype keys', () => {
    const huge = {
      siteExceptions: Array.from({ length: MAX_SITE_EXCEPTIONS + 50 }, (_, i) => `site${i}.example`),
    };
    const parsed = parseStoredSettings(huge);
    expect(parsed.settings.siteExceptions).toHaveLength(MAX_SITE_EXCEPTIONS);
    expect(parsed.problems.map((p) => p.key)).toContain('siteExceptions');
    const proto = JSON.parse('{"__proto__": {"enabledByDefault": false}, "constructor": 1}') as unknown;
    expectValidSettings(parseStoredSettings(proto).settings);
    expect(({} as Record<string, unknown>).enabledByDefault).toBeUndefined();
  });
});

describe('parseSettingsFile under hostile input', () => {
  it('never throws on arbitrary text and returns valid settings or problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseSettingsFile(text);
        if (result.ok) expectValidSettings(applySettingsPatch(defaultSettings(), result.patch));
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on files that carry the right format marker but damaged values', () => {
    fc.assert(
      fc.property(nearlySettings, (values) => {
        const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...values }));
        if (result.ok) expectValidSettings(applySettingsPatch(defaultSettings(), result.patch));
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
