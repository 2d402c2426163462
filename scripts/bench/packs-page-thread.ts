/**
 * Page-thread part of the packs bench: Backstory's content script with the bundled pack alone
 * against the same build with a large pack added from a file, side by side on the largest corpus
 * pages, profiled as the page-thread bench profiles (DevTools trace + V8 sampling profiler,
 * profile/run-side-by-side.ts). Chromium only: the Firefox profiling session installs the
 * extension for one run and has no options page to add a file through.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { findSavedPages, largestPages } from '../sweep/pages';
import { sanitizeHtml } from '../sweep/sanitize';
import { type Route, servePages } from '../sweep/server';
import { launchProfiledChromium, type ProfiledChromium } from './profile/chromium-session';
import { envNumber, profileChromiumPair, snapshot } from './profile/run-side-by-side';
import { type PageSummary, summarizePage } from './profile/side-by-side';
import type { BenchTable } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const HIGHLIGHT_PREFIX = 'backstory-';
/** Goal: a page with the large pack costs at most this many times the bundled pack's (docs/performance.md). */
export const PAGE_THREAD_GOAL = 1.2;
const ADD_TIMEOUT_MS = 600_000;

/** Adds `file` through the options page of the extension running in `browser`. */
async function addPackFile(browser: ProfiledChromium, file: string, packId: string): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).hostname}/options.html`);
  await options.setInputFiles('#pack-file', file);
  await options.waitForSelector(`li.pack[data-pack="${packId}"]`, { timeout: ADD_TIMEOUT_MS });
  await options.close();
}

async function servedCorpusPages(count: number) {
  const routes = new Map<string, Route>();
  const pages: { name: string; kb: number; path: string }[] = [];
  for (const page of largestPages(findSavedPages(CORPUS_DIR), count)) {
    const path = `/${encodeURIComponent(page.name)}/`;
    routes.set(path, { body: (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html });
    pages.push({ name: page.name, kb: page.bytes / 1024, path });
  }
  return { pages, server: await servePages(routes) };
}

function table(summaries: readonly PageSummary[], runs: number, load: string, label: string): BenchTable {
  const ratios = summaries.map((p) => p.ratio).filter(Number.isFinite);
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
  const totalBundled = summaries.reduce((a, p) => a + p.naiveMs, 0);
  const totalLarge = summaries.reduce((a, p) => a + p.oursMs, 0);
  const pooled = totalLarge / totalBundled;
  const mark = (r: number) => (r <= PAGE_THREAD_GOAL ? 'ok' : 'OVER');
  return {
    title: `Page thread, ${label} vs the bundled pack alone — Chromium (DevTools trace + V8 sampling profiler, ${load}; median of ${runs} loads)`,
    columns: [
      'page',
      'KB',
      'names',
      'bundled ms',
      `${label} ms`,
      'ratio',
      'bundled longest ms',
      `${label} longest ms`,
      'failed loads',
    ],
    rows: summaries.map((p) => [
      p.page,
      p.kb,
      p.names,
      p.naiveMs,
      p.oursMs,
      `${p.ratio.toFixed(2)}×`,
      p.naiveLongestMs,
      p.oursWorstRunMs,
      p.failed,
    ]),
    notes: [
      `median per-page ratio ${median.toFixed(2)}× ${mark(median)} (goal ≤${PAGE_THREAD_GOAL}×); summed over pages ${pooled.toFixed(2)}× (${totalLarge.toFixed(0)} / ${totalBundled.toFixed(0)} ms).`,
      'ms = page-thread CPU attributed to the extension in one load (see docs/performance.md, "Page thread");',
      'both browsers run the release build (dist/chrome); one has the large pack added from a file first.',
    ],
  };
}

/** Profiles the largest corpus pages with the bundled pack alone and with `packFile` added. */
export async function pageThreadWithPack(
  packFile: string,
  packId: string,
  label: string,
): Promise<BenchTable> {
  const runs = envNumber('BENCH_RUNS', 3);
  const { pages, server } = await servedCorpusPages(envNumber('BENCH_PAGES', 10));
  const build = snapshot(join(ROOT, 'dist/chrome'));
  const bundled = await launchProfiledChromium(build.dir);
  const large = await launchProfiledChromium(build.dir);
  const loadBefore = loadavg()[0]?.toFixed(1);
  try {
    await addPackFile(large, packFile, packId);
    const results = await profileChromiumPair(
      pages,
      server,
      {
        name: 'bundled',
        browser: bundled,
        newTab: () => bundled.newTab(),
        highlightPrefix: HIGHLIGHT_PREFIX,
      },
      { name: 'large', browser: large, newTab: () => large.newTab(), highlightPrefix: HIGHLIGHT_PREFIX },
      runs,
    );
    const load = `load average ${loadBefore}→${loadavg()[0]?.toFixed(1)}`;
    return table(results.map(summarizePage), runs, load, label);
  } finally {
    await bundled.close();
    await large.close();
    build.remove();
    await server.close();
  }
}
