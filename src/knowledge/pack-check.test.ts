import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPackText,
  DEFAULT_PACK_PATH,
  EXIT_INVALID,
  EXIT_UNREADABLE,
  EXIT_VALID,
  formatSummary,
  packPathFromArgs,
  packWarnings,
  unreadableFile,
} from './pack-check';
import type { Pack } from './schema';

/** The item at `index`, failing the test (not the type checker) when it is missing. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);

/** The minimal valid pack with a publisher on every fact and timeline entry. */
function packWithPublishers(): Pack {
  const pack = JSON.parse(VALID_TEXT) as Pack;
  for (const entity of pack.entities) for (const fact of entity.facts) fact.publisher = 'Example Times';
  for (const deadline of pack.deadlines)
    for (const entry of deadline.timeline) entry.publisher = 'Example Gazette';
  return pack;
}

describe('checkPackText', () => {
  it('summarizes a valid pack on one line and exits 0', () => {
    expect(checkPackText('packs/valid.json', JSON.stringify(packWithPublishers()))).toEqual({
      exitCode: EXIT_VALID,
      stdout: ['packs/valid.json: valid — 3 entities, 1 deadline, 9 facts, as of 2026-11-25'],
      stderr: [],
    });
  });

  it('warns on stderr for each source without a publisher, and still exits 0', () => {
    const pack = packWithPublishers();
    delete nth(nth(pack.entities, 1).facts, 2).publisher;
    delete nth(nth(pack.deadlines, 0).timeline, 0).publisher;
    expect(checkPackText('p.json', JSON.stringify(pack))).toEqual({
      exitCode: EXIT_VALID,
      stdout: ['p.json: valid — 3 entities, 1 deadline, 9 facts, as of 2026-11-25'],
      stderr: [
        'warning: entities[1].facts[2]: the source has no publisher (https://example.org/source/3)',
        'warning: deadlines[0].timeline[0]: the source has no publisher (https://example.org/source/t1)',
      ],
    });
  });

  it('lists every problem as "path: reason" on stderr and exits 1', () => {
    const pack = JSON.parse(VALID_TEXT) as Pack;
    nth(nth(pack.entities, 0).facts, 0).source = 'javascript:alert(1)';
    nth(nth(pack.entities, 2).facts, 1).asOf = '2025-02-30';
    expect(checkPackText('p.json', JSON.stringify(pack))).toEqual({
      exitCode: EXIT_INVALID,
      stdout: [],
      stderr: [
        'entities[0].facts[0].source: must be an https URL',
        'entities[2].facts[1].asOf: must be an ISO date (YYYY-MM-DD) that exists',
      ],
    });
  });

  it('reports an empty file as invalid', () => {
    expect(checkPackText('e.json', '')).toEqual({
      exitCode: EXIT_INVALID,
      stdout: [],
      stderr: ['file is empty'],
    });
  });
});

describe('packWarnings', () => {
  it('names every fact and timeline entry of a pack with no publishers at all', () => {
    const paths = packWarnings(JSON.parse(VALID_TEXT) as Pack).map((warning) => warning.path);
    expect(paths).toEqual([
      'entities[0].facts[0]',
      'entities[0].facts[1]',
      'entities[0].facts[2]',
      'entities[1].facts[0]',
      'entities[1].facts[1]',
      'entities[1].facts[2]',
      'entities[2].facts[0]',
      'entities[2].facts[1]',
      'entities[2].facts[2]',
      'deadlines[0].timeline[0]',
      'deadlines[0].timeline[1]',
      'deadlines[0].timeline[2]',
    ]);
  });
});

describe('formatSummary', () => {
  it('uses the singular for counts of one', () => {
    const pack = JSON.parse(VALID_TEXT) as Pack;
    pack.entities = pack.entities.slice(0, 1);
    nth(pack.entities, 0).related = [];
    pack.deadlines = [];
    expect(formatSummary('x', pack)).toBe('x: valid — 1 entity, 0 deadlines, 3 facts, as of 2026-11-25');
  });
});

describe('unreadableFile', () => {
  it('turns common read errors into one plain line with exit 2', () => {
    const missing = Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    expect(unreadableFile('gone.json', missing)).toEqual({
      exitCode: EXIT_UNREADABLE,
      stdout: [],
      stderr: ['gone.json: cannot read the file: no such file'],
    });
    expect(unreadableFile('dir', { code: 'EISDIR' }).stderr).toEqual([
      'dir: cannot read the file: is a directory, not a file',
    ]);
    expect(unreadableFile('odd', new Error('disk on fire')).stderr).toEqual([
      'odd: cannot read the file: disk on fire',
    ]);
  });
});

describe('packPathFromArgs', () => {
  it('defaults to the bundled pack, takes one file, refuses more', () => {
    expect(packPathFromArgs([])).toEqual({ path: DEFAULT_PACK_PATH });
    expect(packPathFromArgs(['--'])).toEqual({ path: DEFAULT_PACK_PATH });
    expect(packPathFromArgs(['--', 'a.json'])).toEqual({ path: 'a.json' });
    expect(packPathFromArgs(['a.json', 'b.json'])).toEqual({
      error: 'usage: npm run pack:check -- [FILE]  (one file; got 2)',
    });
  });
});
