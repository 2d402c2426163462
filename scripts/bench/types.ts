/**
 * The contract for `npm run bench` modules. scripts/bench.ts imports every `scripts/bench/*.ts`
 * (except `*.test.ts` and this file) that exports `bench: BenchModule`, runs them in name order
 * (or only `--only NAME`), and prints each returned table.
 */
export type BenchCell = string | number;

export type BenchTable = {
  title: string;
  columns: string[];
  rows: BenchCell[][];
  /** Lines printed under the table (method, caveats). */
  notes?: string[];
};

export type BenchModule = {
  /** Short name for `--only`, e.g. "recognition". */
  name: string;
  description: string;
  run(): Promise<BenchTable[]> | BenchTable[];
};
