/**
 * Unit-project setup file. With `BACKSTORY_LOCAL_TIME_LOG` set (by `scripts/test-all.sh`), it
 * appends the path of every test file that used local time to that file; the second time-zone run
 * takes its file list from there (see local-time-probe.ts). Without it, it does nothing.
 */
import { appendFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { installLocalTimeProbe } from './local-time-probe';

const LOG = process.env.BACKSTORY_LOCAL_TIME_LOG;
/** One probe per process; each test file resets what it saw (this file runs before each one). */
const STATE = Symbol.for('backstory.localTimeProbe');
type ProbeState = { used: boolean };

if (LOG) {
  const scope = globalThis as typeof globalThis & { [STATE]?: ProbeState };
  if (!scope[STATE]) {
    const state: ProbeState = { used: false };
    scope[STATE] = state;
    installLocalTimeProbe(globalThis, () => {
      state.used = true;
    });
  }
  const state = scope[STATE] as ProbeState;
  state.used = false;
  afterAll(() => {
    if (state.used) appendFileSync(LOG, `${expect.getState().testPath}\n`);
  });
}
