/**
 * What the sweep records for one page, which of those records are failures, and the printed
 * table and summary. Pure: no browser, no file system.
 */

export interface PageMeasurement {
  name: string;
  url: string;
  bytes: number;
  /** Set when the page could not be loaded or measured at all. */
  loadError?: string;
  /** `[Backstory]` console errors and errors located in extension code. */
  extensionErrors: string[];
  /** Descriptions of DOM changes outside the card host (`<div data-backstory-card-host>`). */
  domChanges: string[];
  /** Requests that tried to leave 127.0.0.1 (all aborted). */
  outsideRequests: string[];
  /** Whether the content script recorded `backstory:start`. */
  started: boolean;
  /** Highlighted ranges across every `backstory-*` highlight. */
  mentions: number;
  /** `backstory:start` → last `backstory:painted`, ms; null when it never painted. */
  paintedMs: number | null;
  longestTaskMs: number;
  totalTaskMs: number;
  taskCount: number;
  /** A bare TreeWalker pass collecting every text node, timed in the same page. */
  bareWalkMs: number;
  textChars: number;
}

/** Every reason this page fails the sweep; empty when it passes. */
export function pageProblems(m: PageMeasurement): string[] {
  const problems: string[] = [];
  if (m.loadError) problems.push(`load failed: ${m.loadError}`);
  if (!m.loadError && !m.started) problems.push('content script never started (no backstory:start mark)');
  for (const e of m.extensionErrors) problems.push(`extension error: ${e}`);
  for (const d of m.domChanges) problems.push(`DOM changed: ${d}`);
  for (const r of m.outsideRequests) problems.push(`outside request: ${r}`);
  return problems;
}

/** The median of the values (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Smallest bare-walk time counted in ratios: below this, timer resolution dominates. */
export const MIN_WALK_MS = 0.1;

/** How many bare text walks the extension's painted time is worth. */
export function walkRatio(extensionMs: number, bareWalkMs: number): number {
  return extensionMs / Math.max(bareWalkMs, MIN_WALK_MS);
}

export interface SweepSummary {
  pages: number;
  failed: number;
  mentions: number;
  painted: number;
  medianPaintedMs: number;
  worstPaintedMs: number;
  worstPaintedPage: string;
  medianTotalTaskMs: number;
  medianTaskRatio: number;
  worstTaskRatio: number;
  longestTaskMs: number;
  longestTaskPage: string;
}

export function summarize(results: readonly PageMeasurement[]): SweepSummary {
  const painted = results.filter((r) => r.paintedMs !== null);
  const measured = results.filter((r) => !r.loadError);
  const worstPainted = painted.reduce<PageMeasurement | undefined>(
    (w, r) => (!w || (r.paintedMs as number) > (w.paintedMs as number) ? r : w),
    undefined,
  );
  const longest = measured.reduce<PageMeasurement | undefined>(
    (w, r) => (!w || r.longestTaskMs > w.longestTaskMs ? r : w),
    undefined,
  );
  const ratios = measured.map((r) => walkRatio(r.totalTaskMs, r.bareWalkMs));
  return {
    pages: results.length,
    failed: results.filter((r) => pageProblems(r).length > 0).length,
    mentions: results.reduce((n, r) => n + r.mentions, 0),
    painted: painted.length,
    medianPaintedMs: median(painted.map((r) => r.paintedMs as number)),
    worstPaintedMs: worstPainted?.paintedMs ?? Number.NaN,
    worstPaintedPage: worstPainted?.name ?? '-',
    medianTotalTaskMs: median(measured.map((r) => r.totalTaskMs)),
    medianTaskRatio: median(ratios),
    worstTaskRatio: ratios.length ? Math.max(...ratios) : Number.NaN,
    longestTaskMs: longest?.longestTaskMs ?? Number.NaN,
    longestTaskPage: longest?.name ?? '-',
  };
}

function ms(value: number | null): string {
  return value === null || Number.isNaN(value) ? '-' : value.toFixed(1);
}

const COLUMNS = [
  'page',
  'KB',
  'mentions',
  'painted ms',
  'ext task ms',
  'walk ms',
  'task/walk',
  'longest task',
  'ok',
];

/** A fixed-width text table, one row per page. */
export function formatTable(results: readonly PageMeasurement[]): string {
  const rows = results.map((r) => [
    r.name,
    (r.bytes / 1024).toFixed(0),
    String(r.mentions),
    ms(r.paintedMs),
    ms(r.totalTaskMs),
    ms(r.bareWalkMs),
    r.loadError ? '-' : walkRatio(r.totalTaskMs, r.bareWalkMs).toFixed(1),
    ms(r.longestTaskMs),
    pageProblems(r).length === 0 ? 'ok' : 'FAIL',
  ]);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  return [line(COLUMNS), ...rows.map(line)].join('\n');
}

export function formatSummary(s: SweepSummary, seconds: number, browserName: string): string {
  return [
    `${browserName}: ${s.pages} pages in ${seconds.toFixed(1)} s, ${s.failed} failed, ${s.mentions} mentions, ${s.painted} painted`,
    `painted (start → last paint): median ${ms(s.medianPaintedMs)} ms, worst ${ms(s.worstPaintedMs)} ms (${s.worstPaintedPage})`,
    `extension main-thread time: median ${ms(s.medianTotalTaskMs)} ms = ${s.medianTaskRatio.toFixed(1)}× a bare text walk (worst ${s.worstTaskRatio.toFixed(1)}×)`,
    `longest extension task: ${ms(s.longestTaskMs)} ms (${s.longestTaskPage})`,
  ].join('\n');
}

/** Problem lines for every failing page, `name: problem`. */
export function formatProblems(results: readonly PageMeasurement[]): string[] {
  return results.flatMap((r) => pageProblems(r).map((p) => `${r.name}: ${p}`));
}
