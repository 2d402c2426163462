/**
 * Runs the side-by-side profile (Backstory's content script against the naive highlighter) over a
 * set of served pages, in Chromium (DevTools trace + V8 samples) and Firefox ESR (Gecko profiler).
 * Shared by the page-thread bench (largest corpus pages) and the stress bench (tests/stress).
 * Both extensions run as built for release (Backstory: `dist/chrome`, `dist/firefox`), each in its
 * own browser; loads alternate between the two.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeTempDir } from '../../../tests/browser/harness';
import type { PageServer } from '../../sweep/server';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from '../naive/build';
import type { BenchTable } from '../types';
import { launchProfiledChromium, type ProfiledChromium } from './chromium-session';
import { extensionTime, markWindow, type TraceEvent } from './chromium-trace';
import { launchProfiledFirefox } from './firefox-session';
import { type GeckoProfile, geckoExtensionTime, geckoMarkWindow, passNotInWindow } from './gecko-profile';
import { type Load, type LoadContender, loadInTurns } from './loads';
import { type PageSideBySide, type RunFigure, sideBySideTable, summarizePage } from './side-by-side';

const ROOT = resolve(import.meta.dirname, '../../..');
const OURS_PREFIX = 'backstory-';

/** One page to profile: its path on the server and, for pages that change over time, when to start settling. */
export type BenchPage = {
  name: string;
  kb: number;
  path: string;
  /** A page-side expression that is true once the page is done changing itself. */
  ready?: string;
  /** Also profiled in Firefox (default true). */
  firefox?: boolean;
};

export type SideBySideOptions = {
  /** Name of the page set, for the table titles. */
  label: string;
  runs: number;
  browsers: readonly string[];
  /** Pages per Firefox session (a Gecko profile holds a few pages' worth of samples). */
  firefoxBatch: number;
};

export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A private copy of a build (a concurrent `npm run build` must not change it under the browser). */
export function snapshot(dir: string): { dir: string; remove(): void } {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing — run \`npm run build\` first`);
  const root = mkdtempSync(join(tmpdir(), 'backstory-bench-dist-'));
  cpSync(dir, join(root, 'ext'), { recursive: true });
  return { dir: join(root, 'ext'), remove: () => removeTempDir(root) };
}

/** A contender of an A/B tool (ab-chromium.ts, ab-firefox.ts): an unpacked extension and its highlights' prefix. */
export type AbContender = { name: string; dir: string; prefix: string };

/**
 * The contenders of an A/B tool: the naive highlighter built for `browser`, then the builds named
 * on its command line (`name=distDir …`, each copied aside, see snapshot); `remove()` deletes the
 * copies and the naive build.
 */
export function abContenders(
  args: readonly string[],
  browser: 'chrome' | 'firefox',
  tool: string,
): { builds: string[]; contenders: AbContender[]; remove(): void } {
  const builds = args.map((arg) => {
    const [name, dir] = arg.split('=');
    if (!name || !dir) throw new Error(`expected name=distDir, got ${arg}`);
    return { name, dir: resolve(dir) };
  });
  if (builds.length === 0) throw new Error(`usage: ${tool} name=distDir [name=distDir …]`);
  const naive = buildNaiveExtension();
  const copies = builds.map((b) => snapshot(b.dir));
  return {
    builds: builds.map((b) => b.name),
    contenders: [
      { name: 'naive', dir: naive[browser], prefix: NAIVE_HIGHLIGHT },
      ...builds.map((b, i) => ({ name: b.name, dir: copies[i]?.dir ?? '', prefix: OURS_PREFIX })),
    ],
    remove() {
      naive.remove();
      for (const copy of copies) copy.remove();
    },
  };
}

const failed = (error: string): RunFigure => ({ cpuMs: 0, longestMs: 0, highlights: 0, error });

