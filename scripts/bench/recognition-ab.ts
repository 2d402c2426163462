/**
 * A/B of recognize(): this tree's recognizer and other checkouts' (each compiled from its own
 * bundled pack and its own 10,000-entity synthetic pack), each tree in a child process of its own
 * (recognition-ab-child.ts), timed in turn — the order rotating every round, one child busy at a
 * time — on the texts the recognition bench builds (recognition.ts: 10 KB, 1 MB, 10 MB, this
 * tree's aliases), written once by this process for every child; each cell's first rounds are run
 * the same way and dropped (PLAN). Reports CPU ms per call
 * (process.cpuUsage of the child), min and median per cell, and this tree's median and min over
 * each other tree's; then each tree's median in the first and the second half of the rounds (a
 * drift over the run shows there) and the helper-thread CPU the child waited out after each GC.
 * On a shared box this is the decision figure where the bench's sequential runs are noisy; an A/A
 * pair (two checkouts of one commit) shows the method's spread.
 *
 *   npx tsx scripts/bench/recognition-ab.ts [--bundle] TREE... [--same TREE...]
 *
 * `--bundle`: each tree's recognizer is first built by Vite (Rollup, minified, the extension's
 * target) into one ES module and that is timed, as the extension ships it. Without it the trees'
 * TypeScript runs under tsx, which compiles every use of an imported binding to a getter call
 * (CommonJS interop) that the extension's bundle does not have. The packs are read through tsx
 * either way.
 *
 * `--same TREE`: also check, in this process, that TREE gives exactly this tree's mentions on the
 * timed texts and on random trap texts (recognition-same.ts). BENCH_AB_ROUNDS scales the rounds
 * (default 1).
 *
 * BENCH_AB_V8_FLAGS: V8 flags every child is forked with, the same for every tree, printed in the
 * header — e.g. `--maglev`: the extension's recognizer runs in Chrome's service worker, whose V8 has
 * the Maglev tier on by default, and node 20's has it off (docs/performance.md, speed10x).
 *
 * BENCH_AB_PACK_TREE: a checkout whose packs every tree is timed on (read through that checkout's
 * own pack loaders), instead of each tree's own: so a cell compares the trees' code on one pack
 * rather than code and pack growth together. The texts stay this tree's either way.
 *
 * Why a process per tree, and the wait after each GC (docs/performance.md, speed10o): before each
 * timed batch the child runs a full GC, which leaves its sweeping to V8's helper threads, and
 * process.cpuUsage counts every thread. With every tree in one process (the method until 2 Dec
 * 2026) that sweeping covered all trees' packs and texts and landed on a batch up to the batch's
 * own length, so a slower tree's 10 KB batch took more of it. Now a child holds one tree, one pack
 * and the texts, waits until its helper threads are quiet before the batch, and is charged with the
 * helper CPU that runs after the batch (its own garbage's).
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { envNumber } from './profile/run-side-by-side';
import { newsText, SYNTHETIC_ENTITIES, sprinkleAliases, TEXT_SIZES, WARM_UP_CHARS } from './recognition';
import {
  type PackName,
  type Reply,
  type Request,
  type Texts,
  treePack,
  treeRecognizer,
} from './recognition-ab-child';
import {
  abHeader,
  abRow,
  rotation,
  stabilityHeader,
  stabilityRow,
  v8FlagsNote,
  v8FlagsOf,
} from './recognition-ab-summary';
import { compareMentions } from './recognition-same';

type Mentions = readonly { entity: string; start: number; end: number }[];
type Recognize = (text: string) => Mentions;
/** A tree to time: its checkout, its label and the module its recognizer comes from. */
type Tree = { root: string; label: string; module: string };

const THIS_TREE = resolve(import.meta.dirname, '../..');
const CHILD = join(import.meta.dirname, 'recognition-ab-child.ts');
const PACKS: readonly PackName[] = ['bundled', 'synthetic'];
/**
 * Per text size: calls per timed sample (10 KB calls are too short to time one by one), rounds,
 * and rounds run the same way first and dropped (main's first rounds of a cell ran up to 1.7×
 * slower than its last in the first run of this method, 1d378aa's not: docs/performance.md).
 */
