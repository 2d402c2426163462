/**
 * Finds the saved pages under a directory: `NAME/source.html` (the readability corpus layout)
 * and loose `NAME.html` files, sorted by name so runs are comparable.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SavedPage {
  /** Directory name for `NAME/source.html`, file name without `.html` otherwise. */
  name: string;
  /** Absolute path of the HTML file. */
  file: string;
  bytes: number;
}

const PAGE_IN_FOLDER = 'source.html';
const LOOSE_PAGE = /\.html?$/i;

/** Every saved page in `dir`; throws a clear error when `dir` is missing or holds none. */
export function findSavedPages(dir: string): SavedPage[] {
  const root = resolve(dir);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    throw new Error(`sweep: cannot read directory ${root}`);
  }
  const pages: SavedPage[] = [];
  for (const entry of entries) {
    const path = join(root, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const file = join(path, PAGE_IN_FOLDER);
      try {
        const inner = statSync(file);
        if (inner.isFile()) pages.push({ name: entry, file, bytes: inner.size });
      } catch {
        // a folder without source.html is not a page
      }
    } else if (stat.isFile() && LOOSE_PAGE.test(entry)) {
      pages.push({ name: entry.replace(LOOSE_PAGE, ''), file: path, bytes: stat.size });
    }
  }
  if (pages.length === 0) throw new Error(`sweep: no */source.html or *.html pages in ${root}`);
  return pages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The `count` largest pages, largest first. */
export function largestPages(pages: readonly SavedPage[], count: number): SavedPage[] {
  return [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, count);
}
