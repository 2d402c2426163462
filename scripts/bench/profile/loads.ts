/**
 * Profiled page loads, shared by the Chromium and Firefox drivers: each load opens a fresh tab,
 * marks its start from the page at document start (`<token>:begin`), waits for the load and the
 * extension's highlights to settle, and marks the end (`<token>:end`). The driver reads the
 * extension's time between the two marks from its profile. Contenders take turns, the order
 * rotating every run (two contenders: flipping), so the load on the shared box falls on all of
 * them alike and each goes first as often as the others.
 */
import { sleep } from '../../../tests/browser/harness';
import { markScript, PROFILE_SETTLE, settleOnHighlights } from './settle';

export type ProfiledTab = {
  addInitScript(source: string): Promise<void>;
  goto(url: string, timeoutMs: number): Promise<void>;
  evaluate<R>(expression: string): Promise<R>;
  close(): Promise<void>;
};

export type LoadContender = {
  name: string;
  newTab(): Promise<ProfiledTab>;
  /** Prefix of the extension's highlight names (for the settle check). */
  highlightPrefix: string;
};

export type Load = { token: string; highlights: number; error?: string };

const LOAD_TIMEOUT_MS = 60_000;
const READY_TIMEOUT_MS = 60_000;
const READY_POLL_MS = 200;
let tokens = 0;

/** Polls the page-side expression `ready` until it is true; throws after READY_TIMEOUT_MS. */
async function waitUntilReady(tab: ProfiledTab, ready: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await tab.evaluate<boolean>(ready))) {
    if (Date.now() > deadline) throw new Error(`page not ready after ${READY_TIMEOUT_MS} ms: ${ready}`);
    await sleep(READY_POLL_MS);
  }
}

async function loadOnce(contender: LoadContender, url: string, ready: string | undefined): Promise<Load> {
  const token = `bench-${process.pid}-${++tokens}`;
  let tab: ProfiledTab | undefined;
  try {
    tab = await contender.newTab();
    await tab.addInitScript(markScript(`${token}:begin`));
    await tab.goto(url, LOAD_TIMEOUT_MS);
    if (ready) await waitUntilReady(tab, ready);
    const highlights = await settleOnHighlights(tab, contender.highlightPrefix, PROFILE_SETTLE);
    await tab.evaluate(markScript(`${token}:end`));
    return { token, highlights };
  } catch (error) {
    return {
      token,
      highlights: 0,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  } finally {
    await tab?.close().catch(() => undefined);
  }
}

/** The contenders' order in run `run`: rotated by one a run, so each comes first in turn. */
export function turnOrder<T>(contenders: readonly T[], run: number): T[] {
  const shift = contenders.length === 0 ? 0 : run % contenders.length;
  return [...contenders.slice(shift), ...contenders.slice(0, shift)];
}

/**
 * `runs` loads of `url` per contender, taking turns (turnOrder); loads per contender name, in run order. A page
 * that changes itself for a while settles only once the expression `ready` is true in it.
 */
export async function loadInTurns(
  contenders: readonly LoadContender[],
  url: string,
  runs: number,
  ready?: string,
): Promise<Map<string, Load[]>> {
  const loads = new Map<string, Load[]>(contenders.map((c) => [c.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const contender of turnOrder(contenders, run))
      loads.get(contender.name)?.push(await loadOnce(contender, url, ready));
  }
  return loads;
}