const PLAN: Record<string, { batch: number; rounds: number; dropped: number }> = {
  '10 KB': { batch: 40, rounds: 30, dropped: 10 },
  '1 MB': { batch: 1, rounds: 30, dropped: 10 },
  '10 MB': { batch: 1, rounds: 8, dropped: 2 },
};
const WARM_UP_RUNS = 30;
const RANDOM_TEXTS = 300;

function commitOf(root: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src') !== '';
  return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+changes' : ''}`;
}

/** BUNDLE_TARGET in vite.config.ts, repeated so that older trees without it can be built too. */
const BUNDLE_TARGET = ['chrome120', 'firefox128'];

/** The tree's src/recognition/index.ts built by Vite into one minified ES module: its path. */
async function bundledIndex(root: string): Promise<string> {
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
        // .mjs: tsx (the children's loader) re-transforms a .js file outside node_modules (to
        // CommonJS, with esbuild's keepNames, a __name call for every arrow made in a constant,
        // each call); an .mjs file it leaves as built (docs/performance.md, speed10q).
        fileName: () => 'recognition.mjs',
      },
    },
  });
  return join(outDir, 'recognition.mjs');
}

async function prepareTree(root: string, bundle: boolean): Promise<Tree> {
  return {
    root,
    label: `${root} (${commitOf(root)}${bundle ? ', bundle' : ''})`,
    module: bundle ? await bundledIndex(root) : join(root, 'src/recognition/index.ts'),
  };
}

/** In this process (untimed): the tree's recognizer on the pack of `packRoot` (the tree's own when undefined). */
async function recognizerOf(tree: Tree, pack: PackName, packRoot: string | undefined): Promise<Recognize> {
  return treeRecognizer<Mentions>(
    tree.module,
    await treePack(packRoot ?? tree.root, pack, SYNTHETIC_ENTITIES),
  );
}

/** A forked child holding one tree; `ask` sends a request and resolves with the child's next reply. */
type Child = { ask(request: Request): Promise<Reply>; close(): void };

function forkChild(v8Flags: readonly string[]): Child {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: [...process.execArgv, '--expose-gc', ...v8Flags],
    stdio: 'inherit',
  });
  let pending: { resolve(reply: Reply): void; reject(error: Error): void } | undefined;
  child.on('message', (reply: Reply) => {
    const waiting = pending;
    pending = undefined;
    if (reply.kind === 'error') waiting?.reject(new Error(`recognition-ab child: ${reply.message}`));
    else waiting?.resolve(reply);
  });
  child.on('exit', (code) => pending?.reject(new Error(`recognition-ab child exited (${code})`)));
  return {
    ask: (request) =>
      new Promise<Reply>((resolvePromise, reject) => {
        pending = { resolve: resolvePromise, reject };
        child.send(request);
      }),
    close: () => {
      child.send({ kind: 'exit' } satisfies Request);
    },
  };
}

/** CPU ms per call and helper CPU waited out, per tree, one sample per round, the order rotating each round. */
async function timeCell(
  children: readonly Child[],
  text: number,
  batch: number,
  rounds: number,
): Promise<{ samples: number[][]; settles: number[][] }> {
  const samples = children.map((): number[] => []);
  const settles = children.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const k of rotation(round, children.length)) {
      const reply = await (children[k] as Child).ask({ kind: 'time', text, batch });
      if (reply.kind !== 'sample') throw new Error(`recognition-ab: expected a sample, got ${reply.kind}`);
      (samples[k] as number[]).push(reply.msPerCall);
      (settles[k] as number[]).push(reply.settleMs);
    }
  }
  return { samples, settles };
}

