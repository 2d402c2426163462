/**
 * Per-page figures of a side-by-side profile (Backstory against the naive highlighter) and the
 * table and verdicts the page-thread bench prints. Pure: no browser.
 */
import { median } from '../../sweep/report';
import type { BenchTable } from '../types';

/** Goal: Backstory's page-thread time at most this many times the naive highlighter's (median). */
export const RATIO_GOAL = 1.5;
/** Goal: no single run (one task, or one uninterrupted run of samples in Firefox) longer than this. */
export const LONGEST_RUN_GOAL_MS = 16;

/** One profiled load: the extension's page-thread CPU and its longest single run. */
export type RunFigure = {
  cpuMs: number;
  longestMs: number;
  /** Firefox: the longest run cut at microtask checkpoints (gecko-profile.ts), in BENCH_JSON only. */
  longestSliceMs?: number;
  /** Firefox: the longest run cut where the task changes (gecko-profile.ts taskRoots). */
  longestTaskMs?: number;
  /** Firefox: CPU of samples misattributed to the extension and not counted (gecko-profile.ts), in BENCH_JSON only. */
  misattributedMs?: number;
  compileMs?: number;
  highlights: number;
  error?: string;
};

export type PageSideBySide = {
  page: string;
  kb: number;
  naive: RunFigure[];
  ours: RunFigure[];
};

export type PageSummary = {
  page: string;
  kb: number;
  names: number;
  naiveMs: number;
  oursMs: number;
  ratio: number;
  naiveLongestMs: number;
  /** Backstory's longest run over every load of the page. */
  oursWorstRunMs: number;
  /** Firefox: Backstory's longest task over every load (NaN where not measured). */
  oursWorstTaskMs: number;
  oursCompileMs: number;
  failed: number;
};

const ok = (runs: readonly RunFigure[]) => runs.filter((r) => !r.error);

/** The largest of the measured values, NaN if none was measured. */
function largest(values: readonly (number | undefined)[]): number {
  const measured = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return measured.length === 0 ? Number.NaN : Math.max(...measured);
}

export function summarizePage(side: PageSideBySide): PageSummary {
  const naive = ok(side.naive);
  const ours = ok(side.ours);
  const naiveMs = median(naive.map((r) => r.cpuMs));
  const oursMs = median(ours.map((r) => r.cpuMs));
  return {
    page: side.page,
    kb: side.kb,
    names: median(ours.map((r) => r.highlights)),
    naiveMs,
    oursMs,
    ratio: oursMs / naiveMs,
    naiveLongestMs: Math.max(0, ...naive.map((r) => r.longestMs)),
    oursWorstRunMs: Math.max(0, ...ours.map((r) => r.longestMs)),
    oursWorstTaskMs: largest(ours.map((r) => r.longestTaskMs)),
    oursCompileMs: median(ours.map((r) => r.compileMs ?? Number.NaN)),
    failed: side.naive.length - naive.length + side.ours.length - ours.length,
  };
}

export type Verdict = {
  medianRatio: number;
  /**
   * Geometric mean of the page ratios: a steadier statistic of the same loads than their median
   * (docs/performance.md, "the figure's spread"), printed beside it; the goal stays the median.
   */
  geometricMeanRatio: number;
  /** Median over pages of Backstory's and the naive highlighter's per-page medians. */
  oursMedianMs: number;
  naiveMedianMs: number;
  worstRunMs: number;
  worstRunPage: string;
  ratioMet: boolean;
  longestMet: boolean;
};

export function verdict(pages: readonly PageSummary[]): Verdict {
  const worst = pages.reduce<PageSummary | undefined>(
    (w, p) => (w === undefined || p.oursWorstRunMs > w.oursWorstRunMs ? p : w),
    undefined,
  );
  const medianRatio = median(pages.map((p) => p.ratio).filter(Number.isFinite));
  const worstRunMs = worst?.oursWorstRunMs ?? 0;
  return {
    medianRatio,
    geometricMeanRatio: geometricMean(pages.map((p) => p.ratio).filter((r) => Number.isFinite(r) && r > 0)),
    oursMedianMs: median(pages.map((p) => p.oursMs)),
    naiveMedianMs: median(pages.map((p) => p.naiveMs)),
    worstRunMs,
    worstRunPage: worst?.page ?? '-',
    ratioMet: medianRatio <= RATIO_GOAL,
    longestMet: worstRunMs <= LONGEST_RUN_GOAL_MS,
  };
}

/** The geometric mean of positive `values` (NaN when there are none). */
export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

