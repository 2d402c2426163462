/**
 * The set-up both per-function breakdowns share (breakdown.ts for Chromium, gecko-breakdown.ts for
 * Firefox): a copy of the built extension with an unminified content script, so profiles name its
 * functions, and the largest saved corpus pages served locally.
 */
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { contentScriptConfig } from '../../../vite.config';
import type { Browser } from '../../build/manifest';
import { findSavedPages, largestPages } from '../../sweep/pages';
import { sanitizeHtml } from '../../sweep/sanitize';
import { type Route, servePages } from '../../sweep/server';
import { snapshot } from './run-side-by-side';

export type ProfilePages = {
  /** The extension copy (`dir`), removed with `remove()`. */
  ours: ReturnType<typeof snapshot>;
  pages: { name: string; path: string }[];
  server: Awaited<ReturnType<typeof servePages>>;
};

/**
 * `distDir` copied with an unminified content script (built for `browser`, as `npm run build` builds
 * it), and the `count` largest pages (or those in `only`).
 */
export async function servedProfilePages(
  distDir: string,
  browser: Browser,
  corpusDir: string,
  count: number,
  only: string[] | undefined,
): Promise<ProfilePages> {
  const ours = snapshot(distDir);
  const config = contentScriptConfig({ outDir: ours.dir, testHooks: false, browser });
  await build({ ...config, build: { ...config.build, minify: false } });
  return { ours, ...(await servedLargestPages(corpusDir, count, only)) };
}

/** The `count` largest saved pages (or those of them in `only`), sanitized and served locally. */
export async function servedLargestPages(
  corpusDir: string,
  count: number,
  only: string[] | undefined,
): Promise<Omit<ProfilePages, 'ours'>> {
  const routes = new Map<string, Route>();
  const pages: { name: string; path: string }[] = [];
  for (const page of largestPages(findSavedPages(corpusDir), count)) {
    if (only && !only.includes(page.name)) continue;
    const path = `/${encodeURIComponent(page.name)}/`;
    routes.set(path, { body: (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html });
    pages.push({ name: page.name, path });
  }
  return { pages, server: await servePages(routes) };
}
