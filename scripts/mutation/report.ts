/**
 * Stryker's mutation-testing report (the incremental file): merging one module's run into the
 * shared file, and the score per file.
 */
export interface MutantResult {
  id: string;
  status: string;
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

/** `shared` with every file and test file of `run` replaced by the run's version. */
export function mergeReports(shared: MutationReport | undefined, run: MutationReport): MutationReport {
  if (!shared) return run;
  return {
    ...shared,
    ...run,
    files: { ...shared.files, ...run.files },
    testFiles: { ...shared.testFiles, ...run.testFiles },
  };
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

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
