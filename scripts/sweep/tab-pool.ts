/**
 * Tabs the sweep reuses from one page to the next, instead of opening and closing a tab per page:
 * opening a tab cost 0.3–1 s of the 2–5 s a page took, most of it browser CPU (measured in
 * Chromium and Firefox ESR, 30 pages each). Each page still loads in a fresh document (the content
 * script starts anew on every navigation, as when a reader follows a link), and what a tab saw is
 * counted from the moment the page took it, so errors and outside requests stay per page.
 *
 * A tab whose navigation or evaluation failed is closed rather than reused: its state is unknown.
 */
import type { SweepBrowser, SweepTab } from './tabs';

interface PooledTab {
  tab: SweepTab;
  initScripts: Set<string>;
}

export interface TabPool {
  /** A tab for one page; its `close()` gives it back to the pool. */
  take(): Promise<SweepTab>;
  /** Closes every tab the pool holds. */
  closeAll(): Promise<void>;
}

export function tabPool(browser: Pick<SweepBrowser, 'newTab'>): TabPool {
  const idle: PooledTab[] = [];
  const open = new Set<PooledTab>();
  const take = async (): Promise<SweepTab> => {
    let pooled = idle.pop();
    if (!pooled) {
      pooled = { tab: await browser.newTab(), initScripts: new Set() };
      open.add(pooled);
    }
    const { tab, initScripts } = pooled;
    const errorsFrom = tab.errors.length;
    const requestsFrom = tab.outsideRequests.length;
    let broken = false;
    const watch = async <R>(work: Promise<R>): Promise<R> => {
      try {
        return await work;
      } catch (error) {
        broken = true;
        throw error;
      }
    };
    const entry = pooled;
    return {
      addInitScript: async (source) => {
        if (initScripts.has(source)) return;
        await watch(tab.addInitScript(source));
        initScripts.add(source);
      },
      goto: (url, timeoutMs) => watch(tab.goto(url, timeoutMs)),
      evaluate: <R>(expression: string) => watch(tab.evaluate<R>(expression)),
      get errors() {
        return tab.errors.slice(errorsFrom);
      },
      get outsideRequests() {
        return tab.outsideRequests.slice(requestsFrom);
      },
      close: async () => {
        if (!broken) {
          idle.push(entry);
          return;
        }
        open.delete(entry);
        await tab.close();
      },
    };
  };
  return {
    take,
    closeAll: async () => {
      const tabs = [...open];
      open.clear();
      idle.length = 0;
      await Promise.all(tabs.map((p) => p.tab.close().catch(() => undefined)));
    },
  };
}
