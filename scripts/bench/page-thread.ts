/**
 * Page-thread bench (`npm run bench -- --only page-thread`): Backstory's content script against
 * the naive highlighter (scripts/bench/naive/), side by side, on the largest saved pages of the
 * corpus, profiled with the browsers' own sampling profilers:
 * - Chromium: a DevTools trace (timeline events + V8 sampling profiler), profile/chromium-trace.ts;
 * - Firefox ESR: the Gecko profiler from start-up to exit, profile/gecko-profile.ts.
 * Both extensions run as built for release (Backstory: `dist/chrome`, `dist/firefox`), each in its
 * own browser; loads alternate between the two. Pages are served inert by the sweep's server.
 *
 * Environment: BENCH_PAGES (default 20), BENCH_RUNS (3), BENCH_BROWSERS ("chromium,firefox"),
 * BENCH_FIREFOX_BATCH (pages per Firefox session, 4), BENCH_JSON (write every figure there).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findSavedPages, largestPages, type SavedPage } from '../sweep/pages';
import { sanitizeHtml } from '../sweep/sanitize';
import { type PageServer, type Route, servePages } from '../sweep/server';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from './naive/build';
import { launchProfiledChromium, type ProfiledChromium } from './profile/chromium-session';
import { extensionTime, markWindow, type TraceEvent } from './profile/chromium-trace';
import { launchProfiledFirefox } from './profile/firefox-session';
import { type GeckoProfile, geckoExtensionTime, geckoMarkWindow } from './profile/gecko-profile';
import { type Load, type LoadContender, loadInTurns } from './profile/loads';
import { type PageSideBySide, type RunFigure, sideBySideTable, summarizePage } from './profile/side-by-side';
import type { BenchModule, BenchTable } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const OURS_PREFIX = 'backstory-';
const NAIVE_PREFIX = NAIVE_HIGHLIGHT;

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A private copy of a build (a concurrent `npm run build` must not change it under the browser). */
function snapshot(dir: string): { dir: string; remove(): void } {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing — run \`npm run build\` first`);
  const root = mkdtempSync(join(tmpdir(), 'backstory-bench-dist-'));
  cpSync(dir, join(root, 'ext'), { recursive: true });
  return { dir: join(root, 'ext'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function serve(pages: readonly SavedPage[]): Promise<PageServer> {
  const routes = new Map<string, Route>();
  for (const page of pages) {
    const html = (await sanitizeHtml(readFileSync(page.file, 'utf8'))).html;
    routes.set(`/${encodeURIComponent(page.name)}/`, { body: html });
  }
  return servePages(routes);
}

const failed = (error: string): RunFigure => ({ cpuMs: 0, longestMs: 0, highlights: 0, error });

function chromiumFigure(events: readonly TraceEvent[], load: Load): RunFigure {
  if (load.error) return failed(load.error);
  const window = markWindow(events, `${load.token}:begin`, `${load.token}:end`);
  if (!window) return failed('marks not in the trace');
  const time = extensionTime(events, window, 'chrome-extension://');
  return {
    cpuMs: time.cpuMs,
    longestMs: time.longestTaskMs,
    compileMs: time.compileMs,
    highlights: load.highlights,
  };
}

function geckoFigure(profile: GeckoProfile, load: Load): RunFigure {
  if (load.error) return failed(load.error);
  const window = geckoMarkWindow(profile, `${load.token}:begin`, `${load.token}:end`);
  if (!window) return failed('marks not in the profile');
  const time = geckoExtensionTime(profile, window, 'moz-extension://');
  return { cpuMs: time.cpuMs, longestMs: time.longestRunMs, highlights: load.highlights };
}

async function profileChromium(
  pages: readonly SavedPage[],
  server: PageServer,
  dirs: { naive: string; ours: string },
  runs: number,
): Promise<PageSideBySide[]> {
  const naive = await launchProfiledChromium(dirs.naive);
  const ours = await launchProfiledChromium(dirs.ours);
  const contenders: (LoadContender & { browser: ProfiledChromium })[] = [
    { name: 'naive', browser: naive, newTab: () => naive.newTab(), highlightPrefix: NAIVE_PREFIX },
    { name: 'ours', browser: ours, newTab: () => ours.newTab(), highlightPrefix: OURS_PREFIX },
  ];
  try {
    // Warm-up (service worker start, first process): not counted.
    const last = pages[pages.length - 1];
    if (last) await loadInTurns(contenders, server.url(`/${encodeURIComponent(last.name)}/`), 1);
    const results: PageSideBySide[] = [];
    for (const page of pages) {
      const stops = await Promise.all(contenders.map((c) => c.browser.startTrace()));
      const loads = await loadInTurns(contenders, server.url(`/${encodeURIComponent(page.name)}/`), runs);
      const [naiveEvents, oursEvents] = await Promise.all(stops.map((stop) => stop()));
      results.push({
        page: page.name,
        kb: page.bytes / 1024,
        naive: (loads.get('naive') ?? []).map((l) => chromiumFigure(naiveEvents ?? [], l)),
        ours: (loads.get('ours') ?? []).map((l) => chromiumFigure(oursEvents ?? [], l)),
      });
    }
    return results;
  } finally {
    await naive.close();
    await ours.close();
  }
}

async function profileFirefox(
  pages: readonly SavedPage[],
  server: PageServer,
  dirs: { naive: string; ours: string },
  runs: number,
  batch: number,
): Promise<PageSideBySide[]> {
  const results: PageSideBySide[] = [];
  for (let at = 0; at < pages.length; at += batch) {
    const group = pages.slice(at, at + batch);
    const [naive, ours] = await Promise.all([
      launchProfiledFirefox(dirs.naive),
      launchProfiledFirefox(dirs.ours),
    ]);
    const contenders: LoadContender[] = [
      { name: 'naive', newTab: () => naive.newTab(), highlightPrefix: NAIVE_PREFIX },
      { name: 'ours', newTab: () => ours.newTab(), highlightPrefix: OURS_PREFIX },
    ];
    const first = group[0];
    if (first) await loadInTurns(contenders, server.url(`/${encodeURIComponent(first.name)}/`), 1);
    const loads: Map<string, Load[]>[] = [];
    for (const page of group) {
      loads.push(await loadInTurns(contenders, server.url(`/${encodeURIComponent(page.name)}/`), runs));
    }
    const naiveProfile = await naive.close();
    const oursProfile = await ours.close();
    group.forEach((page, i) => {
      results.push({
        page: page.name,
        kb: page.bytes / 1024,
        naive: (loads[i]?.get('naive') ?? []).map((l) => geckoFigure(naiveProfile, l)),
        ours: (loads[i]?.get('ours') ?? []).map((l) => geckoFigure(oursProfile, l)),
      });
    });
  }
  return results;
}

export const bench: BenchModule = {
  name: 'page-thread',
  description:
    "content script's page-thread CPU vs a naive highlighter, side by side, sampling profilers (Chromium, Firefox ESR)",
  async run() {
    const count = envNumber('BENCH_PAGES', 20);
    const runs = envNumber('BENCH_RUNS', 3);
    const browsers = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
    const pages = largestPages(findSavedPages(CORPUS_DIR), count);
    const naive = buildNaiveExtension();
    const server = await serve(pages);
    const tables: BenchTable[] = [];
    const figures: Record<string, PageSideBySide[]> = {};
    try {
      if (browsers.includes('chromium')) {
        const ours = snapshot(join(ROOT, 'dist/chrome'));
        const load = loadavg()[0]?.toFixed(1);
        try {
          figures.chromium = await profileChromium(
            pages,
            server,
            { naive: naive.chrome, ours: ours.dir },
            runs,
          );
        } finally {
          ours.remove();
        }
        const method = `DevTools trace + V8 sampling profiler, load average ${load}→${loadavg()[0]?.toFixed(1)}`;
        tables.push(sideBySideTable('Chromium', method, runs, figures.chromium.map(summarizePage)));
      }
      if (browsers.includes('firefox')) {
        const ours = snapshot(join(ROOT, 'dist/firefox'));
        const load = loadavg()[0]?.toFixed(1);
        try {
          figures.firefox = await profileFirefox(
            pages,
            server,
            { naive: naive.firefox, ours: ours.dir },
            runs,
            envNumber('BENCH_FIREFOX_BATCH', 4),
          );
        } finally {
          ours.remove();
        }
        const method = `Gecko profiler, thread CPU per sample, load average ${load}→${loadavg()[0]?.toFixed(1)}`;
        tables.push(sideBySideTable('Firefox ESR', method, runs, figures.firefox.map(summarizePage)));
      }
    } finally {
      await server.close();
      naive.remove();
    }
    if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 1));
    return tables;
  },
};
