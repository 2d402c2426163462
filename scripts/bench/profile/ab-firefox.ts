/**
 * Builds of Backstory's Firefox extension side by side with the naive highlighter, all loaded in
 * turns on the same pages in the same minutes (a profiling aid, not a bench module; the Chromium
 * counterpart is ab-chromium.ts): `npx tsx scripts/bench/profile/ab-firefox.ts name=dist/firefox
 * other=/tmp/copy …`. Each contender runs in a Firefox of its own that profiles itself
 * (firefox-session.ts), a fresh one per batch of pages as in the page-thread bench, after one
 * warm-up load of the batch's first page (not counted), and each load is measured exactly as the
 * bench measures it (geckoFigure); the contenders' order rotates every run (loads.ts turnOrder).
 * Prints, per page, each contender's median CPU and longest run; then each build's ratio to the
 * naive highlighter's per page, their median and its longest run, and each build against the
 * first page by page (pairedChange). Naming the same build twice (`main=… again=…`) measures the
 * spread between identical builds within one run.
 * Environment: BENCH_PAGES (20), BENCH_RUNS (3), BENCH_FIREFOX_BATCH (4), BENCH_JSON (every load's
 * figure, with its page, batch and turn).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { median } from '../../sweep/report';
import { launchProfiledFirefox } from './firefox-session';
import type { GeckoProfile } from './gecko-profile';
import { type Load, type LoadContender, loadInTurns } from './loads';
import { servedLargestPages } from './profile-pages';
import { abContenders, envNumber, geckoFigure } from './run-side-by-side';
import { geometricMean, pairedLines, type RunFigure } from './side-by-side';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');

/** One load's figure with where it was taken: its page, the batch (browser session) and its turn in the page. */
type PlacedFigure = RunFigure & { page: string; contender: string; batch: number; turn: number };

async function main(): Promise<void> {
  const { builds, contenders, remove } = abContenders(process.argv.slice(2), 'firefox', 'ab-firefox.ts');
  const runs = envNumber('BENCH_RUNS', 3);
  const batch = envNumber('BENCH_FIREFOX_BATCH', 4);
  const served = await servedLargestPages(CORPUS_DIR, envNumber('BENCH_PAGES', 20), undefined);
  const started = loadavg()[0]?.toFixed(1);
  const figures: PlacedFigure[] = [];
  try {
    for (let at = 0; at < served.pages.length; at += batch) {
      const group = served.pages.slice(at, at + batch);
      const browsers = await Promise.all(contenders.map((c) => launchProfiledFirefox(c.dir)));
      const loaders: LoadContender[] = contenders.map((c, i) => ({
        name: c.name,
        newTab: () => (browsers[i] as (typeof browsers)[number]).newTab(),
        highlightPrefix: c.prefix,
      }));
      const pageLoads: Map<string, Load[]>[] = [];
      try {
        const first = group[0];
        if (first) await loadInTurns(loaders, served.server.url(first.path), 1);
        for (const page of group)
          pageLoads.push(await loadInTurns(loaders, served.server.url(page.path), runs));
      } finally {
        const profiles: GeckoProfile[] = [];
        for (const b of browsers) profiles.push(await b.close());
        group.forEach((page, p) => {
          contenders.forEach((c, i) => {
            const profile = profiles[i];
            (pageLoads[p]?.get(c.name) ?? []).forEach((load, turn) => {
              if (!profile) return;
              figures.push({
                ...geckoFigure(profile, load),
                page: page.name,
                contender: c.name,
                batch: at / batch,
                turn,
              });
            });
          });
        });
      }
      for (const page of group) {
        const line = contenders
          .map((c) => {
            const own = figures.filter((f) => f.page === page.name && f.contender === c.name);
            const longest = Math.max(0, ...own.map((f) => f.longestMs));
            return `${c.name} ${median(cpu(own)).toFixed(1)} (longest ${longest.toFixed(1)})`;
          })
          .join(' | ');
        console.log(`${page.name}: ${line}`);
      }
    }
  } finally {
    await served.server.close();
    remove();
  }
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 1));
  console.log(
    `\nload average ${started} → ${loadavg()[0]?.toFixed(1)}; ${runs} loads per page and contender`,
  );
  const pages = served.pages.map((p) => p.name);
  const medians = (name: string) =>
    pages.map((page) => median(cpu(figures.filter((f) => f.page === page && f.contender === name))));
  const naiveMedians = medians('naive');
  for (const b of builds) {
    const ours = medians(b);
    const ratios = ours.map((ms, i) => ms / (naiveMedians[i] ?? Number.NaN));
    const longest = Math.max(0, ...figures.filter((f) => f.contender === b).map((f) => f.longestMs));
    const failed = figures.filter((f) => f.contender === b && f.error).length;
    console.log(
      `${b}: median per-page ratio ${median(ratios.filter(Number.isFinite)).toFixed(2)}× ` +
        `(geometric mean ${geometricMean(ratios.filter((r) => Number.isFinite(r) && r > 0)).toFixed(2)}×) ` +
        `(median page ${median(ours).toFixed(1)} / naive ${median(naiveMedians).toFixed(1)} ms), ` +
        `longest run ${longest.toFixed(1)} ms, failed loads ${failed}; per page ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
    );
  }
  for (const line of pairedLines(builds, medians)) console.log(line);
}

/** The CPU ms of the loads that did not fail. */
function cpu(figures: readonly RunFigure[]): number[] {
  return figures.flatMap((f) => (f.error ? [] : [f.cpuMs]));
}

await main();
