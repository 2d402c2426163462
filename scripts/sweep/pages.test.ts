import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedPages, largestPages } from './pages';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sweep-pages-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findSavedPages', () => {
  it('finds NAME/source.html folders and loose .html files, sorted by name', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b-page'));
    writeFileSync(join(dir, 'b-page', 'source.html'), '<p>bb</p>');
    mkdirSync(join(dir, 'no-source'));
    writeFileSync(join(dir, 'no-source', 'other.html'), '<p>x</p>');
    writeFileSync(join(dir, 'a-loose.html'), '<p>a</p>');
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const pages = findSavedPages(dir);
    expect(pages.map((p) => p.name)).toEqual(['a-loose', 'b-page']);
    expect(pages[1]?.bytes).toBe('<p>bb</p>'.length);
    expect(pages[1]?.file).toBe(join(dir, 'b-page', 'source.html'));
  });

  it('throws a clear error for a missing or empty directory', () => {
    expect(() => findSavedPages(join(tmpdir(), 'sweep-does-not-exist-xyz'))).toThrow(/cannot read directory/);
    expect(() => findSavedPages(tempDir())).toThrow(/no \*\/source.html/);
  });
});

describe('largestPages', () => {
  it('returns the biggest pages first without changing the input', () => {
    const pages = [
      { name: 'a', file: '/a', bytes: 5 },
      { name: 'b', file: '/b', bytes: 50 },
      { name: 'c', file: '/c', bytes: 20 },
    ];
    expect(largestPages(pages, 2).map((p) => p.name)).toEqual(['b', 'c']);
    expect(pages.map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });
});
