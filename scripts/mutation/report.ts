/**
 * Stryker's mutation-testing report (the incremental file): merging one module's run into the
 * shared file, and the score per file.
 */
export interface MutantResult {
  id: string;
  status: string;
  /** Stryker's flag for a mutant in code that runs when the module loads (a module-level constant). */
  static?: boolean;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column: number } };
}

export interface MutationReport {
  schemaVersion: string;
  thresholds: unknown;
  files: Record<string, { language: string; source: string; mutants: MutantResult[] }>;
  testFiles?: Record<string, unknown>;
  [key: string]: unknown;
}

type FileReport = MutationReport['files'][string];

function mutantKey(m: MutantResult & { location?: { start: unknown; end?: unknown } }): string {
  return JSON.stringify([m.location, m.mutatorName, m.replacement]);
}

/**
 * One file's results after a run. When the source is unchanged, the run's results replace the
 * shared ones mutant by mutant, except that a mutant the run left out (`Ignored`: `--ignoreStatic`,
 * or outside a `--mutate file:lines` range) keeps its earlier result.
 */
function mergeFile(shared: FileReport | undefined, run: FileReport): FileReport {
  if (!shared || shared.source !== run.source) return run;
  const byKey = new Map(shared.mutants.map((m) => [mutantKey(m), m]));
  for (const m of run.mutants) {
    const earlier = byKey.get(mutantKey(m));
    if (m.status !== 'Ignored' || earlier === undefined) byKey.set(mutantKey(m), m);
  }
  return { ...run, mutants: [...byKey.values()] };
}

/** `shared` with the files and test files of `run` merged in (see mergeFile). */
export function mergeReports(shared: MutationReport | undefined, run: MutationReport): MutationReport {
  if (!shared) return run;
  const files = { ...shared.files };
  for (const [path, file] of Object.entries(run.files)) files[path] = mergeFile(shared.files[path], file);
  return { ...shared, ...run, files, testFiles: { ...shared.testFiles, ...run.testFiles } };
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * `report` without its static mutants that survived, so the next run tests them again. Stryker
 * reuses a surviving mutant's result while the tests covering it are unchanged, but a static
 * mutant has no per-test coverage: a test added to kill it would otherwise never be run against it.
 */
export function withoutStaticSurvivors(report: MutationReport): MutationReport {
  const files = Object.fromEntries(
    Object.entries(report.files).map(([path, file]) => [
      path,
      { ...file, mutants: file.mutants.filter((m) => !(m.static === true && UNDETECTED.has(m.status))) },
    ]),
  );
  return { ...report, files };
}

export interface Score {
  mutants: number;
  killed: number;
  survived: number;
  percent: number;
}

export function scoreOf(mutants: readonly MutantResult[]): Score {
  const killed = mutants.filter((m) => DETECTED.has(m.status)).length;
  const survived = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const valid = killed + survived;
  return { mutants: valid, killed, survived, percent: valid === 0 ? 100 : (100 * killed) / valid };
}

export function scoreLines(report: MutationReport): string[] {
  const row = (name: string, s: Score): string =>
    `${name.padEnd(40)} ${String(s.mutants).padStart(5)} ${String(s.killed).padStart(6)} ${String(s.survived).padStart(8)} ${s.percent.toFixed(1).padStart(6)} %`;
  const lines = [`${'file'.padEnd(40)} mutants killed survived  score`];
  const all: MutantResult[] = [];
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(path, scoreOf(file.mutants)));
    all.push(...file.mutants);
  }
  lines.push(row('overall', scoreOf(all)));
  return lines;
}
