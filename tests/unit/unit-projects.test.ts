/**
 * The `unit` project shares one module cache between the files a worker runs (`isolate: false`),
 * so a file that replaces a module must run in `unit-isolated` instead: its stand-in would
 * otherwise be what the next file imports, or the next file's real module what it gets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_FILES } from '../../vitest.config';

const ROOT = join(import.meta.dirname, '../..');
const TEST_FILE = /\.test\.tsx?$/;
/** Calls that change what another file in the same worker would import or see globally. */
const REPLACES_MODULE = new RegExp(`\\bvi\\.(${['mock', 'doMock', 'stubGlobal', 'hoisted'].join('|')})\\(`);

function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => TEST_FILE.test(name) && !name.includes('node_modules'))
    .map((name) => relative(ROOT, join(ROOT, dir, name)));
}

describe('unit projects', () => {
  it('finds a module replacement where there is one, and nowhere else', () => {
    expect(REPLACES_MODULE.test("vi.mock('webextension-polyfill', () => ({}))")).toBe(true);
    expect(REPLACES_MODULE.test('vi.stubGlobal("chrome", {})')).toBe(true);
    expect(REPLACES_MODULE.test('vi.useFakeTimers()')).toBe(false);
    expect(REPLACES_MODULE.test('const mock = vi.fn()')).toBe(false);
  });

  it('runs every file that replaces a module in the isolated project, and only those', () => {
    const mocking = ['src', 'tests/unit', 'scripts']
      .flatMap(testFiles)
      // This file names the calls in its own examples.
      .filter((file) => file !== relative(ROOT, import.meta.filename))
      .filter((file) => REPLACES_MODULE.test(readFileSync(join(ROOT, file), 'utf8')))
      .sort();
    expect(mocking.length).toBeGreaterThan(0);
    expect([...MOCKING_FILES].sort()).toEqual(mocking);
  });
});
