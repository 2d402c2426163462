/**
 * Same-process A/B of recognize(): this tree's recognizer and other checkouts' (each compiled from
 * its own bundled pack and its own 10,000-entity synthetic pack) loaded into one Node process and
 * called in turn — the order rotating every round, a full GC before every timed call — on the
 * texts the recognition bench builds (recognition.ts: 10 KB, 1 MB, 10 MB, this tree's aliases).
 * Reports CPU ms per call (process.cpuUsage), min and median per cell, and this tree's median and
 * min over each other tree's. On a shared box this is the decision figure where the bench's
 * sequential runs are noisy; an A/A pair (two checkouts of one commit) shows the method's spread.
 *
 *   npx tsx scripts/bench/recognition-ab.ts [--bundle] TREE... [--same TREE...]
 *
 * `--bundle`: each tree's recognizer is first built by Vite (Rollup, minified, the extension's
 * target) into one ES module and that is timed, as the extension ships it. Without it the trees'
 * TypeScript runs under tsx, which compiles every use of an imported binding to a getter call
 * (CommonJS interop) that the extension's bundle does not have. The packs are read through tsx
 * either way.
 *
 * `--same TREE`: also check that TREE gives exactly this tree's mentions on the timed texts and
 * on random trap texts (recognition-same.ts). BENCH_AB_ROUNDS scales the rounds (default 1).
 *
 * BENCH_AB_SETTLE_MS (default 0): after each full GC, wait this long before the timed call. The GC
 * leaves sweeping to V8's helper threads, and process.cpuUsage counts every thread: without the
 * wait, a timed batch is charged with that work up to its own length, so a slower tree's longer
 * 10 KB batch takes more of it than a faster tree's (docs/performance.md, speed10l).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Pack } from '../../src/knowledge/schema';
import { median } from '../sweep/report';
import { envNumber } from './profile/run-side-by-side';
import { newsText, SYNTHETIC_ENTITIES, sprinkleAliases, TEXT_SIZES, WARM_UP_CHARS } from './recognition';
import { compareMentions } from './recognition-same';

type Mentions = readonly { entity: string; start: number; end: number }[];
type Recognize = (text: string) => Mentions;
type Recognizer = { recognize: Recognize };
type PackName = 'bundled' | 'synthetic';
type Tree = { label: string; packs: Record<PackName, Pack>; compile(pack: Pack): Recognize };

const THIS_TREE = resolve(import.meta.dirname, '../..');
const PACKS: readonly PackName[] = ['bundled', 'synthetic'];
/** Per text size: calls per timed sample (10 KB calls are too short to time one by one) and rounds. */
const PLAN: Record<string, { batch: number; rounds: number }> = {
  '10 KB': { batch: 40, rounds: 30 },
  '1 MB': { batch: 1, rounds: 30 },
  '10 MB': { batch: 1, rounds: 8 },
};
const WARM_UP_RUNS = 30;
const RANDOM_TEXTS = 300;
const SETTLE_MS = envNumber('BENCH_AB_SETTLE_MS', 0);
const settleCell = new Int32Array(new SharedArrayBuffer(4));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e3;
}

function commitOf(root: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src') !== '';
  return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+changes' : ''}`;
}

/** BUNDLE_TARGET in vite.config.ts, repeated so that older trees without it can be built too. */
const BUNDLE_TARGET = ['chrome120', 'firefox128'];

/** The tree's src/recognition/index.ts built by Vite into one minified ES module, imported. */
async function bundledIndex(root: string): Promise<{ compileRecognizer: (pack: Pack) => Recognizer }> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'recognition-ab-'));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      target: BUNDLE_TARGET,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      emptyOutDir: true,
      lib: {
        entry: join(root, 'src/recognition/index.ts'),
        formats: ['es'],
        fileName: () => 'recognition.js',
      },
    },
  });
  return import(pathToFileURL(join(outDir, 'recognition.js')).href);
}

async function loadTree(root: string, bundle: boolean): Promise<Tree> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const index = bundle ? await bundledIndex(root) : await load('src/recognition/index.ts');
  const packFile = await load('scripts/lib/load-pack-file.ts');
  const synthetic = await load('scripts/lib/synthetic-pack.ts');
  return {
    label: `${root} (${commitOf(root)}${bundle ? ', bundle' : ''})`,
    packs: { bundled: packFile.loadPackFile(), synthetic: synthetic.syntheticPack(SYNTHETIC_ENTITIES) },
    compile: (pack) => {
      const recognizer = index.compileRecognizer(pack);
      return (text) => recognizer.recognize(text);
    },
  };
}

