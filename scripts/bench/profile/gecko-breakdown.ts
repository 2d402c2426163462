/**
 * Where Backstory's page-thread time goes in Firefox ESR, per corpus page (a profiling aid, not a
 * bench module; the Chromium counterpart is breakdown.ts):
 * `npx tsx scripts/bench/profile/gecko-breakdown.ts [pages=8] [runs=1] [name,name…]`.
 * Loads the largest saved pages (or only the named ones among them) in a Firefox that profiles
 * itself (firefox-session.ts) with `dist/firefox` (its content.js rebuilt unminified, so the frames
 * carry function names), and prints per load the content script's CPU by innermost extension
 * function ← leaf frame (a DOM method, style, layout, GC or a JS function) and by the leaf's
 * profiler category, and its longest slices (gecko-attribution.ts) with what they hold.
 * `GECKO_PROFILE=file`: keep the raw profile there (and the loads beside it, `file.loads.json`);
 * if both already exist, read them instead of profiling again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchProfiledFirefox } from './firefox-session';
import { type GeckoBreakdown, geckoBreakdown } from './gecko-attribution';
import { type GeckoProfile, geckoMarkWindow } from './gecko-profile';
import { type Load, loadInTurns } from './loads';
import { servedProfilePages } from './profile-pages';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const URL_PREFIX = 'moz-extension://';

type PageLoads = { name: string; loads: Load[] };

const ms = (value: number) => value.toFixed(1);
const top = (entries: [string, number][], count: number) =>
  entries
    .slice(0, count)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join('; ');

function report(name: string, load: Load, b: GeckoBreakdown): void {
  const longest = Math.max(0, ...b.slices.map((s) => s.cpuMs));
  console.log(
    `\n## ${name} (${load.highlights} highlights): ≈${ms(b.cpuMs)} ms CPU, ${b.slices.length} slices, longest ${ms(longest)} ms`,
  );
  console.log(`  by category: ${top(b.categories, 8)}`);
  for (const slice of [...b.slices].sort((x, y) => y.cpuMs - x.cpuMs).slice(0, 5)) {
    console.log(`  slice ${ms(slice.cpuMs)} ms at +${ms(slice.atMs)}: ${top(slice.labels, 5)}`);
  }
  console.log('  totals (innermost extension frame ← leaf):');
  for (const [label, value] of b.labels.slice(0, 16))
    console.log(`    ${ms(value).padStart(7)} ms  ${label}`);
}

async function profilePages(count: number, runs: number, only: string[] | undefined) {
  const { ours, pages, server } = await servedProfilePages(
    resolve(ROOT, 'dist/firefox'),
    'firefox',
    CORPUS_DIR,
    count,
    only,
  );
  const firefox = await launchProfiledFirefox(ours.dir);
  const contender = { name: 'ours', newTab: () => firefox.newTab(), highlightPrefix: 'backstory-' };
  const results: PageLoads[] = [];
  try {
    const warm = pages[pages.length - 1];
    if (warm) await loadInTurns([contender], server.url(warm.path), 1);
    for (const page of pages) {
      const loads = (await loadInTurns([contender], server.url(page.path), runs)).get('ours') ?? [];
      results.push({ name: page.name, loads });
    }
    return { profile: await firefox.close(), results };
  } finally {
    await server.close();
    ours.remove();
  }
}

async function main(): Promise<void> {
  const saved = process.env.GECKO_PROFILE;
  let profile: GeckoProfile;
  let results: PageLoads[];
  if (saved && existsSync(saved) && existsSync(`${saved}.loads.json`)) {
    profile = JSON.parse(readFileSync(saved, 'utf8')) as GeckoProfile;
    results = JSON.parse(readFileSync(`${saved}.loads.json`, 'utf8')) as PageLoads[];
  } else {
    const only = process.argv[4]?.split(',');
    ({ profile, results } = await profilePages(
      Number(process.argv[2] ?? 8),
      Number(process.argv[3] ?? 1),
      only,
    ));
    if (saved) {
      writeFileSync(saved, JSON.stringify(profile));
      writeFileSync(`${saved}.loads.json`, JSON.stringify(results));
    }
  }
  for (const { name, loads } of results) {
    for (const load of loads) {
      const window = geckoMarkWindow(profile, `${load.token}:begin`, `${load.token}:end`);
      if (load.error || !window) console.log(`\n## ${name}: no figure (${load.error ?? 'marks missing'})`);
      else report(name, load, geckoBreakdown(profile, window, URL_PREFIX));
    }
  }
}

await main();
