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
 * if both already exist, read them instead of profiling again. With `GECKO_NAIVE=1` the naive
 * highlighter (the page-thread bench's baseline) is loaded in turns with it, in a Firefox of its
 * own, and broken down the same way (its profile kept as `file.naive.json`). `GECKO_PARTS=1`
 * prints, instead of every load, one table: per page the mean CPU ms a load of each part of ours
 * (gecko-attribution.ts contentPart) and of the naive highlighter in all.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNaiveExtension, NAIVE_HIGHLIGHT } from '../naive/build';
import { launchProfiledFirefox } from './firefox-session';
import { CONTENT_PARTS, contentPart, type GeckoBreakdown, geckoBreakdown } from './gecko-attribution';
import { type GeckoProfile, geckoMarkWindow } from './gecko-profile';
import { type Load, loadInTurns } from './loads';
import { servedProfilePages } from './profile-pages';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability-pages');
const URL_PREFIX = 'moz-extension://';

type PageLoads = { name: string; loads: Load[] };
/** One contender's profile and its loads per page. */
type Profiled = { contender: string; profile: GeckoProfile; results: PageLoads[] };

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

async function profilePages(count: number, runs: number, only: string[] | undefined): Promise<Profiled[]> {
  const { ours, pages, server } = await servedProfilePages(
    resolve(ROOT, 'dist/firefox'),
    'firefox',
    CORPUS_DIR,
    count,
    only,
  );
  const naive = process.env.GECKO_NAIVE ? buildNaiveExtension() : undefined;
  const browsers = [{ name: 'ours', firefox: await launchProfiledFirefox(ours.dir), prefix: 'backstory-' }];
  if (naive)
    browsers.push({
      name: 'naive',
      firefox: await launchProfiledFirefox(naive.firefox),
      prefix: NAIVE_HIGHLIGHT,
    });
  const contenders = browsers.map((b) => ({
    name: b.name,
    newTab: () => b.firefox.newTab(),
    highlightPrefix: b.prefix,
  }));
  const results = new Map<string, PageLoads[]>(browsers.map((b) => [b.name, []]));
  try {
    const warm = pages[pages.length - 1];
    if (warm) await loadInTurns(contenders, server.url(warm.path), 1);
    for (const page of pages) {
      const loads = await loadInTurns(contenders, server.url(page.path), runs);
      for (const b of browsers)
        results.get(b.name)?.push({ name: page.name, loads: loads.get(b.name) ?? [] });
    }
    const profiled: Profiled[] = [];
    for (const b of browsers)
      profiled.push({
        contender: b.name,
        profile: await b.firefox.close(),
        results: results.get(b.name) ?? [],
      });
    return profiled;
  } finally {
    await server.close();
    ours.remove();
    naive?.remove();
  }
}

/** Where contender `name`'s profile is kept: `saved` for ours, `saved` with `.<name>.json` otherwise. */
const keptAt = (saved: string, name: string) =>
  name === 'ours' ? saved : saved.replace(/(\.json)?$/, `.${name}.json`);

function readKept(saved: string): Profiled[] {
  const names = ['ours', 'naive'].filter(
    (n) => existsSync(keptAt(saved, n)) && existsSync(`${keptAt(saved, n)}.loads.json`),
  );
  return names.map((contender) => ({
    contender,
    profile: JSON.parse(readFileSync(keptAt(saved, contender), 'utf8')) as GeckoProfile,
    results: JSON.parse(readFileSync(`${keptAt(saved, contender)}.loads.json`, 'utf8')) as PageLoads[],
  }));
}

/** Each load's breakdown, per page, for one contender (loads without a window left out). */
function breakdowns({ profile, results }: Profiled): Map<string, GeckoBreakdown[]> {
  const byPage = new Map<string, GeckoBreakdown[]>();
  for (const { name, loads } of results) {
    const own = byPage.get(name) ?? [];
    byPage.set(name, own);
    for (const load of loads) {
      const window = geckoMarkWindow(profile, `${load.token}:begin`, `${load.token}:end`);
      if (!load.error && window) own.push(geckoBreakdown(profile, window, URL_PREFIX));
    }
  }
  return byPage;
}

/** Per page: ours in all and by part, the naive highlighter in all (mean CPU ms a load), as a Markdown table. */
function partsTable(profiled: Profiled[]): void {
  const ours = profiled.find((p) => p.contender === 'ours');
  const naive = profiled.find((p) => p.contender === 'naive');
  if (!ours) return;
  const parts = [...CONTENT_PARTS.map(([part]) => part), 'GC', 'other'];
  const oursLoads = breakdowns(ours);
  const naiveLoads = naive ? breakdowns(naive) : new Map<string, GeckoBreakdown[]>();
  const mean = (values: number[]) =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const rows: number[][] = [];
  const pages: string[] = [];
  for (const [page, loads] of oursLoads) {
    const partMs = (part: string, b: GeckoBreakdown) =>
      b.labels.reduce((sum, [label, value]) => sum + (contentPart(label) === part ? value : 0), 0);
    pages.push(`${page} (${loads.length})`);
    rows.push([
      mean(loads.map((b) => b.cpuMs)),
      ...parts.map((part) => mean(loads.map((b) => partMs(part, b)))),
      mean((naiveLoads.get(page) ?? []).map((b) => b.cpuMs)),
    ]);
  }
  console.log(`| page (loads) | ours | ${parts.join(' | ')} | naive |`);
  console.log(`| --- | ${['ours', ...parts, 'naive'].map(() => '---:').join(' | ')} |`);
  rows.forEach((row, i) => {
    console.log(`| ${pages[i]} | ${row.map(ms).join(' | ')} |`);
  });
  const means = (rows[0] ?? []).map((_, c) => mean(rows.map((row) => row[c] ?? 0)));
  console.log(`| mean of the pages | ${means.map(ms).join(' | ')} |`);
}

async function main(): Promise<void> {
  const saved = process.env.GECKO_PROFILE;
  let profiled: Profiled[];
  if (saved && existsSync(saved) && existsSync(`${saved}.loads.json`)) {
    profiled = readKept(saved);
  } else {
    const only = process.argv[4]?.split(',');
    profiled = await profilePages(Number(process.argv[2] ?? 8), Number(process.argv[3] ?? 1), only);
    if (saved) {
      for (const { contender, profile, results } of profiled) {
        writeFileSync(keptAt(saved, contender), JSON.stringify(profile));
        writeFileSync(`${keptAt(saved, contender)}.loads.json`, JSON.stringify(results));
      }
    }
  }
  if (process.env.GECKO_PARTS) {
    partsTable(profiled);
    return;
  }
  for (const { contender, profile, results } of profiled) {
    for (const { name, loads } of results) {
      for (const load of loads) {
        const window = geckoMarkWindow(profile, `${load.token}:begin`, `${load.token}:end`);
        const title = contender === 'ours' ? name : `${name} [${contender}]`;
        if (load.error || !window) console.log(`\n## ${title}: no figure (${load.error ?? 'marks missing'})`);
        else report(title, load, geckoBreakdown(profile, window, URL_PREFIX));
      }
    }
  }
}

await main();