/** CPU ms per call of each recognizer, one sample per round, the order rotating each round. */
function timeCell(
  recognizers: readonly Recognize[],
  text: string,
  batch: number,
  rounds: number,
): number[][] {
  const samples = recognizers.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < recognizers.length; j++) {
      const k = (round + j) % recognizers.length;
      const recognize = recognizers[k] as Recognize;
      gc();
      if (SETTLE_MS > 0) Atomics.wait(settleCell, 0, 0, SETTLE_MS);
      const started = cpuMs();
      for (let b = 0; b < batch; b++) recognize(text);
      (samples[k] as number[]).push((cpuMs() - started) / batch);
    }
  }
  return samples;
}

const fixed = (value: number, digits = 2) => value.toFixed(value >= 100 ? 0 : digits);

function reportCell(
  pack: PackName,
  size: string,
  chars: number,
  trees: readonly Tree[],
  samples: number[][],
): void {
  const mine = samples[samples.length - 1] as number[];
  const cells = samples.map((s) => {
    const mbS = chars / 1e6 / (median(s) / 1e3);
    return `${fixed(Math.min(...s))} / ${fixed(median(s))} (${fixed(mbS, 1)} MB/s)`;
  });
  const ratios = samples.slice(0, -1).map((s) => {
    const byMedian = median(mine) / median(s);
    return `${byMedian.toFixed(2)} / ${(Math.min(...mine) / Math.min(...s)).toFixed(2)}`;
  });
  console.log(`| ${pack} | ${size} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  void trees;
}

function header(trees: readonly Tree[]): void {
  const others = trees.slice(0, -1);
  console.log(
    `| pack | text | ${trees.map((t) => `${t.label} min / median ms`).join(' | ')} | ${others
      .map((t) => `this ÷ ${t.label} median / min`)
      .join(' | ')} |`,
  );
  console.log(`| --- | --- |${' ---: |'.repeat(trees.length + others.length)}`);
}

function argsOf(all: readonly string[]): { trees: string[]; same: string[]; bundle: boolean } {
  const argv = all.filter((a) => a !== '--bundle');
  const at = argv.indexOf('--same');
  const trees = (at === -1 ? argv : argv.slice(0, at)).map((t) => resolve(t));
  const same = at === -1 ? [] : argv.slice(at + 1).map((t) => resolve(t));
  if (trees.length + same.length === 0) throw new Error('usage: recognition-ab.ts TREE... [--same TREE...]');
  return { trees, same, bundle: argv.length < all.length };
}

async function main(): Promise<void> {
  const { trees: roots, same, bundle } = argsOf(process.argv.slice(2));
  const trees: Tree[] = [];
  // One at a time: each Vite build runs in this process.
  for (const root of [...roots, THIS_TREE]) trees.push(await loadTree(root, bundle));
  const mine = trees[trees.length - 1] as Tree;
  const sameTrees: Tree[] = [];
  for (const root of same) sameTrees.push(await loadTree(root, bundle));
  const scale = envNumber('BENCH_AB_ROUNDS', 1);
  console.log(
    `# recognition A/B — ${new Date().toISOString()}${SETTLE_MS > 0 ? ` — ${SETTLE_MS} ms settle after each GC` : ''} — load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  header(trees);
  for (const pack of PACKS) {
    const recognizers = trees.map((t) => t.compile(t.packs[pack]));
    const aliases = sprinkleAliases(mine.packs[pack]);
    const warm = newsText(WARM_UP_CHARS, aliases, 1);
    for (let i = 0; i < WARM_UP_RUNS; i++) for (const recognize of recognizers) recognize(warm);
    const texts = TEXT_SIZES.map((size) => newsText(size.chars, aliases, size.chars));
    TEXT_SIZES.forEach((size, s) => {
      const plan = PLAN[size.label] ?? { batch: 1, rounds: 8 };
      const text = texts[s] as string;
      const samples = timeCell(recognizers, text, plan.batch, Math.max(2, Math.round(plan.rounds * scale)));
      reportCell(pack, size.label, text.length, trees, samples);
    });
    for (const tree of sameTrees) {
      const theirs = tree.compile(tree.packs[pack]);
      const report = compareMentions(
        theirs,
        recognizers[recognizers.length - 1] as Recognize,
        mine.packs[pack],
        texts,
        RANDOM_TEXTS,
      );
      console.log(
        `same mentions, ${pack}, ${tree.label} vs this: ${report.texts - report.differing} of ${report.texts} texts identical` +
          (report.example === undefined ? '' : `; first difference: ${report.example}`),
      );
    }
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

// Only as a command: `npm run bench` imports every module of this folder to find its benchmarks.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