/** One load's figure from a Chromium trace (a failed load or missing marks: an error figure). */
export function chromiumFigure(events: readonly TraceEvent[], load: Load): RunFigure {
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

/** One load's figure from a Gecko profile, as the page-thread bench reads it (a failed load, missing marks or a pass not inside the window: an error figure). */
export function geckoFigure(profile: GeckoProfile, load: Load): RunFigure {
  if (load.error) return failed(load.error);
  const window = geckoMarkWindow(profile, `${load.token}:begin`, `${load.token}:end`);
  if (!window) return failed('marks not in the profile');
  const time = geckoExtensionTime(profile, window, 'moz-extension://');
  const outside = passNotInWindow(time, window);
  if (outside) return failed(outside);
  return {
    cpuMs: time.cpuMs,
    longestMs: time.longestRunMs,
    longestSliceMs: time.longestSliceMs,
    longestTaskMs: time.longestTaskMs,
    misattributedMs: time.misattributedMs,
    highlights: load.highlights,
  };
}

type ChromiumContender = LoadContender & { browser: ProfiledChromium };

/**
 * Profiles every page with two Chromium contenders taking turns, after one warm-up load (service
 * worker start, first process; not counted): `baseline`'s loads fill `naive`, `other`'s `ours`.
 */
export async function profileChromiumPair(
  pages: readonly BenchPage[],
  server: PageServer,
  baseline: ChromiumContender,
  other: ChromiumContender,
  runs: number,
): Promise<PageSideBySide[]> {
  const contenders = [baseline, other];
  const last = pages[pages.length - 1];
  if (last) await loadInTurns(contenders, server.url(last.path), 1, last.ready);
  const results: PageSideBySide[] = [];
  for (const page of pages) {
    const stops = await Promise.all(contenders.map((c) => c.browser.startTrace()));
    const loads = await loadInTurns(contenders, server.url(page.path), runs, page.ready);
    const [baselineEvents, otherEvents] = await Promise.all(stops.map((stop) => stop()));
    results.push({
      page: page.name,
      kb: page.kb,
      naive: (loads.get(baseline.name) ?? []).map((l) => chromiumFigure(baselineEvents ?? [], l)),
      ours: (loads.get(other.name) ?? []).map((l) => chromiumFigure(otherEvents ?? [], l)),
    });
  }
  return results;
}

async function profileChromium(
  pages: readonly BenchPage[],
  server: PageServer,
  dirs: { naive: string; ours: string },
  runs: number,
): Promise<PageSideBySide[]> {
  const naive = await launchProfiledChromium(dirs.naive);
  const ours = await launchProfiledChromium(dirs.ours);
  try {
    return await profileChromiumPair(
      pages,
      server,
      { name: 'naive', browser: naive, newTab: () => naive.newTab(), highlightPrefix: NAIVE_HIGHLIGHT },
      { name: 'ours', browser: ours, newTab: () => ours.newTab(), highlightPrefix: OURS_PREFIX },
      runs,
    );
  } finally {
    await naive.close();
    await ours.close();
  }
}

/**
 * `BENCH_GECKO_DIR=dir`: each Firefox session's raw profile and its loads, per contender
 * (`<batch>-<contender>.json` and `.loads.json`, the files `GECKO_PROFILE` of gecko-breakdown.ts
 * reads), so a load's figure can be taken apart afterwards without profiling again.
 */
function keepGeckoProfiles(
  batch: number,
  group: readonly BenchPage[],
  loads: readonly Map<string, Load[]>[],
  profiles: Record<string, GeckoProfile>,
): void {
  const dir = process.env.BENCH_GECKO_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [contender, profile] of Object.entries(profiles)) {
    const file = join(dir, `${batch}-${contender}.json`);
    writeFileSync(file, JSON.stringify(profile));
    const pageLoads = group.map((page, i) => ({ name: page.name, loads: loads[i]?.get(contender) ?? [] }));
    writeFileSync(`${file}.loads.json`, JSON.stringify(pageLoads));
  }
}

async function profileFirefox(
  pages: readonly BenchPage[],
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
      { name: 'naive', newTab: () => naive.newTab(), highlightPrefix: NAIVE_HIGHLIGHT },
      { name: 'ours', newTab: () => ours.newTab(), highlightPrefix: OURS_PREFIX },
    ];
    const first = group[0];
    if (first) await loadInTurns(contenders, server.url(first.path), 1, first.ready);
    const loads: Map<string, Load[]>[] = [];
    for (const page of group) {
      loads.push(await loadInTurns(contenders, server.url(page.path), runs, page.ready));
    }
    const naiveProfile = await naive.close();
    const oursProfile = await ours.close();
    keepGeckoProfiles(at / batch, group, loads, { naive: naiveProfile, ours: oursProfile });
    group.forEach((page, i) => {
      results.push({
        page: page.name,
        kb: page.kb,
        naive: (loads[i]?.get('naive') ?? []).map((l) => geckoFigure(naiveProfile, l)),
        ours: (loads[i]?.get('ours') ?? []).map((l) => geckoFigure(oursProfile, l)),
      });
    });
  }
  return results;
}

const loadNow = () => loadavg()[0]?.toFixed(1);

/** Profiles `pages` side by side in each of `options.browsers`; one table per browser, and every figure. */
export async function runSideBySide(
  pages: readonly BenchPage[],
  server: PageServer,
  options: SideBySideOptions,
): Promise<{ tables: BenchTable[]; figures: Record<string, PageSideBySide[]> }> {
  const naive = buildNaiveExtension();
  const tables: BenchTable[] = [];
  const figures: Record<string, PageSideBySide[]> = {};
  const title = (browser: string) => `${browser}, ${options.label}`;
  try {
    if (options.browsers.includes('chromium')) {
      const ours = snapshot(join(ROOT, 'dist/chrome'));
      const load = loadNow();
      try {
        figures.chromium = await profileChromium(
          pages,
          server,
          { naive: naive.chrome, ours: ours.dir },
          options.runs,
        );
      } finally {
        ours.remove();
      }
      const method = `DevTools trace + V8 sampling profiler, load average ${load}→${loadNow()}`;
      tables.push(
        sideBySideTable(title('Chromium'), method, options.runs, figures.chromium.map(summarizePage)),
      );
    }
    const firefoxPages = pages.filter((p) => p.firefox !== false);
    if (options.browsers.includes('firefox') && firefoxPages.length > 0) {
      const ours = snapshot(join(ROOT, 'dist/firefox'));
      const load = loadNow();
      try {
        figures.firefox = await profileFirefox(
          firefoxPages,
          server,
          { naive: naive.firefox, ours: ours.dir },
          options.runs,
          options.firefoxBatch,
        );
      } finally {
        ours.remove();
      }
      const method = `Gecko profiler, thread CPU per sample, load average ${load}→${loadNow()}`;
      tables.push(
        sideBySideTable(title('Firefox ESR'), method, options.runs, figures.firefox.map(summarizePage)),
      );
    }
  } finally {
    naive.remove();
  }
  return { tables, figures };
}
