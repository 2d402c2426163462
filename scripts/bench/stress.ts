/**
 * Stress bench (`npm run bench -- --only stress`): the page-thread time of Backstory's content
 * script on the stress pages of tests/stress/ against the naive highlighter in the same run, with
 * the same side-by-side profiles as the page-thread bench (profile/run-side-by-side.ts). The
 * browser tests check what the extension does on these pages; how long it takes is measured here,
 * where a loaded machine makes a figure noisy instead of making a test fail.
 *
 * The naive highlighter reads a page once; on the live page (`appending`, 1,000 new nodes a second
 * for 10 s) Backstory keeps following the page, so its figure there is the cost of keeping up.
 *
 * Environment: BENCH_RUNS (3), BENCH_BROWSERS ("chromium,firefox"), BENCH_JSON.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Route, SCRIPTED_PAGE_CSP, servePages } from '../sweep/server';
import { type BenchPage, envNumber, runSideBySide } from './profile/run-side-by-side';
import type { BenchModule } from './types';

const STRESS_DIR = resolve(import.meta.dirname, '../../tests/stress');

/**
 * The stress pages that had CPU budgets in the browser tests. Firefox runs the subset its browser
 * test loads (the 100,000-node and live pages take most of the time).
 */
/**
 * Every stress page has names, so a load settles only after the extension registered a highlight
 * (on a loaded box Backstory may paint later than the settle's no-names window).
 */
const PAINTED = 'CSS.highlights.size > 0';
const STRESS_PAGES: readonly Omit<BenchPage, 'kb' | 'path'>[] = [
  { name: 'many-nodes', ready: PAINTED, firefox: false },
  { name: 'huge-node', ready: PAINTED },
  { name: 'many-mentions', ready: PAINTED },
  { name: 'deep-nesting', ready: PAINTED },
  { name: 'appending', ready: `document.title === 'done' && ${PAINTED}`, firefox: false },
];

export const bench: BenchModule = {
  name: 'stress',
  description:
    "content script's page-thread CPU on the stress pages vs a naive highlighter (Chromium, Firefox ESR)",
  async run() {
    const routes = new Map<string, Route>();
    const pages: BenchPage[] = STRESS_PAGES.map((page) => {
      const file = join(STRESS_DIR, `${page.name}.html`);
      const path = `/${page.name}.html`;
      routes.set(path, { body: readFileSync(file, 'utf8'), csp: SCRIPTED_PAGE_CSP });
      return { ...page, path, kb: statSync(file).size / 1024 };
    });
    const server = await servePages(routes);
    try {
      const { tables, figures } = await runSideBySide(pages, server, {
        label: 'stress pages (tests/stress)',
        runs: envNumber('BENCH_RUNS', 3),
        browsers: (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(','),
        firefoxBatch: pages.length,
      });
      if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 1));
      return tables;
    } finally {
      await server.close();
    }
  },
};
