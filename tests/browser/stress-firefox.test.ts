/**
 * A subset of the stress pages in Firefox ESR (test-hooks build): the one-shot pages whose
 * highlights do not depend on timing — one 2 MB text node, 5,000 mentions, inline
 * markup 1,000 deep, and the body swapped on pushState. Same assertions as the Chromium file:
 * no extension error, no outside request, no DOM change outside the card host, correct
 * highlights. Main-thread time is printed, not asserted (the bench measures it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForSettle } from '../../scripts/sweep/measure';
import {
  type DomCheck,
  domCheckExpression,
  domProblems,
  INIT_SCRIPT,
  READ_TIMELINE,
  type TimelineSummary,
} from '../../scripts/sweep/probe';
import { type PageServer, type Route, SCRIPTED_PAGE_CSP, servePages } from '../../scripts/sweep/server';
import { openFirefox, type SweepBrowser, type SweepTab } from '../../scripts/sweep/tabs';
import { ROOT, sleep } from './harness';
import { sharedFirefox } from './shared-browsers';

const PAGES = ['huge-node', 'many-mentions', 'deep-nesting', 'spa-replace-body'];
const SETTLE = {
  loadTimeoutMs: 120_000,
  startTimeoutMs: 60_000,
  settleTimeoutMs: 120_000,
  quietMs: 500,
  pollMs: 100,
};
const HIGHLIGHT_TEXTS = `(() => {
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const range of highlight) out.push(range.toString());
  }
  return out;
})()`;

let server: PageServer;
let browser: SweepBrowser;

beforeAll(async () => {
  const routes = new Map<string, Route>(
    PAGES.map((name) => [
      `/${name}.html`,
      { body: readFileSync(join(ROOT, 'tests/stress', `${name}.html`), 'utf8'), csp: SCRIPTED_PAGE_CSP },
    ]),
  );
  server = await servePages(routes);
  browser = await openFirefox({ session: await sharedFirefox() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function load(
  name: string,
): Promise<{ tab: SweepTab; timeline: TimelineSummary; highlights: string[] }> {
  const tab = await browser.newTab();
  await tab.addInitScript(INIT_SCRIPT);
  await tab.goto(server.url(`/${name}.html`), SETTLE.loadTimeoutMs);
  await waitForSettle(tab, SETTLE);
  const timeline = await tab.evaluate<TimelineSummary>(READ_TIMELINE);
  const highlights = await tab.evaluate<string[]>(HIGHLIGHT_TEXTS);
  console.log(
    `firefox ${name}: ${timeline.taskCount} tasks, ${timeline.totalTaskMs.toFixed(0)} ms total, longest ${timeline.longestTaskMs.toFixed(1)} ms, painted ${timeline.paintedMs?.toFixed(0) ?? '-'} ms, ${highlights.length} highlights`,
  );
  return { tab, timeline, highlights };
}

async function finish(tab: SweepTab, pageMutatesItself = false): Promise<void> {
  expect(tab.errors).toEqual([]);
  expect(tab.outsideRequests).toEqual([]);
  if (!pageMutatesItself) {
    const check = await tab.evaluate<DomCheck>(domCheckExpression(''));
    expect(domProblems({ ...check, matchesServedParse: true, matchesSnapshot: true })).toEqual([]);
  }
  await tab.close();
}

describe('stress pages (Firefox ESR subset)', () => {
  it('one 2 MB text node', async () => {
    const { tab, highlights } = await load('huge-node');
    expect(highlights.filter((t) => t === 'ByteDance')).toHaveLength(20);
    await finish(tab);
  });

  it('5,000 mentions', async () => {
    const { tab, highlights } = await load('many-mentions');
    expect(highlights).toHaveLength(5_000);
    await finish(tab);
  });

  it('inline markup 1,000 deep', async () => {
    const { tab, highlights } = await load('deep-nesting');
    expect(highlights).toEqual(['He Lifeng']);
    await finish(tab);
  });

  it('body replaced on a pushState navigation', async () => {
    const { tab, highlights } = await load('spa-replace-body');
    expect(highlights).toEqual(['Scott Bessent']);
    await tab.evaluate('window.navigateToSecondArticle()');
    const deadline = Date.now() + 60_000;
    let after: string[] = [];
    while (Date.now() < deadline) {
      after = await tab.evaluate<string[]>(HIGHLIGHT_TEXTS);
      if (after.includes('He Lifeng')) break;
      await sleep(100);
    }
    expect(after).toEqual(['He Lifeng']);
    await finish(tab, true);
  });
});
