/**
 * Profiled page loads, shared by the Chromium and Firefox drivers: each load opens a fresh tab,
 * marks its start from the page at document start (`<token>:begin`), waits for the load and the
 * extension's highlights to settle, and marks the end (`<token>:end`). The driver reads the
 * extension's time between the two marks from its profile. Contenders take turns, the order
 * flipping every run, so the load on the shared box falls on all of them alike.
 */
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
let tokens = 0;

async function loadOnce(contender: LoadContender, url: string): Promise<Load> {
  const token = `bench-${process.pid}-${++tokens}`;
  let tab: ProfiledTab | undefined;
  try {
    tab = await contender.newTab();
    await tab.addInitScript(markScript(`${token}:begin`));
    await tab.goto(url, LOAD_TIMEOUT_MS);
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

/** `runs` loads of `url` per contender, taking turns; loads per contender name, in run order. */
export async function loadInTurns(
  contenders: readonly LoadContender[],
  url: string,
  runs: number,
): Promise<Map<string, Load[]>> {
  const loads = new Map<string, Load[]>(contenders.map((c) => [c.name, []]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) loads.get(contender.name)?.push(await loadOnce(contender, url));
  }
  return loads;
}
