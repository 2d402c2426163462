/**
 * Builds of Backstory's Chromium extension side by side with the naive highlighter, all loaded in
 * turns on the same pages in the same minutes (a profiling aid, not a bench module):
 * `npx tsx scripts/bench/profile/ab-chromium.ts name=dist/chrome other=/tmp/copy …`. Each build
 * runs in a browser of its own, as in the page-thread bench, and is measured the same way
 * (chromium-trace.ts); the order of the contenders flips every run. Prints, per page, each
 * build's median CPU and longest run; then each build's ratio to the naive highlighter's per page,
 * their median, its longest run and median compile, and each build against the first page by page
 * (pairedChange): a before/after pair read this way shares its loads' conditions, which two
 * separate bench runs do not.
 * Environment: BENCH_PAGES (20), BENCH_RUNS (3).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { median } from '../../sweep/report';
import { launchProfiledChromium } from './chromium-session';
import { loadInTurns } from './loads';
import { servedLargestPages } from './profile-pages';
import { abContenders, chromiumFigure, envNumber } from './run-side-by-side';
import { geometricMean, pairedLines, type RunFigure } from './side-by-side';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');

async function main(): Promise<void> {
  const { builds, contenders, remove } = abContenders(process.argv.slice(2), 'chrome', 'ab-chromium.ts');
  const runs = envNumber('BENCH_RUNS', 3);
  const served = await servedLargestPages(CORPUS_DIR, envNumber('BENCH_PAGES', 20), undefined);
  const browsers = await Promise.all(contenders.map((c) => launchProfiledChromium(c.dir)));
  const loaders = contenders.map((c, i) => ({
    name: c.name,
    newTab: () => (browsers[i] as (typeof browsers)[number]).newTab(),
    highlightPrefix: c.prefix,
  }));
  const started = loadavg()[0]?.toFixed(1);
  const perPage: { page: string; ms: Map<string, RunFigure[]> }[] = [];
  try {
    const warm = served.pages[served.pages.length - 1];
    if (warm) await loadInTurns(loaders, served.server.url(warm.path), 1);
    for (const page of served.pages) {
      const stops = await Promise.all(browsers.map((b) => b.startTrace()));
      const loads = await loadInTurns(loaders, served.server.url(page.path), runs);
      const traces = await Promise.all(stops.map((stop) => stop()));
      const ms = new Map<string, RunFigure[]>();
      contenders.forEach((c, i) => {
        ms.set(
          c.name,
          (loads.get(c.name) ?? []).map((load) => chromiumFigure(traces[i] ?? [], load)),
        );
      });
      perPage.push({ page: page.name, ms });
      const line = contenders
        .map((c) => {
          const longest = Math.max(...(ms.get(c.name) ?? []).map((f) => f.longestMs));
          return `${c.name} ${median(cpu(ms.get(c.name))).toFixed(1)} (longest ${longest.toFixed(1)})`;
        })
        .join(' | ');
      console.log(`${page.name}: ${line}`);
    }
  } finally {
    for (const b of browsers) await b.close();
    await served.server.close();
    remove();
  }
  console.log(`\nload average ${started} → ${loadavg()[0]?.toFixed(1)}; ${runs} loads per page and build`);
  for (const b of builds) {
    const ratios = perPage.map((p) => median(cpu(p.ms.get(b))) / median(cpu(p.ms.get('naive'))));
    const longest = Math.max(...perPage.flatMap((p) => (p.ms.get(b) ?? []).map((f) => f.longestMs)));
    const oursMedian = median(perPage.map((p) => median(cpu(p.ms.get(b)))));
    const naiveMedian = median(perPage.map((p) => median(cpu(p.ms.get('naive')))));
    const compile = median(perPage.flatMap((p) => (p.ms.get(b) ?? []).map((f) => f.compileMs ?? 0)));
    console.log(
      `${b}: median per-page ratio ${median(ratios.filter(Number.isFinite)).toFixed(2)}× ` +
        `(geometric mean ${geometricMean(ratios.filter((r) => Number.isFinite(r) && r > 0)).toFixed(2)}×) ` +
        `(median page ${oursMedian.toFixed(1)} / naive ${naiveMedian.toFixed(1)} ms), longest run ${longest.toFixed(1)} ms, ` +
        `median compile ${compile.toFixed(2)} ms; per page ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
    );
  }
  const medians = (name: string) => perPage.map((p) => median(cpu(p.ms.get(name))));
  for (const line of pairedLines(builds, medians)) console.log(line);
}

/** The CPU ms of the loads that did not fail. */
function cpu(figures: readonly RunFigure[] | undefined): number[] {
  return (figures ?? []).flatMap((f) => (f.error ? [] : [f.cpuMs]));
}

await main();
