import { describe, expect, it } from 'vitest';
import { tabPool } from './tab-pool';
import type { SweepTab } from './tabs';

/** A stand-in tab that records what was asked of it; `goto` fails for URLs containing "bad". */
function fakeTab(id: number, log: string[]): SweepTab {
  const tab: SweepTab = {
    errors: [],
    outsideRequests: [],
    addInitScript: async (source) => {
      log.push(`tab${id} init ${source}`);
    },
    goto: async (url) => {
      log.push(`tab${id} goto ${url}`);
      if (url.includes('bad')) throw new Error('navigation failed');
      tab.errors.push(`error on ${url}`);
      tab.outsideRequests.push(`https://example.com/from-${url}`);
    },
    evaluate: async <R>() => 'value' as R,
    close: async () => {
      log.push(`tab${id} close`);
    },
  };
  return tab;
}

function fakeBrowser(log: string[]) {
  let opened = 0;
  return {
    newTab: async () => {
      opened += 1;
      log.push(`open tab${opened}`);
      return fakeTab(opened, log);
    },
  };
}

describe('tabPool', () => {
  it('reuses a given-back tab, adds an init script once, and counts errors and requests per page', async () => {
    const log: string[] = [];
    const pool = tabPool(fakeBrowser(log));
    const first = await pool.take();
    await first.addInitScript('probe');
    await first.goto('a', 1000);
    expect(first.errors).toEqual(['error on a']);
    await first.close();
    const second = await pool.take();
    await second.addInitScript('probe');
    await second.goto('b', 1000);
    expect(second.errors).toEqual(['error on b']);
    expect(second.outsideRequests).toEqual(['https://example.com/from-b']);
    await second.close();
    await pool.closeAll();
    expect(log).toEqual(['open tab1', 'tab1 init probe', 'tab1 goto a', 'tab1 goto b', 'tab1 close']);
  });

  it('opens a second tab while the first is taken, and closes a tab whose navigation failed', async () => {
    const log: string[] = [];
    const pool = tabPool(fakeBrowser(log));
    const one = await pool.take();
    const two = await pool.take();
    await expect(one.goto('bad', 1000)).rejects.toThrow('navigation failed');
    await one.close();
    await two.close();
    const three = await pool.take();
    await three.goto('c', 1000);
    await three.close();
    await pool.closeAll();
    expect(log).toEqual([
      'open tab1',
      'open tab2',
      'tab1 goto bad',
      'tab1 close',
      'tab2 goto c',
      'tab2 close',
    ]);
  });
});
