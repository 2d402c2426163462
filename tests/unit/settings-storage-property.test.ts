/**
 * Property: whatever happens to stored settings — any stored key corrupted or removed, the
 * background restarting (repair), the reader editing, a random file imported — every valid site
 * the reader added and did not remove is still there, and no removed site comes back. Runs the
 * real settings code (`src/settings/settings-areas.ts`, the file parser) over in-memory areas with
 * Chromium's quotas (tests/support/fake-storage.ts), so long lists move between sync and local.
 *
 * A site is "destroyed" (no longer expected) only when the corruption overwrote the very stored
 * item that held it and no other item of that area holds it: no code can bring back bytes that
 * are gone. A smaller but valid `sites.count` is not generated: it is indistinguishable from the
 * stale chunks a longer list leaves behind, which are ignored by design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadStoredSettings,
  normalizeHostname,
  parseSettingsFile,
  patchStoredSettings,
  repairStoredSettings,
  SETTING_KEYS,
  SETTINGS_AREA_KEY,
  SETTINGS_FILE_FORMAT,
  type SettingsAreas,
} from '../../src/settings';
import { type FakeStorageArea, fakeSettingsAreas } from '../support/fake-storage';

const RUNS = 50;
const SLOW_TEST_MS = 120_000;
/** Each step is this far apart on the fake clock, so sync's write-rate quota is not the subject here. */
const STEP_MS = 30_000;

const POOL = Array.from({ length: 24 }, (_, i) => `site${i}.example${i % 3}.org`);
const LONG_LABEL = 'a-rather-long-regional-news-site-name-with-many-words-in-it';
/** Long hostnames: from about 1,400 of them the list only fits storage.local (sync holds 100 KB). */
function bigList(seed: number, size: number): string[] {
  return Array.from({ length: size }, (_, i) => `bulk-${seed}-${i}.${LONG_LABEL}${i % 11}.com`);
}

/** Values that are never a valid hostname list entry: corruption cannot invent a site. */
const junkEntry = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.string().map((s) => `${s} not a host`),
  fc.dictionary(fc.string(), fc.integer()),
);
const junkValue = fc.oneof(
  junkEntry,
  fc.array(junkEntry, { maxLength: 4 }),
  fc.constantFrom('local', 'sync', 'garbage', -1, 1.5, '3', 0),
);

type Step =
  | {
      kind: 'corrupt';
      area: 'sync' | 'local';
      pick: number;
      value: unknown;
      mode: 'junk' | 'remove' | 'entry' | 'count' | 'flag';
    }
  | { kind: 'reload' }
  | { kind: 'add'; site: string }
  | { kind: 'add-many'; seed: number; size: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'scalar'; patch: Record<string, unknown> }
  | { kind: 'import'; file: Record<string, unknown> | string };

const siteList = fc.oneof(
  fc.subarray(POOL),
  fc.tuple(fc.nat(50), fc.integer({ min: 600, max: 1_800 })).map(([seed, size]) => bigList(seed, size)),
);
const importFile = fc.oneof(
  fc.record(
    {
      version: fc.constant(1),
      enabledByDefault: fc.boolean(),
      siteExceptions: siteList,
      highlightStyle: fc.constantFrom('underline', 'background', 'none'),
      hoverDelayMs: fc.integer({ min: 100, max: 2000 }),
      showBadge: fc.boolean(),
      entityTypes: fc.subarray(['person', 'organization', 'place', 'law', 'event']),
    },
    { requiredKeys: [] },
  ),
  fc.record({ siteExceptions: fc.constant(['fine.org', 'not a site']) }, { requiredKeys: [] }),
  fc.record({ hoverDelayMs: fc.constant('slow') }),
  fc.constant('{ not json'),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('corrupt' as const),
      area: fc.constantFrom('sync' as const, 'local' as const),
      pick: fc.nat(),
      value: junkValue,
      mode: fc.constantFrom(
        'junk' as const,
        'remove' as const,
        'entry' as const,
        'count' as const,
        'flag' as const,
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 3, arbitrary: fc.constantFrom(...POOL).map((site) => ({ kind: 'add' as const, site })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-many' as const),
      seed: fc.nat(50),
      size: fc.integer({ min: 600, max: 1_800 }),
    }),
  },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'remove' as const, pick })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('scalar' as const),
      patch: fc.oneof(
        fc.record({ showBadge: fc.boolean() }),
        fc.record({ hoverDelayMs: fc.integer({ min: 100, max: 2000 }) }),
      ),
    }),
  },
  { weight: 2, arbitrary: importFile.map((file) => ({ kind: 'import' as const, file })) },
);

/** Valid hostnames in a stored value (a chunk), as the reader would see them. */
function sitesIn(value: unknown): Set<string> {
  const found = new Set<string>();
  if (!Array.isArray(value)) return found;
  for (const entry of value) {
    const result = normalizeHostname(entry);
    if (result.ok) found.add(result.hostname);
  }
  return found;
}

class Model {
  /** Sites added and not removed, whose stored bytes still exist. */
  alive = new Set<string>();
  /** Sites added and not explicitly removed (destroyed ones may or may not be readable). */
  allowed = new Set<string>();

