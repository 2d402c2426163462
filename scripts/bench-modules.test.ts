/**
 * `npm run bench` imports every module of scripts/bench/ to find its benchmarks, so a module that
 * does work when imported (a command-line script without a guard) breaks every bench run. Asking
 * for a module that does not exist imports them all and runs none. (A new bench module adds its
 * name to the list below.)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
/** A deadline for a hang, not a speed check. */
const TIMEOUT_MS = 280_000;

it(
  'imports every bench module without running anything, and lists them',
  () => {
    const run = spawnSync(TSX, ['scripts/bench.ts', '--only', 'no-such-bench'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
    });
    expect(run.stderr.trim()).toBe(
      'bench: no module named no-such-bench; have: card-hover, extension, extract, many-tabs, packs, page-thread, recognition, stress',
    );
    expect(run.status).toBe(2);
  },
  TIMEOUT_MS,
);
