/**
 * `npm run bench` imports every module of scripts/bench/ to find its benchmarks, so a module that
 * does work when imported (a command-line script without a guard) breaks every bench run. Asking
 * for a module that does not exist imports them all and runs none. (A new bench module adds its
 * name to the list below.)
 */
import { expect, it } from 'vitest';
import { runScript, SCRIPT_TEST_TIMEOUT_MS } from '../tests/support/run-script';

it(
  'imports every bench module without running anything, and lists them',
  () => {
    const run = runScript('bench', '--only', 'no-such-bench');
    expect(run.stderr.trim()).toBe(
      'bench: no module named no-such-bench; have: card-hover, extension, extract, handlers, many-tabs, packs, page-thread, recognition, stress',
    );
    expect(run.status).toBe(2);
  },
  SCRIPT_TEST_TIMEOUT_MS,
);