  add(sites: Iterable<string>): void {
    for (const site of sites) {
      this.alive.add(site);
      this.allowed.add(site);
    }
  }

  remove(site: string): void {
    this.alive.delete(site);
    this.allowed.delete(site);
  }

  replace(sites: readonly string[]): void {
    this.alive = new Set(sites);
    this.allowed = new Set(sites);
  }
}

/** The sites of `sites` that `set` does not hold, in order. */
function missingFrom(set: ReadonlySet<string>, sites: Iterable<string>): string[] {
  return [...sites].filter((site) => !set.has(site));
}

async function currentSites(areas: SettingsAreas): Promise<string[]> {
  return (await loadStoredSettings(areas)).settings.siteExceptions;
}

function corrupt(area: FakeStorageArea, model: Model, s: Extract<Step, { kind: 'corrupt' }>): void {
  const before = area.snapshot();
  const keys = [...Object.keys(before), SETTINGS_AREA_KEY].sort();
  // Only keys the area holds (and the area flag) are corrupted; a count is corrupted where one exists.
  const key =
    s.mode === 'flag'
      ? SETTINGS_AREA_KEY
      : s.mode === 'count' && 'sites.count' in before
        ? 'sites.count'
        : (keys[s.pick % keys.length] as string);
  const old = before[key];
  let value: unknown;
  if (s.mode === 'remove') value = undefined;
  else if (s.mode === 'flag') value = ['local', undefined, s.value][s.pick % 3];
  else if (s.mode === 'count' || key === 'sites.count')
    // A smaller valid count is never written (see the top of the file), whichever mode picked the key.
    value =
      typeof s.value === 'number' && s.value >= 0 && Number.isInteger(s.value) ? 10_000 + s.value : s.value;
  else if (s.mode === 'entry' && Array.isArray(old) && old.length > 0) {
    value = old.map((entry, i) => (i === s.pick % old.length ? 'not a host' : entry));
  } else value = s.value;
  area.poke(key, value);
  // Sites whose only copy in this area was the overwritten item are gone for good.
  const others = new Set<string>();
  for (const [k, v] of Object.entries(area.snapshot()))
    if (k !== key) for (const site of sitesIn(v)) others.add(site);
  const kept = sitesIn(value);
  for (const site of sitesIn(old)) if (!kept.has(site) && !others.has(site)) model.alive.delete(site);
}

async function apply(
  areas: SettingsAreas & { sync: FakeStorageArea; local: FakeStorageArea },
  model: Model,
  s: Step,
): Promise<void> {
  switch (s.kind) {
    case 'corrupt':
      corrupt(s.area === 'sync' ? areas.sync : areas.local, model, s);
      return;
    case 'reload':
      await repairStoredSettings(areas);
      return;
    case 'add': {
      const sites = await currentSites(areas);
      if (!sites.includes(s.site)) await patchStoredSettings(areas, { siteExceptions: [...sites, s.site] });
      model.add([s.site]);
      return;
    }
    case 'add-many': {
      const sites = await currentSites(areas);
      const added = bigList(s.seed, s.size).filter((site) => !sites.includes(site));
      if (sites.length + added.length > 15_000) return;
      await patchStoredSettings(areas, { siteExceptions: [...sites, ...added] });
      model.add(added);
      return;
    }
    case 'remove': {
      const sites = await currentSites(areas);
      const site = sites[s.pick % Math.max(sites.length, 1)];
      if (site === undefined) return;
      await patchStoredSettings(areas, { siteExceptions: sites.filter((x) => x !== site) });
      model.remove(site);
      return;
    }
    case 'scalar':
      await patchStoredSettings(areas, s.patch);
      return;
    case 'import': {
      const text =
        typeof s.file === 'string' ? s.file : JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...s.file });
      const result = parseSettingsFile(text);
      if (!result.ok) return;
      await patchStoredSettings(areas, result.patch);
      if (result.patch.siteExceptions) model.replace(result.patch.siteExceptions);
      return;
    }
  }
}

describe('stored settings under corruption, restarts, edits and imports (property)', () => {
  it(
    'keeps every valid site the reader added and did not remove; brings back none that was removed',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          const areas = fakeSettingsAreas();
          const model = new Model();
          for (const s of steps) {
            areas.clock.now += STEP_MS;
            await apply(areas, model, s);
            const loaded = await loadStoredSettings(areas);
            expect(loaded.writable).toBe(true);
            const read = new Set(loaded.settings.siteExceptions);
            // One assertion per list, not per site: a step can hold 15,000 sites, and an `expect`
            // per site cost more than the settings code under test (docs/testing.md, suite11g).
            expect(missingFrom(read, model.alive), `lost after ${s.kind}`).toEqual([]);
            expect(missingFrom(model.allowed, read), `came back after ${s.kind}`).toEqual([]);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW_TEST_MS,
  );

  it('knows every setting key it generates (guards the generators against schema changes)', () => {
    for (const key of [
      'enabledByDefault',
      'siteExceptions',
      'highlightStyle',
      'hoverDelayMs',
      'showBadge',
      'entityTypes',
    ])
      expect(SETTING_KEYS).toContain(key);
  });
});
