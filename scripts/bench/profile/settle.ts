/**
 * When a profiled page is done: both extensions are timed in their production form (no marks of
 * their own), so the bench waits on what the page can see — the extension's highlights in
 * `CSS.highlights` — and for pages without names on a fixed quiet window. Marks the bench makes
 * from the page itself (`performance.mark`) bound the window the profile is read in.
 */
import { sleep } from '../../../tests/browser/harness';

/** Page-side: how many ranges the highlights whose names start with `prefix` hold. */
export function highlightCountExpression(prefix: string): string {
  return `(() => {
  let n = 0;
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    for (const [name, h] of CSS.highlights) if (name.startsWith(${JSON.stringify(prefix)})) n += h.size;
  }
  return n;
})()`;
}

/** An expression (and init script) that makes a user-timing mark in the page. */
export const markScript = (name: string): string =>
  `(() => { try { performance.mark(${JSON.stringify(name)}); } catch {} })()`;

export type SettleOptions = {
  /** Highlights unchanged this long after they appeared: done. */
  stableMs: number;
  /** No highlights this long after load: a page without names, done. */
  noNamesMs: number;
  pollMs: number;
};

export const PROFILE_SETTLE: SettleOptions = { stableMs: 700, noNamesMs: 3000, pollMs: 150 };

type Evaluating = { evaluate<R>(expression: string): Promise<R> };

/** Waits until the extension's highlights are stable or the no-names window passed; returns the count. */
export async function settleOnHighlights(
  tab: Evaluating,
  prefix: string,
  options: SettleOptions = PROFILE_SETTLE,
): Promise<number> {
  const begun = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await tab.evaluate<number>(highlightCountExpression(prefix));
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if (count > 0 && Date.now() - stableSince >= options.stableMs) return count;
    if (Date.now() - begun >= options.noNamesMs && Date.now() - stableSince >= options.stableMs) return count;
    await sleep(options.pollMs);
  }
}
