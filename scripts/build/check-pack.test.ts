import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, checkBundledPacks, checkPack } from '../build';

const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function packFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function problems(path: string): Promise<string[]> {
  try {
    await checkPack(path);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return (error as BuildError).lines;
  }
}

describe('checkPack (build start)', () => {
  it('accepts the bundled pack', async () => {
    expect(await problems(join(import.meta.dirname, '..', '..', 'public', 'knowledge.json'))).toEqual([]);
  });

  it('lists every problem of an invalid pack, one per line', async () => {
    const pack = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'public', 'knowledge.json'), 'utf8'),
    ) as { asOf: string; entities: { id: string; facts: unknown[] }[] };
    pack.asOf = '2026-02-30';
    const [first] = pack.entities;
    if (!first) throw new Error('the bundled pack has no entities');
    first.facts = [];
    const lines = await problems(packFile('bad.json', JSON.stringify(pack)));
    expect(lines[0]).toMatch(/is not a valid knowledge pack \(\d+ problem\(s\)\)/);
    expect(lines.some((l) => l.includes('asOf'))).toBe(true);
    expect(lines.some((l) => l.includes('facts'))).toBe(true);
  });

  it('explains a missing or unparsable file', async () => {
    expect((await problems(join(dir, 'absent.json')))[0]).toMatch(/is missing/);
    expect((await problems(packFile('broken.json', '{ not json')))[0]).toMatch(/not a valid knowledge pack/);
  });
});

describe('checkBundledPacks (build start)', () => {
  const publicDir = join(import.meta.dirname, '..', '..', 'public');

  it('accepts the shipped packs', async () => {
    await expect(checkBundledPacks()).resolves.toBeUndefined();
  });

  it('names each malformed pack in public/packs/ and keeps the valid ones quiet', async () => {
    const packsDir = mkdtempSync(join(dir, 'packs-'));
    writeFileSync(join(packsDir, 'good.json'), readFileSync(join(publicDir, 'packs', 'chip-controls.json')));
    writeFileSync(join(packsDir, 'broken.json'), '{"schemaVersion": 1, "id": ');
    writeFileSync(join(packsDir, 'notes.txt'), 'not a pack');
    const error = await checkBundledPacks(join(publicDir, 'knowledge.json'), packsDir).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BuildError);
    const lines = (error as BuildError).lines;
    expect(lines[0]).toMatch(/broken\.json is not a valid knowledge pack \(\d+ problem\(s\)\):$/);
    expect(lines.join('\n')).not.toContain('good.json');
    expect(lines.join('\n')).not.toContain('notes.txt');
  });
});
