import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from './schema';
import { formatProblem, validatePack } from './validate';

const VALID = readFileSync(new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url), 'utf8');

function packWith(change: (pack: Pack & Record<string, unknown>) => void): unknown {
  const pack = JSON.parse(VALID) as Pack & Record<string, unknown>;
  change(pack);
  return pack;
}

function problems(value: unknown): string[] {
  const result = validatePack(value);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('references to other packs', () => {
  it('accepts packId/entityId in related and deadlines when the pack is a declared dependency', () => {
    const pack = packWith((p) => {
      p.dependencies = ['us-china-trade-tech'];
      p.entities[0]?.related.push('us-china-trade-tech/nvidia');
      p.deadlines[0]?.entities.push('us-china-trade-tech/busan');
    });
    expect(problems(pack)).toEqual([]);
  });

  it('refuses a qualified reference to a pack not in dependencies, naming the path', () => {
    const pack = packWith((p) => {
      p.entities[0]?.related.push('other-pack/nvidia');
      p.deadlines[0]?.entities.push('other-pack/busan');
    });
    expect(problems(pack)).toEqual([
      'entities[0].related[1]: "other-pack" is not listed in the pack\'s dependencies',
      'deadlines[0].entities[2]: "other-pack" is not listed in the pack\'s dependencies',
    ]);
  });

  it("asks for the bare id when a reference qualifies the pack's own id", () => {
    const pack = packWith((p) => {
      p.entities[0]?.related.splice(0, 1, 'fixture-pack/beta-org');
    });
    expect(problems(pack)).toEqual([
      'entities[0].related[0]: name this pack\'s own entities by their bare id ("beta-org")',
    ]);
  });

  it('refuses malformed references, a self-dependency and a repeated dependency', () => {
    const pack = packWith((p) => {
      p.dependencies = ['fixture-pack', 'a-pack', 'a-pack'];
      p.entities[0]?.related.push('a-pack/b/c', 'A-Pack/x');
    });
    expect(problems(pack)).toEqual([
      'entities[0].related[1]: must be an entity id, or packId/entityId for an entity of a dependency',
      'entities[0].related[2]: must be an entity id, or packId/entityId for an entity of a dependency',
    ]);
    const shapeOk = packWith((p) => {
      p.dependencies = ['fixture-pack', 'a-pack', 'a-pack'];
    });
    expect(problems(shapeOk)).toEqual([
      'dependencies[0]: a pack cannot depend on itself',
      'dependencies[2]: "a-pack" is listed twice',
    ]);
  });

  it('takes an optional version label of at most 40 characters', () => {
    const withVersion = (version: string) =>
      packWith((p) => {
        p.version = version;
      });
    expect(problems(withVersion('2026-11-29.2'))).toEqual([]);
    expect(problems(withVersion('x'.repeat(41)))).toEqual(['version: must be at most 40 characters']);
  });
});
