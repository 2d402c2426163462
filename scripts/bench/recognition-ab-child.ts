/**
 * One tree of recognition-ab.ts, in a process of its own: loads the tree's pack and recognizer,
 * reads the texts the parent wrote, warms up, then times one batch per request and answers with
 * its CPU ms per call. Forked by recognition-ab.ts with `--expose-gc`; not a command of its own.
 *
 * Each timed batch: a full GC, then a wait until the GC's helper threads are done (the process's
 * CPU time stops growing while the main thread sleeps: recognition-ab-summary.ts `isQuiet`), then
 * the batch, then the same wait again, whose CPU is added to the batch's (the helper threads'
 * share of the GC work the batch itself set going). So a batch is charged with its own work and
 * the GC of its own garbage during the batch, not with sweeping the heap the forced GC left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pack } from '../../src/knowledge/schema';
import { busyCpu, isQuiet, QUIET_LIMIT_MS, QUIET_SLEEP_MS } from './recognition-ab-summary';

export type PackName = 'bundled' | 'synthetic';
/** Parent → child. */
export type Request =
  | {
      kind: 'load';
      /** The checkout whose packs the child reads (the tree's own, or BENCH_AB_PACK_TREE's). */
      root: string;
      module: string;
      pack: PackName;
      synthetic: number;
      textsFile: string;
      warmUps: number;
    }
  | { kind: 'time'; text: number; batch: number }
  | { kind: 'exit' };
/** Child → parent: `ready` after the warm-up; per `time`, CPU ms per call and the helper CPU waited out before the batch. */
export type Reply =
  | { kind: 'ready' }
  | { kind: 'sample'; msPerCall: number; settleMs: number }
  | { kind: 'error'; message: string };
/** What the parent writes for the children: the warm-up text and the timed texts. */
export type Texts = { warm: string; texts: string[] };

type Recognize = (text: string) => unknown;

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e3;
}

/** Sleeps until the process is quiet; answers the CPU ms other threads ran meanwhile. */
function waitQuiet(): number {
  const deltas: number[] = [];
  for (let slept = 0; slept < QUIET_LIMIT_MS && !isQuiet(deltas); slept += QUIET_SLEEP_MS) {
    const before = cpuMs();
    Atomics.wait(sleepCell, 0, 0, QUIET_SLEEP_MS);
    deltas.push(cpuMs() - before);
  }
  return busyCpu(deltas);
}

/** A tree's pack, read by the tree's own pack loaders: its bundled pack, or its synthetic pack of `synthetic` entities. */
export async function treePack(root: string, pack: PackName, synthetic: number): Promise<Pack> {
  const at = (path: string) => pathToFileURL(join(root, path)).href;
  return pack === 'bundled'
    ? (await import(at('scripts/lib/load-pack-file.ts'))).loadPackFile()
    : (await import(at('scripts/lib/synthetic-pack.ts'))).syntheticPack(synthetic);
}

/** The recognizer of a tree's recognition module (`module`: its index, or its bundle) on `pack`. */
export async function treeRecognizer<R>(module: string, pack: Pack): Promise<(text: string) => R> {
  const index = (await import(pathToFileURL(module).href)) as {
    compileRecognizer: (pack: Pack) => { recognize: (text: string) => R };
  };
  const recognizer = index.compileRecognizer(pack);
  return (text) => recognizer.recognize(text);
}

async function load(
  request: Extract<Request, { kind: 'load' }>,
): Promise<{ recognize: Recognize; texts: string[] }> {
  const pack = await treePack(request.root, request.pack, request.synthetic);
  const recognize: Recognize = await treeRecognizer(request.module, pack);
  const { warm, texts } = JSON.parse(readFileSync(request.textsFile, 'utf8')) as Texts;
  for (let i = 0; i < request.warmUps; i++) recognize(warm);
  return { recognize, texts };
}

function timeBatch(recognize: Recognize, text: string, batch: number, gc: () => void): Reply {
  gc();
  const settleMs = waitQuiet();
  const started = cpuMs();
  for (let b = 0; b < batch; b++) recognize(text);
  const ran = cpuMs() - started;
  return { kind: 'sample', msPerCall: (ran + waitQuiet()) / batch, settleMs };
}

function serve(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined || process.send === undefined)
    throw new Error('recognition-ab-child: fork it with --expose-gc');
  const send = (reply: Reply) => process.send?.(reply);
  let loaded: { recognize: Recognize; texts: string[] } | undefined;
  process.on('message', (request: Request) => {
    if (request.kind === 'exit') {
      process.disconnect?.();
      return;
    }
    if (request.kind === 'load') {
      load(request).then(
        (tree) => {
          loaded = tree;
          send({ kind: 'ready' });
        },
        (error: unknown) =>
          send({ kind: 'error', message: String(error instanceof Error ? error.stack : error) }),
      );
      return;
    }
    const text = loaded?.texts[request.text];
    if (loaded === undefined || text === undefined) {
      send({ kind: 'error', message: `no text ${request.text} loaded` });
      return;
    }
    send(timeBatch(loaded.recognize, text, request.batch, gc));
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) serve();
