/**
 * validatePack on random input: arbitrary JSON and text are refused with named problems, and random
 * damage to the bundled pack is either accepted as a valid pack or refused with a path per problem.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PackResult, parsePackText, validatePack } from './validate';

/** A path into a JSON value: object keys and array indexes. */
type JsonPath = (string | number)[];

function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...allPaths(item, [...prefix, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...allPaths(item, [...prefix, key]),
    ]);
  return [];
}

/** A copy of `root` with the value at `path` deleted (objects) / removed (arrays) or replaced. */
function mutate(root: unknown, path: JsonPath, replacement: { delete: true } | { value: unknown }): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if ('delete' in replacement) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement.value;
  return copy;
}

// Left out of the mutation run (scripts/mutation sets MUTATION_TESTS): with Stryker's instrumentation
// these thousands of random packs take minutes per run; the concrete tests in validate.test.ts and
// validate-edges.test.ts pin the checks.
describe.skipIf(process.env.MUTATION_TESTS !== undefined)('validatePack properties', () => {
  /** A refusal: at least one problem, each with a message, none of them the catch-all. */
  function expectRefusal(result: PackResult): void {
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.message).not.toBe('');
      expect(problem.message).not.toMatch(/^could not be checked/);
    }
  }

  it('refuses arbitrary JSON values, naming at least one problem each', () => {
    // No random JSON value is a pack: a pack needs schemaVersion 1, a title, dates and lists.
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectRefusal(validatePack(value))),
      { numRuns: 300 },
    );
  });

  it('refuses arbitrary text, naming at least one problem each', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectRefusal(parsePackText(text))),
      { numRuns: 300 },
    );
  });

  const bundled: unknown = JSON.parse(
    readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'),
  );
  const bundledPaths = allPaths(bundled);

  it('on random mutations of the bundled pack, returns ok or problems that each name a path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bundledPaths),
        fc.oneof(
          fc.constant({ delete: true as const }),
          fc.jsonValue().map((value) => ({ value })),
        ),
        (path, replacement) => {
          const damaged = mutate(bundled, path, replacement);
          const result = validatePack(damaged);
          if (result.ok) {
            // Accepted (an optional field removed, or a value swapped for one as good): the pack
            // given back keeps the damaged pack's entities and deadlines, and is itself valid.
            const given = damaged as { entities: { id: string }[]; deadlines: { id: string }[] };
            expect(result.pack.entities.map((e) => e.id)).toEqual(given.entities.map((e) => e.id));
            expect(result.pack.deadlines.map((d) => d.id)).toEqual(given.deadlines.map((d) => d.id));
            expect(validatePack(result.pack)).toEqual({ ok: true, pack: result.pack });
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(problem.path).not.toBe('');
              expect(problem.message).not.toBe('');
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
