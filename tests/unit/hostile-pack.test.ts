/**
 * Hostile input for the knowledge-pack checker: arbitrary JSON and random mutations of the
 * bundled pack. `validatePack` must never throw, must answer either a pack that really matches
 * the schema or a non-empty list of located problems, and must never fall back to its internal
 * "could not be checked" catch-all (that would be a crash in disguise).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_PATH } from '../../scripts/lib/load-pack-file';
import { PackSchema } from '../../src/knowledge/schema';
import { type PackResult, parsePackText, validatePack } from '../../src/knowledge/validate';

const BUNDLED_TEXT = readFileSync(BUNDLED_PACK_PATH, 'utf8');
const CRASH_MESSAGE = /could not be checked/;
/** Arbitrary values are rejected in microseconds; whole-pack mutations cost a full validation each. */
const RUNS = 200;
const PACK_RUNS = 60;

function expectWellFormed(result: PackResult): void {
  if (result.ok) {
    expect(v.safeParse(PackSchema, result.pack).success).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toMatch(CRASH_MESSAGE);
  }
}

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), root included. */
function allPaths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) allPaths(item, [...prefix, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  }
  return out;
}

type Mutation =
  | { kind: 'replace'; with: Json }
  | { kind: 'delete' }
  | { kind: 'duplicate' }
  | { kind: 'add-key'; key: string; with: Json };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    with: fc.constantFrom<Json>(
      '',
      ' ',
      'javascript:alert(1)',
      'http://x.test/',
      '2026-02-30',
      -1,
      1e308,
      null,
      [],
      {},
      '__proto__',
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({
    kind: fc.constant('add-key' as const),
    key: fc.constantFrom('__proto__', 'constructor', 'extra', 'id'),
    with: fc.jsonValue({ maxDepth: 2 }),
  }),
);

/** Applies one mutation at `path` of a deep copy of `root`. */
function mutate(root: Json, path: Path, mutation: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : copy;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'replace') parent[last] = mutation.with;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (mutation.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(last as number, 0, JSON.parse(JSON.stringify(parent[last])));
    else parent[`${String(last)}Copy`] = parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // JSON.parse-like own property, even for "__proto__".
      Object.defineProperty(target, mutation.key, {
        value: mutation.with,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

describe('validatePack under hostile input', () => {
  const bundled = JSON.parse(BUNDLED_TEXT) as Json;
  const paths = allPaths(bundled);

  it('accepts the bundled pack (the base of every mutation)', () => {
    expect(validatePack(bundled).ok).toBe(true);
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        expectWellFormed(validatePack(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on non-JSON values (functions, symbols, cycles, class instances)', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    const odd: unknown[] = [
      undefined,
      () => 1,
      Symbol('x'),
      new Date(0),
      new Map(),
      cyclic,
      Object.create(null),
      10n,
    ];
    for (const value of odd) expectWellFormed(validatePack(value));
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 3,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
        }),
        (value) => {
          expectWellFormed(validatePack(value));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on one to three random mutations of the bundled pack, and reports why a broken one is broken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), mutationArb), { minLength: 1, maxLength: 3 }),
        (steps) => {
          let pack = bundled;
          for (const [index, mutation] of steps) {
            const candidates = allPaths(pack);
            const path = candidates[index % candidates.length] as Path;
            pack = mutate(pack, path, mutation);
          }
          expectWellFormed(validatePack(pack));
        },
      ),
      { numRuns: PACK_RUNS },
    );
  });

  it('never throws on damaged pack text (truncation, byte flips, BOM, huge numbers)', () => {
    fc.assert(
      fc.property(fc.nat({ max: BUNDLED_TEXT.length }), fc.string({ maxLength: 3 }), (cut, junk) => {
        expectWellFormed(
          parsePackText(BUNDLED_TEXT.slice(0, cut) + junk + BUNDLED_TEXT.slice(cut + junk.length)),
        );
      }),
      { numRuns: PACK_RUNS },
    );
    for (const text of [
      '',
      '\uFEFF',
      'null',
      '[]',
      '1e999',
      '"x"',
      '{"schemaVersion":1e999}',
      '{'.repeat(10_000),
    ]) {
      expectWellFormed(parsePackText(text));
    }
  });
});
