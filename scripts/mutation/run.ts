/**
 * `npm run test:mutation [-- <module>...] [-- stryker options]`: Stryker over each named module
 * (scripts/mutation/modules.ts) with only that module's tests, one module after another, or over
 * every module when none is named. Each run starts from the shared incremental file
 * (reports/mutation/stryker-incremental.json) and its results are merged back into it, so a later
 * run re-tests only mutants whose code or covering tests changed (and every static mutant that
 * survived: see withoutStaticSurvivors). Prints the score per file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MUTATION_MODULES } from './modules';
import { type MutationReport, mergeReports, scoreLines, withoutStaticSurvivors } from './report';

const SHARED_FILE = 'reports/mutation/stryker-incremental.json';
const WORK_DIR = '.stryker-tmp';

function globRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

function runModule(name: string, strykerArgs: string[]): MutationReport {
  const module = MUTATION_MODULES[name];
  if (!module)
    throw new Error(`unknown module "${name}"; known: ${Object.keys(MUTATION_MODULES).join(', ')}`);
  const runFile = `${WORK_DIR}/incremental-${name}.json`;
  if (existsSync(SHARED_FILE)) {
    const shared = JSON.parse(readFileSync(SHARED_FILE, 'utf8')) as MutationReport;
    writeFileSync(runFile, JSON.stringify(withoutStaticSurvivors(shared)));
  }
  const args = ['stryker', 'run', '--mutate', module.mutate.join(','), '--incrementalFile', runFile];
  console.log(`\n== ${name}: ${module.mutate.join(', ')} with ${module.tests.join(', ')}`);
  const result = spawnSync('npx', [...args, ...strykerArgs], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TESTS: module.tests.join(',') },
  });
  if (result.status !== 0) throw new Error(`stryker failed on ${name} (exit ${result.status})`);
  const report = JSON.parse(readFileSync(runFile, 'utf8')) as MutationReport;
  // The run's file also carries the other modules' results as they were when it started: keep only its own.
  const own = module.mutate.filter((glob) => !glob.startsWith('!')).map(globRegExp);
  report.files = Object.fromEntries(
    Object.entries(report.files).filter(([path]) => own.some((pattern) => pattern.test(path))),
  );
  return report;
}

function main(argv: string[]): void {
  const names = argv.filter((arg) => !arg.startsWith('-') && arg in MUTATION_MODULES);
  const strykerArgs = argv.filter((arg) => !names.includes(arg));
  mkdirSync(WORK_DIR, { recursive: true });
  mkdirSync('reports/mutation', { recursive: true });
  for (const name of names.length > 0 ? names : Object.keys(MUTATION_MODULES)) {
    const run = runModule(name, strykerArgs);
    const shared = existsSync(SHARED_FILE)
      ? (JSON.parse(readFileSync(SHARED_FILE, 'utf8')) as MutationReport)
      : undefined;
    writeFileSync(SHARED_FILE, `${JSON.stringify(mergeReports(shared, run))}\n`);
  }
  const all = JSON.parse(readFileSync(SHARED_FILE, 'utf8')) as MutationReport;
  console.log(`\nScores (${SHARED_FILE}):\n${scoreLines(all).join('\n')}`);
}

main(process.argv.slice(2));
