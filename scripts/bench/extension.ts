/**
 * Extension bench (`npm run bench -- --only extension`): the content script's size, and its cost
 * on real pages in Chromium — the demo article and the 10 largest saved pages of the corpus —
 * beside a bare TreeWalker text pass over the same page in the same tab (the baseline).
 *
 * Pages are loaded with the sweep's code (scripts/sweep/: inert copy, CSP, 127.0.0.1 only) and
 * the test-hooks build, whose marks time the extension: `backstory:start` → last
 * `backstory:painted`, and the sum / maximum of `backstory:task` measures (the extension's own
 * synchronous main-thread work). Each page is loaded RUNS times; medians are reported.
 * Needs `npm run build` (size) and `npm run build -- --test-hooks` (timings).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mapLimited, measurePage } from '../sweep/measure';
import { findSavedPages, largestPages, type SavedPage } from '../sweep/pages';
import { median, type PageMeasurement, pageProblems, walkRatio } from '../sweep/report';
import { sanitizeHtml } from '../sweep/sanitize';
import { type Route, servePages } from '../sweep/server';
import { openChromium } from '../sweep/tabs';
import type { BenchModule, BenchTable } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_BUNDLE = join(ROOT, 'dist/chrome/content.js');
const DEMO_ARTICLE = join(ROOT, 'tests/pages/demo-article.html');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
export const CONTENT_GZIP_BUDGET_BYTES = 20 * 1024;
/** Goal: the extension's main-thread time at most this many bare text walks. */
export const WALK_RATIO_GOAL = 10;
/** Goal: no extension task longer than one 60 Hz frame. */
export const LONGEST_TASK_GOAL_MS = 16;
const LARGEST_PAGES = 10;
const RUNS = 3;

export interface PageFigures {
  name: string;
  kb: number;
  mentions: number;
  paintedMs: number;
  totalTaskMs: number;
  bareWalkMs: number;
  longestTaskMs: number;
  failed: number;
}

/** Medians over repeated loads of one page (runs that failed to load are left out). */
export function pageFigures(runs: readonly PageMeasurement[]): PageFigures {
  const loaded = runs.filter((r) => !r.loadError);
  const first = runs[0];
  return {
    name: first?.name ?? '?',
    kb: (first?.bytes ?? 0) / 1024,
    mentions: median(loaded.map((r) => r.mentions)),
    paintedMs: median(loaded.flatMap((r) => (r.paintedMs === null ? [] : [r.paintedMs]))),
    totalTaskMs: median(loaded.map((r) => r.totalTaskMs)),
    bareWalkMs: median(loaded.map((r) => r.bareWalkMs)),
    longestTaskMs: median(loaded.map((r) => r.longestTaskMs)),
    failed: runs.filter((r) => pageProblems(r).length > 0).length,
  };
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER';
}

export function sizeTable(bundle: Buffer): BenchTable {
  const gzip = gzipSync(bundle, { level: 9 }).length;
  return {
    title: 'Content script bundle (dist/chrome/content.js)',
    columns: ['raw KB', 'gzip KB', 'budget gzip KB', 'verdict'],
    rows: [
      [
        bundle.length / 1024,
        gzip / 1024,
        CONTENT_GZIP_BUDGET_BYTES / 1024,
        verdict(gzip <= CONTENT_GZIP_BUDGET_BYTES),
      ],
    ],
  };
}

export function pagesTable(figures: readonly PageFigures[]): BenchTable {
  return {
    title: `Extension on real pages (Chromium, test-hooks build, median of ${RUNS} loads)`,
    columns: [
      'page',
      'KB',
      'mentions',
      'painted ms',
      'ext task ms',
      'bare walk ms',
      `ratio (goal ≤${WALK_RATIO_GOAL}×)`,
      `longest task ms (goal <${LONGEST_TASK_GOAL_MS})`,
      'failed runs',
    ],
    rows: figures.map((f) => [
      f.name,
      f.kb,
      f.mentions,
      f.paintedMs,
      f.totalTaskMs,
      f.bareWalkMs,
      `${walkRatio(f.totalTaskMs, f.bareWalkMs).toFixed(1)}× ${verdict(walkRatio(f.totalTaskMs, f.bareWalkMs) <= WALK_RATIO_GOAL)}`,
      `${f.longestTaskMs.toFixed(1)} ${verdict(f.longestTaskMs < LONGEST_TASK_GOAL_MS)}`,
      f.failed,
    ]),
    notes: [
      'painted: backstory:start → last backstory:painted; ext task: sum of backstory:task measures (the',
      "extension's synchronous main-thread work); bare walk: TreeWalker over every text node of <body>, joined",
      '(median of 3 passes, same tab, after the extension settled); ratio = ext task / bare walk.',
      'Pages are served inert (scripts stripped, CSP script-src none) from 127.0.0.1; see docs/performance.md.',
    ],
  };
}

function requireFile(path: string, command: string): void {
  if (!existsSync(path)) throw new Error(`bench extension: ${path} is missing — run \`${command}\` first`);
}

async function measureAll(pages: readonly SavedPage[]): Promise<PageFigures[]> {
  const served = new Map<string, string>();
  for (const page of pages) served.set(page.name, (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html);
  const routes = new Map<string, Route>(
    pages.map((p) => [`/${encodeURIComponent(p.name)}/`, { body: served.get(p.name) ?? '' }]),
  );
  const server = await servePages(routes);
  const browser = await openChromium();
  try {
    // One page at a time: concurrent tabs would share the 2 cores and blur the timings.
    return await mapLimited(pages, 1, async (page) => {
      const runs: PageMeasurement[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        runs.push(
          await measurePage(() => browser.newTab(), {
            name: page.name,
            url: server.url(`/${encodeURIComponent(page.name)}/`),
            bytes: page.bytes,
            servedHtml: served.get(page.name) ?? '',
            skipDomCheck: true,
          }),
        );
      }
      return pageFigures(runs);
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

export const bench: BenchModule = {
  name: 'extension',
  description:
    'content-script size; start→painted, main-thread time and longest task on real pages vs a bare text walk',
  async run() {
    requireFile(CONTENT_BUNDLE, 'npm run build');
    requireFile(join(ROOT, 'dist/test/chrome/manifest.json'), 'npm run build -- --test-hooks');
    const demo: SavedPage = {
      name: 'demo-article',
      file: DEMO_ARTICLE,
      bytes: readFileSync(DEMO_ARTICLE).length,
    };
    const corpus = existsSync(CORPUS_DIR) ? largestPages(findSavedPages(CORPUS_DIR), LARGEST_PAGES) : [];
    const figures = await measureAll([demo, ...corpus]);
    return [sizeTable(readFileSync(CONTENT_BUNDLE)), pagesTable(figures)];
  },
};