const mark = (met: boolean) => (met ? 'ok' : 'OVER');

/** Firefox: the worst task of ours (a run cut where the task changes), where it was measured. */
function worstTaskNote(pages: readonly PageSummary[]): string[] {
  const measured = pages.filter((p) => Number.isFinite(p.oursWorstTaskMs));
  if (measured.length === 0) return [];
  const worst = measured.reduce((w, p) => (p.oursWorstTaskMs > w.oursWorstTaskMs ? p : w));
  const over = measured.filter((p) => p.oursWorstTaskMs > LONGEST_RUN_GOAL_MS).length;
  return [
    `worst task of ours (a run cut where the task changes) ${worst.oursWorstTaskMs.toFixed(1)} ms on ${worst.page}, ${over} of ${measured.length} pages over ${LONGEST_RUN_GOAL_MS} ms.`,
  ];
}

export function sideBySideTable(
  browser: string,
  method: string,
  runs: number,
  pages: readonly PageSummary[],
): BenchTable {
  const v = verdict(pages);
  return {
    title: `Page thread, Backstory vs the naive highlighter — ${browser} (${method}; median of ${runs} loads)`,
    columns: [
      'page',
      'KB',
      'names',
      'naive ms',
      'ours ms',
      `ratio (goal ≤${RATIO_GOAL}×)`,
      'naive longest ms',
      `ours worst run ms (goal ≤${LONGEST_RUN_GOAL_MS})`,
      'ours compile ms',
      'failed loads',
    ],
    rows: pages.map((p) => [
      p.page,
      p.kb,
      p.names,
      p.naiveMs,
      p.oursMs,
      `${p.ratio.toFixed(2)}×`,
      p.naiveLongestMs,
      `${p.oursWorstRunMs.toFixed(1)} ${mark(p.oursWorstRunMs <= LONGEST_RUN_GOAL_MS)}`,
      Number.isFinite(p.oursCompileMs) ? p.oursCompileMs : '-',
      p.failed,
    ]),
    notes: [
      `median per-page ratio ${v.medianRatio.toFixed(2)}× ${mark(v.ratioMet)} (median page: ours ${v.oursMedianMs.toFixed(1)} ms, naive ${v.naiveMedianMs.toFixed(1)} ms); geometric mean of the page ratios ${v.geometricMeanRatio.toFixed(2)}× (not the goal's statistic);`,
      `worst single run of ours ${v.worstRunMs.toFixed(1)} ms on ${v.worstRunPage} ${mark(v.longestMet)}.`,
      ...worstTaskNote(pages),
      'ms = page-thread CPU attributed to the extension in one load (see docs/performance.md, "Page thread").',
    ],
  };
}

/** Two builds' median CPU ms on the same pages, compared page by page (an A/B read). */
export type PairedChange = {
  /** Pages where both builds have a figure. */
  pages: number;
  /** Pages where the second build's median is lower than the first's. */
  lower: number;
  /** Geometric mean of second ÷ first over the pages: below 1, the second build is cheaper. */
  geometricMean: number;
  /** Sums of the medians over the pages, first and second build. */
  sums: [number, number];
};

/**
 * `first` and `second` are each build's median CPU ms per page, in the same page order. A median
 * ratio over pages moves with which pages sit in the middle; this reads the change of the whole.
 */
export function pairedChange(first: readonly number[], second: readonly number[]): PairedChange {
  const pairs = first.flatMap((a, i) => {
    const b = second[i];
    return b !== undefined && a > 0 && b > 0 ? [[a, b] as const] : [];
  });
  return {
    pages: pairs.length,
    lower: pairs.filter(([a, b]) => b < a).length,
    geometricMean: geometricMean(pairs.map(([a, b]) => b / a)),
    sums: [pairs.reduce((s, [a]) => s + a, 0), pairs.reduce((s, [, b]) => s + b, 0)],
  };
}

/**
 * For an A/B tool: each build after the first against the first, page by page (pairedChange of
 * their per-page medians, `medians(build)`), one line each.
 */
export function pairedLines(builds: readonly string[], medians: (build: string) => number[]): string[] {
  const [first, ...others] = builds;
  if (first === undefined) return [];
  return others.map((build) => {
    const change = pairedChange(medians(first), medians(build));
    return (
      `${build} against ${first}: lower on ${change.lower} of ${change.pages} pages, ` +
      `geometric mean per page ${change.geometricMean.toFixed(3)}×, ` +
      `sum ${change.sums[1].toFixed(1)} against ${change.sums[0].toFixed(1)} ms`
    );
  });
}