function argsOf(all: readonly string[]): { trees: string[]; same: string[]; bundle: boolean } {
  const argv = all.filter((a) => a !== '--bundle');
  const at = argv.indexOf('--same');
  const trees = (at === -1 ? argv : argv.slice(0, at)).map((t) => resolve(t));
  const same = at === -1 ? [] : argv.slice(at + 1).map((t) => resolve(t));
  if (trees.length + same.length === 0) throw new Error('usage: recognition-ab.ts TREE... [--same TREE...]');
  return { trees, same, bundle: argv.length < all.length };
}

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const { trees: roots, same, bundle } = argsOf(process.argv.slice(2));
  const trees: Tree[] = [];
  // One at a time: each Vite build runs in this process.
  for (const root of [...roots, THIS_TREE]) trees.push(await prepareTree(root, bundle));
  const mine = trees[trees.length - 1] as Tree;
  const sameTrees: Tree[] = [];
  for (const root of same) sameTrees.push(await prepareTree(root, bundle));
  const scale = envNumber('BENCH_AB_ROUNDS', 1);
  const v8Flags = v8FlagsOf(process.env.BENCH_AB_V8_FLAGS);
  const packTree = process.env.BENCH_AB_PACK_TREE;
  const packRoot = packTree === undefined || packTree === '' ? undefined : resolve(packTree);
  const folder = mkdtempSync(join(tmpdir(), 'recognition-ab-texts-'));
  console.log(
    `# recognition A/B — ${new Date().toISOString()} — a process per tree — load average ${loads()}`,
  );
  console.log(
    `# ${v8FlagsNote(v8Flags)}; ${packRoot === undefined ? 'each tree on its own packs' : `every tree on the packs of ${packRoot} (${commitOf(packRoot)})`}`,
  );
  const labels = trees.map((t) => t.label);
  const stability: string[] = [];
  console.log(abHeader(labels).join('\n'));
  for (const pack of PACKS) {
    const minePack = await treePack(THIS_TREE, pack, SYNTHETIC_ENTITIES);
    const aliases = sprinkleAliases(minePack);
    const texts = TEXT_SIZES.map((size) => newsText(size.chars, aliases, size.chars));
    const textsFile = join(folder, `${pack}.json`);
    writeFileSync(
      textsFile,
      JSON.stringify({ warm: newsText(WARM_UP_CHARS, aliases, 1), texts } satisfies Texts),
    );
    const children = trees.map(() => forkChild(v8Flags));
    try {
      for (const [k, tree] of trees.entries()) {
        await (children[k] as Child).ask({
          kind: 'load',
          root: packRoot ?? tree.root,
          module: tree.module,
          pack,
          synthetic: SYNTHETIC_ENTITIES,
          textsFile,
          warmUps: WARM_UP_RUNS,
        });
      }
      for (const [s, size] of TEXT_SIZES.entries()) {
        const plan = PLAN[size.label] ?? { batch: 1, rounds: 8, dropped: 2 };
        await timeCell(children, s, plan.batch, plan.dropped);
        const rounds = Math.max(2, Math.round(plan.rounds * scale));
        const { samples, settles } = await timeCell(children, s, plan.batch, rounds);
        console.log(abRow(pack, size.label, (texts[s] as string).length, samples));
        stability.push(stabilityRow(pack, size.label, samples, settles));
      }
    } finally {
      for (const child of children) child.close();
    }
    for (const tree of sameTrees) {
      const report = compareMentions(
        await recognizerOf(tree, pack, packRoot),
        await recognizerOf(mine, pack, packRoot),
        minePack,
        texts,
        RANDOM_TEXTS,
      );
      console.log(
        `same mentions, ${pack}, ${tree.label} vs this: ${report.texts - report.differing} of ${report.texts} texts identical` +
          (report.example === undefined ? '' : `; first difference: ${report.example}`),
      );
    }
  }
  console.log('');
  console.log(stabilityHeader(labels).join('\n'));
  for (const row of stability) console.log(row);
  rmSync(folder, { recursive: true, force: true });
  console.log(`load average after: ${loads()}`);
}

// Only as a command: `npm run bench` imports every module of this folder to find its benchmarks.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
