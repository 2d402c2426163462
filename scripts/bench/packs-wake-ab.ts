/**
 * Wakes of two builds side by side (docs/performance.md, "Knowledge packs at scale"): each
 * test-hooks build in its own Chromium with the synthetic pack added from a file, taking turns,
 * the order flipping every round. Per round and build: a cold wake (cache forgotten, compile), a
 * cached wake, and a bare wake (`get-settings`, no knowledge); the cold and cached wakes are each
 * followed by a first recognize in the woken worker. Two copies of one build give the
 * A/A spread.
 *
 *   npx tsx scripts/bench/packs-wake-ab.ts DIST_A DIST_B   (BENCH_WAKES rounds, default 6)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeTempDir } from '../../tests/browser/harness';
import { syntheticPack } from '../lib/synthetic-pack';
import { median } from '../sweep/report';
import { addPackFile, bareWake, openPacksSession, type PacksSession, wake } from './packs-session';
import { envNumber, snapshot } from './profile/run-side-by-side';

type Row = {
  cold: number[];
  cached: number[];
  bare: number[];
  compile: number[];
  restore: number[];
  /** The wake's round trip plus the woken worker's first recognize. */
  coldRecognize: number[];
  cachedRecognize: number[];
  /** A cached wake's first recognize: reading the snapshot, restoring it, recognizing (NaN: not reported). */
  snapshotRead: number[];
  snapshotRestore: number[];
  recognizeAfter: number[];
};

async function round(s: PacksSession, row: Row): Promise<void> {
  const cold = await wake(s, true);
  row.cold.push(cold.ms);
  row.compile.push(cold.timings.loadMs + cold.timings.compileMs);
  row.coldRecognize.push(cold.ms + cold.recognizeMs);
  const cached = await wake(s, false);
  row.cached.push(cached.ms);
  row.restore.push(cached.timings.loadMs + cached.timings.compileMs);
  row.cachedRecognize.push(cached.ms + cached.recognizeMs);
  const build = cached.builds[0];
  row.snapshotRead.push(build?.readMs ?? Number.NaN);
  row.snapshotRestore.push(build?.readMs === undefined ? Number.NaN : build.ms - build.readMs);
  row.recognizeAfter.push(build === undefined ? Number.NaN : cached.recognizeMs - build.ms);
  row.bare.push(await bareWake(s));
}

async function main(): Promise<void> {
  const dists = process.argv.slice(2);
  if (dists.length !== 2) throw new Error('usage: packs-wake-ab.ts DIST_A DIST_B');
  const copies = dists.map((d) => snapshot(d));
  const pack = syntheticPack(envNumber('BENCH_PACK_ENTITIES', 10_000));
  const dir = mkdtempSync(join(tmpdir(), 'backstory-wake-ab-'));
  const file = join(dir, `${pack.id}.json`);
  writeFileSync(file, JSON.stringify(pack));
  const sessions: PacksSession[] = [];
  const load = [loadavg()[0]];
  try {
    for (const copy of copies) sessions.push(await openPacksSession(copy.dir));
    for (const s of sessions) await addPackFile(s, file, pack.id);
    const rows: Row[] = sessions.map(() => ({
      cold: [],
      cached: [],
      bare: [],
      compile: [],
      restore: [],
      coldRecognize: [],
      cachedRecognize: [],
      snapshotRead: [],
      snapshotRestore: [],
      recognizeAfter: [],
    }));
    for (let i = 0; i < envNumber('BENCH_WAKES', 6); i++) {
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) await round(sessions[k] as PacksSession, rows[k] as Row);
    }
    load.push(loadavg()[0]);
    console.log(`load average ${load.map((l) => l?.toFixed(1)).join(' → ')}; medians in ms`);
    console.log(
      'build | cached wake | cold wake | bare wake | knowledge cached | knowledge cold | ratio | cached + recognize | cold + recognize | ratio',
    );
    rows.forEach((r, k) => {
      const m = (xs: number[]) => median(xs).toFixed(0);
      const ratio = (median(r.cold) / median(r.cached)).toFixed(2);
      const withRecognize = (median(r.coldRecognize) / median(r.cachedRecognize)).toFixed(2);
      console.log(
        `${dists[k]} | ${m(r.cached)} | ${m(r.cold)} | ${m(r.bare)} | ${m(r.restore)} | ${m(r.compile)} | ${ratio}× | ${m(r.cachedRecognize)} | ${m(r.coldRecognize)} | ${withRecognize}×`,
      );
      console.log(`  cached wakes: ${r.cached.map((x) => x.toFixed(0)).join(' ')}`);
      console.log(`  bare wakes:   ${r.bare.map((x) => x.toFixed(0)).join(' ')}`);
      const split = (xs: number[]) => (xs.some(Number.isNaN) ? '–' : median(xs).toFixed(1));
      console.log(
        `  cached first recognize: snapshot read ${split(r.snapshotRead)}, restore ${split(r.snapshotRestore)}, recognize ${split(r.recognizeAfter)}`,
      );
    });
  } finally {
    for (const s of sessions) await s.close();
    for (const copy of copies) copy.remove();
    removeTempDir(dir);
  }
}

// Only as a command: `npm run bench` imports every module of this folder to find its benchmarks,
// and running this one there ended every bench run with "--only is missing".
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
