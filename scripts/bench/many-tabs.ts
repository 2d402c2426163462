/**
 * Many-tabs bench (`npm run bench -- --only many-tabs`): the 30 largest saved pages opened at once
 * in one Chromium — with no extension, with the naive highlighter, with Backstory (`dist/chrome`)
 * — timing when each tab that has names shows its highlights, when each page's `load` event ended
 * (so the last highlight can be read against the run's own last page load), and each tab's JS heap.
 * First, each extension loads every page alone to learn which pages show names (the expected
 * set). Rounds alternate the order of the three browsers.
 *
 * Environment: BENCH_TABS (default 30), BENCH_ROUNDS (1), BACKSTORY_DIST (a Chrome build to
 * measure instead of dist/chrome), BACKSTORY_DIST_B (a second Chrome build, measured in the same
 * rounds as `backstory-b`: an A/B at the same load), BENCH_JSON (write every figure there: per
 * config and round, and per tab).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeTempDir } from '../../tests/browser/harness';
import { findSavedPages, largestPages, type SavedPage } from '../sweep/pages';
import { sanitizeHtml } from '../sweep/sanitize';
import { type PageServer, type Route, servePages } from '../sweep/server';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from './naive/build';
import { launchProfiledChromium } from './profile/chromium-session';
import { envNumber } from './profile/run-side-by-side';
import { settleOnHighlights } from './profile/settle';
import { roundOrder, type TabConfig, tabConfigs } from './tabs/configs';
import { openTogether } from './tabs/open-together';
import { configFigures, manyTabsTable, type RoundResult } from './tabs/summary';
import type { BenchModule } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const DEADLINE_MS = 180_000;
const SETTLE_MS = 3_000;

async function serve(pages: readonly SavedPage[]): Promise<PageServer> {
  const routes = new Map<string, Route>();
  for (const page of pages) {
    routes.set(`/${encodeURIComponent(page.name)}/`, {
      body: (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html,
    });
  }
  return servePages(routes);
}

/** The pages on which the extension paints when each is loaded alone. */
async function pagesWithNames(
  config: TabConfig,
  pages: readonly { name: string; url: string }[],
): Promise<Set<string>> {
  const browser = await launchProfiledChromium(config.dir);
  const found = new Set<string>();
  try {
    for (const page of pages) {
      const tab = await browser.newTab();
      try {
        await tab.goto(page.url, 120_000);
        if ((await settleOnHighlights(tab, config.prefix)) > 0) found.add(page.name);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  return found;
}

export const bench: BenchModule = {
  name: 'many-tabs',
  description:
    'the largest corpus pages opened together in Chromium: time to highlights per tab, JS heap per tab',
  async run() {
    const count = envNumber('BENCH_TABS', 30);
    const rounds = envNumber('BENCH_ROUNDS', 1);
    const oursSource = resolve(process.env.BACKSTORY_DIST ?? join(ROOT, 'dist/chrome'));
    const otherSource = process.env.BACKSTORY_DIST_B ? resolve(process.env.BACKSTORY_DIST_B) : undefined;
    for (const source of [oursSource, otherSource ?? oursSource]) {
      if (!existsSync(join(source, 'manifest.json')))
        throw new Error(`${source}: run \`npm run build\` first`);
    }
    const saved = largestPages(findSavedPages(CORPUS_DIR), count);
    const naive = buildNaiveExtension();
    const copy = mkdtempSync(join(tmpdir(), 'backstory-bench-dist-'));
    cpSync(oursSource, join(copy, 'ext'), { recursive: true });
    if (otherSource) cpSync(otherSource, join(copy, 'ext-b'), { recursive: true });
    const server = await serve(saved);
    const pages = saved.map((p) => ({ name: p.name, url: server.url(`/${encodeURIComponent(p.name)}/`) }));
    const configs = tabConfigs(
      { dir: naive.chrome, prefix: NAIVE_HIGHLIGHT },
      join(copy, 'ext'),
      otherSource ? join(copy, 'ext-b') : undefined,
    );
    const results: RoundResult[] = [];
    const expected = new Map<string, Set<string>>([['none', new Set()]]);
    try {
      for (const config of configs.slice(1)) expected.set(config.name, await pagesWithNames(config, pages));
      for (let round = 1; round <= rounds; round++) {
        for (const config of roundOrder(configs, round)) {
          const before = loadavg()[0]?.toFixed(1);
          const tabs = await openTogether(pages, {
            extensionDir: config.dir,
            prefix: config.prefix,
            expected: expected.get(config.name) ?? new Set(),
            deadlineMs: DEADLINE_MS,
            settleMs: SETTLE_MS,
          });
          results.push({ round, config: config.name, tabs, load: `${before}→${loadavg()[0]?.toFixed(1)}` });
        }
      }
    } finally {
      await server.close();
      naive.remove();
      removeTempDir(copy);
    }
    const figures = results.map((r) =>
      configFigures(
        r,
        expected.get(r.config) ?? new Set(),
        results.find((b) => b.config === 'none' && b.round === r.round)?.tabs,
      ),
    );
    if (process.env.BENCH_JSON) {
      writeFileSync(
        process.env.BENCH_JSON,
        JSON.stringify(
          { expected: Object.fromEntries([...expected].map(([k, v]) => [k, [...v]])), figures, results },
          null,
          1,
        ),
      );
    }
    return [manyTabsTable(count, figures)];
  },
};
