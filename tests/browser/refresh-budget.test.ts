/**
 * The refresh scheduler's budget holds for navigations (Chromium, test-hooks build): a page that
 * pushes a new URL and swaps in a new <body> every 20 ms for 6 s (tests/stress/spa-churn.html)
 * gets at most one refresh pass (each reads the page and asks for one recognition) per refresh
 * interval, counted from the content script's `backstory:refresh` marks on the page's own timeline.
 * The mark is made as a pass starts, on the clock the scheduler spaces its passes by (the page's
 * `performance.now()`), so the bound computed from the churn's elapsed time holds however loaded the
 * machine is: it is not raced against a timer. The positive signal that the work ran: the final
 * body's name is highlighted once the page stops.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_REFRESH_INTERVAL_MS } from '../../extension/content/refresh-scheduler';
import {
  type ChromiumSession,
  launchChromium,
  ROOT,
  readHighlights,
  type StaticServer,
  serveStatic,
} from './harness';
import { waitUntil } from './popup-helpers';

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveStatic({
    '/spa-churn.html': readFileSync(join(ROOT, 'tests/stress/spa-churn.html'), 'utf8'),
  });
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Churn = { started: number; ended: number; swaps: number };

describe('refresh budget under navigation churn (Chromium)', () => {
  it('a body swapped on pushState every 20 ms drives at most one refresh pass per interval', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/spa-churn.html'));
    await waitUntil(
      'the first highlight',
      () => readHighlights(page),
      (h) => h.length > 0,
      30_000,
    );
    await page.evaluate(() => (window as unknown as { startChurn(): void }).startChurn());
    await waitUntil(
      'the churn to end',
      () => page.title(),
      (title) => title === 'done',
      60_000,
    );
    const texts = await waitUntil(
      'the final body to be highlighted',
      async () => (await readHighlights(page)).map((h) => h.text),
      (list) => list.includes('He Lifeng'),
      30_000,
    );
    expect(texts).toEqual(['He Lifeng']);
    const { churn, marks } = await page.evaluate(() => ({
      churn: (window as unknown as { churn: Churn }).churn,
      marks: performance.getEntriesByName('backstory:refresh').map((m) => m.startTime),
    }));
    const during = marks.filter((t) => t >= churn.started && t <= churn.ended);
    const elapsed = churn.ended - churn.started;
    // One run may already be due when the churn starts; after that, one per interval at most.
    const bound = 1 + Math.ceil(elapsed / MIN_REFRESH_INTERVAL_MS);
    console.log(
      `spa churn: ${churn.swaps} navigations in ${(elapsed / 1000).toFixed(1)} s, ${during.length} refresh passes (bound ${bound})`,
    );
    expect(churn.swaps).toBeGreaterThan(bound * 2); // the page really navigated faster than the budget
    expect(during.length).toBeLessThanOrEqual(bound);
    await page.close();
    expect(session.errors).toEqual([]);
  });
});
