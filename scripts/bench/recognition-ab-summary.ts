/**
 * For recognition-ab.ts: the pure parts — the order the trees take in a round, when a process's
 * helper threads count as quiet, the children's V8 flags (BENCH_AB_V8_FLAGS), and the tables (the A/B's cells, and each tree's figures by half
 * of the rounds so that a drift over the run shows).
 */
import { median } from '../sweep/report';

/** Tree indexes in the order they are timed in `round`: the first one rotates every round. */
export function rotation(round: number, count: number): number[] {
  return Array.from({ length: count }, (_, j) => (round + j) % count);
}

/**
 * A process is quiet once its CPU time grew by less than QUIET_CPU_MS during a QUIET_SLEEP_MS
 * sleep of its main thread, QUIET_STREAK times in a row: only the clock reads and the sleep itself
 * ran (an idle Node process takes ~0.03–0.04 ms per such sleep on this machine), no GC helper
 * thread (one takes most of the sleep).
 */
export const QUIET_SLEEP_MS = 2;
export const QUIET_CPU_MS = 0.2;
export const QUIET_STREAK = 2;
/** Give up waiting after this long (the sample is kept; its wait shows in the settle figures). */
export const QUIET_LIMIT_MS = 500;

/** Whether the last CPU deltas (ms per QUIET_SLEEP_MS sleep, oldest first) say the process is quiet. */
export function isQuiet(deltas: readonly number[]): boolean {
  if (deltas.length < QUIET_STREAK) return false;
  return deltas.slice(-QUIET_STREAK).every((d) => d < QUIET_CPU_MS);
}

/** Other threads' CPU in a wait: every delta but the quiet streak that ended it (the idle sleeps' own cost). */
export function busyCpu(deltas: readonly number[]): number {
  const busy = isQuiet(deltas) ? deltas.slice(0, -QUIET_STREAK) : deltas;
  return busy.reduce((sum, d) => sum + d, 0);
}

/** One V8 or Node flag: `--name` or `--name=value`. */
const V8_FLAG = /^--[A-Za-z0-9][\w-]*(=\S+)?$/;

/**
 * BENCH_AB_V8_FLAGS (`raw`, undefined when unset): the flags every child is forked with, the same
 * for every tree, separated by white space — e.g. `--maglev`, V8's mid tier, which Chrome runs by
 * default and node 20 does not (docs/performance.md, speed10x). Anything that is not a flag is an
 * error rather than a run timed some other way than the header says.
 */
export function v8FlagsOf(raw: string | undefined): string[] {
  const flags = (raw ?? '').split(/\s+/).filter((flag) => flag !== '');
  const bad = flags.find((flag) => !V8_FLAG.test(flag));
  if (bad !== undefined)
    throw new Error(
      `BENCH_AB_V8_FLAGS: "${bad}" is not a flag (give --name or --name=value, separated by spaces)`,
    );
  return flags;
}

/** The header's note of the children's V8 flags. */
export function v8FlagsNote(flags: readonly string[]): string {
  return flags.length === 0 ? "children on node's default V8 flags" : `every child with ${flags.join(' ')}`;
}

const fixed = (value: number, digits = 2) => value.toFixed(value >= 100 ? 0 : digits);

/** `min / median (MB/s)` of one tree's samples (CPU ms per call) on a text of `chars`. */
export function cellFigure(samples: readonly number[], chars: number): string {
  const mbS = chars / 1e6 / (median(samples) / 1e3);
  return `${fixed(Math.min(...samples))} / ${fixed(median(samples))} (${fixed(mbS, 1)} MB/s)`;
}

/** `median / min` of the last tree's samples over another's. */
export function ratioFigure(mine: readonly number[], theirs: readonly number[]): string {
  const byMedian = median(mine) / median(theirs);
  const byMin = Math.min(...mine) / Math.min(...theirs);
  return `${byMedian.toFixed(2)} / ${byMin.toFixed(2)}`;
}

/** The A/B table's header: one column per tree, then the last tree over each other tree. */
export function abHeader(labels: readonly string[]): string[] {
  const others = labels.slice(0, -1);
  return [
    `| pack | text | ${labels.map((l) => `${l} min / median ms`).join(' | ')} | ${others
      .map((l) => `this ÷ ${l} median / min`)
      .join(' | ')} |`,
    `| --- | --- |${' ---: |'.repeat(labels.length + others.length)}`,
  ];
}

/** One row of the A/B table: `samples[k]` are tree k's CPU ms per call; the last tree is this one. */
export function abRow(
  pack: string,
  size: string,
  chars: number,
  samples: readonly (readonly number[])[],
): string {
  const mine = samples[samples.length - 1] ?? [];
  const cells = samples.map((s) => cellFigure(s, chars));
  const ratios = samples.slice(0, -1).map((s) => ratioFigure(mine, s));
  return `| ${pack} | ${size} | ${[...cells, ...ratios].join(' | ')} |`;
}

/** Medians of the first and the second half of a tree's rounds (the middle round of an odd count in neither). */
export function halves(samples: readonly number[]): { first: number; second: number } {
  const half = Math.floor(samples.length / 2);
  return { first: median(samples.slice(0, half)), second: median(samples.slice(samples.length - half)) };
}

/** The stability table's header: per tree, its median in each half of the rounds and their ratio. */
export function stabilityHeader(labels: readonly string[]): string[] {
  return [
    `| pack | text | ${labels.map((l) => `${l} 1st / 2nd half median ms (ratio)`).join(' | ')} | helper CPU after the GC, ms per batch (median, per tree) |`,
    `| --- | --- |${' ---: |'.repeat(labels.length + 1)}`,
  ];
}

/** One row of the stability table; `settles[k]` are tree k's helper-thread CPU ms waited out before each batch. */
export function stabilityRow(
  pack: string,
  size: string,
  samples: readonly (readonly number[])[],
  settles: readonly (readonly number[])[],
): string {
  const cells = samples.map((s) => {
    const { first, second } = halves(s);
    return `${fixed(first)} / ${fixed(second)} (${(first / second).toFixed(2)})`;
  });
  const settle = settles.map((s) => fixed(median(s))).join(', ');
  return `| ${pack} | ${size} | ${cells.join(' | ')} | ${settle} |`;
}
