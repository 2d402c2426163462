/** `npm run sweep -- DIR [--firefox] [--limit N] [--json out.json] [--concurrency N]` */

export interface SweepArgs {
  dir: string;
  firefox: boolean;
  limit: number | undefined;
  json: string | undefined;
  concurrency: number;
}

export const MAX_CONCURRENCY = 2;
export const SWEEP_USAGE =
  'usage: npm run sweep -- DIR [--firefox] [--limit N] [--json out.json] [--concurrency 1|2]';

function positiveInteger(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`sweep: ${flag} needs a positive whole number, got ${value ?? 'nothing'}`);
  }
  return Number(value);
}

/** Parses the arguments after `--`; throws an Error whose message says what is wrong. */
export function parseSweepArgs(argv: readonly string[]): SweepArgs {
  const args: SweepArgs = {
    dir: '',
    firefox: false,
    limit: undefined,
    json: undefined,
    concurrency: MAX_CONCURRENCY,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--firefox') args.firefox = true;
    else if (arg === '--limit') args.limit = positiveInteger('--limit', argv[++i]);
    else if (arg === '--concurrency') {
      args.concurrency = Math.min(MAX_CONCURRENCY, positiveInteger('--concurrency', argv[++i]));
    } else if (arg === '--json') {
      const out = argv[++i];
      if (out === undefined || out.startsWith('--')) throw new Error('sweep: --json needs a file name');
      args.json = out;
    } else if (arg.startsWith('--')) throw new Error(`sweep: unknown option ${arg}\n${SWEEP_USAGE}`);
    else if (args.dir === '') args.dir = arg;
    else throw new Error(`sweep: only one directory, got ${args.dir} and ${arg}\n${SWEEP_USAGE}`);
  }
  if (args.dir === '') throw new Error(`sweep: no directory given\n${SWEEP_USAGE}`);
  return args;
}
