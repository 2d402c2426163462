/**
 * Page-thread bench (`npm run bench -- --only page-thread`): Backstory's content script against
 * the naive highlighter (scripts/bench/naive/), side by side, on the largest saved pages of the
 * corpus, profiled with the browsers' own sampling profilers (profile/run-side-by-side.ts):
 * - Chromium: a DevTools trace (timeline events + V8 sampling profiler), profile/chromium-trace.ts;
 * - Firefox ESR: the Gecko profiler from start-up to exit, profile/gecko-profile.ts.
 * Pages are served inert by the sweep's server.
 *
 * Environment: BENCH_PAGES (default 20), BENCH_RUNS (3), BENCH_BROWSERS ("chromium,firefox"),
 * BENCH_FIREFOX_BATCH (pages per Firefox session, 4), BENCH_JSON (write every figure there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findSavedPages, largestPages } from '../sweep/pages';
import { sanitizeHtml } from '../sweep/sanitize';
import { type Route, servePages } from '../sweep/server';
import { type BenchPage, envNumber, runSideBySide } from './profile/run-side-by-side';
import type { BenchModule } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');

export const bench: BenchModule = {
  name: 'page-thread',
  description:
    "content script's page-thread CPU vs a naive highlighter, side by side, sampling profilers (Chromium, Firefox ESR)",
  async run() {
    const saved = largestPages(findSavedPages(CORPUS_DIR), envNumber('BENCH_PAGES', 20));
    const routes = new Map<string, Route>();
    const pages: BenchPage[] = [];
    for (const page of saved) {
      const path = `/${encodeURIComponent(page.name)}/`;
      routes.set(path, { body: (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html });
      pages.push({ name: page.name, kb: page.bytes / 1024, path });
    }
    const server = await servePages(routes);
    try {
      const { tables, figures } = await runSideBySide(pages, server, {
        label: `${pages.length} largest corpus pages`,
        runs: envNumber('BENCH_RUNS', 3),
        browsers: (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(','),
        firefoxBatch: envNumber('BENCH_FIREFOX_BATCH', 4),
      });
      if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 1));
      return tables;
    } finally {
      await server.close();
    }
  },
};
