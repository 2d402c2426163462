/**
 * `npm run bench [-- --only NAME]` — runs every benchmark module in scripts/bench/ (files that
 * export `bench: BenchModule`, see scripts/bench/types.ts) and prints their tables.
 * Add a benchmark by dropping a module there; no list to edit.
 */
import { readdirSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable } from './bench/format';
import type { BenchModule } from './bench/types';

const BENCH_DIR = fileURLToPath(new URL('./bench/', import.meta.url));
const NOT_MODULES = new Set(['types.ts', 'format.ts']);

function onlyName(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--only');
  if (at === -1) return undefined;
  const name = argv[at + 1];
  if (name === undefined || name.startsWith('--')) {
    process.stderr.write('bench: --only needs a module name\n');
    process.exit(2);
  }
  return name;
}

async function loadModules(): Promise<BenchModule[]> {
  const files = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_MODULES.has(f))
    .sort();
  const modules: BenchModule[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(`${BENCH_DIR}${file}`).href)) as { bench?: BenchModule };
    if (loaded.bench) modules.push(loaded.bench);
  }
  return modules.sort((a, b) => a.name.localeCompare(b.name));
}

async function main(): Promise<void> {
  const only = onlyName(process.argv.slice(2));
  const modules = await loadModules();
  const selected = only === undefined ? modules : modules.filter((m) => m.name === only);
  if (selected.length === 0) {
    process.stderr.write(`bench: no module named ${only}; have: ${modules.map((m) => m.name).join(', ')}\n`);
    process.exit(2);
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `# Backstory bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length}× ${cpu}, ` +
      `${arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  );
  for (const module of selected) {
    const started = performance.now();
    console.log(`\n# ${module.name}: ${module.description}`);
    try {
      for (const table of await module.run()) console.log(`\n${renderTable(table)}`);
    } catch (error) {
      console.error(`bench ${module.name} failed:`, error);
      process.exitCode = 1;
      continue;
    }
    console.log(`\n(${module.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

await main();
