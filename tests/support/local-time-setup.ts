/**
 * Unit-project setup file. With `BACKSTORY_LOCAL_TIME_LOG` set (by `scripts/test-all.sh`), it
 * appends the path of every test file that used local time to that file; the second time-zone run
 * takes its file list from there (see local-time-probe.ts). Without it, it does nothing.
 *
 * The `unit` project shares one module cache between the files of a worker, so a module's own
 * top-level code runs once, for whichever file imports it first. A project module that reads local
 * time while it is being imported (outside any test) could hand a zone-dependent value to files
 * that never call the probe themselves, so such a call writes `ALL_FILES`, and the second zone
 * reruns the whole project. Calls made by dependencies' start-up code (playwright-core's zip
 * library constructs a Date) are not the project's and are not counted that way.
 */
import { appendFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { installLocalTimeProbe } from './local-time-probe';

const LOG = process.env.BACKSTORY_LOCAL_TIME_LOG;
/** One probe per process; each test file resets what it saw (this file runs before each one). */
const STATE = Symbol.for('backstory.localTimeProbe');
type ProbeState = { used: boolean; atImport: boolean };

/** Written instead of a file name when local time was read while a project module was imported. */
export const ALL_FILES = '*';

/** True when a project module (not a test, not a dependency) is on the stack of this call. */
export function fromProjectModule(stack: string | undefined, root: string): boolean {
  return (stack ?? '')
    .split('\n')
    .slice(1)
    .some(
      (frame) =>
        frame.includes(root) &&
        !frame.includes('node_modules') &&
        !frame.includes('/tests/support/') &&
        !/\.test\.tsx?:/.test(frame),
    );
}

if (LOG) {
  const scope = globalThis as typeof globalThis & { [STATE]?: ProbeState };
  if (!scope[STATE]) {
    const state: ProbeState = { used: false, atImport: false };
    scope[STATE] = state;
    installLocalTimeProbe(globalThis, () => {
      state.used = true;
      if (
        expect.getState().currentTestName === undefined &&
        fromProjectModule(new Error().stack, process.cwd())
      ) {
        state.atImport = true;
      }
    });
  }
  const state = scope[STATE] as ProbeState;
  state.used = false;
  state.atImport = false;
  afterAll(() => {
    if (state.used) appendFileSync(LOG, `${expect.getState().testPath}\n`);
    if (state.atImport) appendFileSync(LOG, `${ALL_FILES}\n`);
  });
}
