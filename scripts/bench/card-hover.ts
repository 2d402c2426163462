/**
 * Card hover bench (`npm run bench -- --only card-hover`): the content script's main-thread cost
 * per pointer move over an article, in Chromium with the test-hooks build, beside a bare platform
 * hit-test (`caretRangeFromPoint` in a page `pointermove` listener, the baseline) on the same
 * moves in the same tab. Two sweeps of SWEEP_STEPS moves across the mentions of
 * tests/pages/card-article.html; the extension's `card:*` task measures are counted and timed.
 * Was a browser test; a count of timed events depends on the machine's load, so it lives here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTIONS_ON_ARTICLE, textBox } from '../../tests/browser/card-helpers';
import { launchChromium, PAGES_DIR, serveStatic, waitForHighlights } from '../../tests/browser/harness';
import { percentile } from '../lib/percentile';
import type { BenchModule, BenchTable } from './types';

const SWEEP_STEPS = 60;
/** Collects the bare hit-test's durations; installed by the page itself, not the extension. */
const BASELINE_SCRIPT = `<script>
  window.__bareHitTests = [];
  addEventListener('pointermove', (event) => {
    const started = performance.now();
    document.caretRangeFromPoint(event.clientX, event.clientY);
    window.__bareHitTests.push(performance.now() - started);
  }, { passive: true });
</script>`;

export const bench: BenchModule = {
  name: 'card-hover',
  description: 'content-script work per pointer move (card hit-tests) against a bare caretRangeFromPoint',
  async run(): Promise<BenchTable[]> {
    const article = readFileSync(join(PAGES_DIR, 'card-article.html'), 'utf8');
    const server = await serveStatic({
      '/hover.html': article.replace('</head>', `${BASELINE_SCRIPT}</head>`),
    });
    const session = await launchChromium();
    try {
      const page = await session.newPage();
      await page.goto(server.url('/hover.html'));
      await waitForHighlights(page, { min: MENTIONS_ON_ARTICLE });
      await page.evaluate(() => {
        performance.clearMeasures('backstory:task');
        (window as unknown as { __bareHitTests: number[] }).__bareHitTests = [];
      });
      const start = await textBox(page, 'Treasury');
      const end = await textBox(page, 'TikTok');
      if (!start || !end) throw new Error('bench card-hover: mentions not found on the article');
      await page.mouse.move(start.left - 40, start.y);
      await page.mouse.move(end.right + 40, end.y, { steps: SWEEP_STEPS });
      await page.mouse.move(start.left - 40, start.y, { steps: SWEEP_STEPS });
      const { ours, bare } = await page.evaluate(() => ({
        ours: performance
          .getEntriesByName('backstory:task')
          .filter((entry) => String((entry as PerformanceMeasure).detail).startsWith('card:'))
          .map((entry) => entry.duration),
        bare: (window as unknown as { __bareHitTests: number[] }).__bareHitTests,
      }));
      const moves = 2 * SWEEP_STEPS + 1;
      const row = (name: string, durations: number[]) => [
        name,
        durations.length,
        moves,
        percentile(durations, 0.5, 0).toFixed(3),
        percentile(durations, 0.95, 0).toFixed(3),
        (durations.reduce((a, b) => a + b, 0) / moves).toFixed(3),
      ];
      const oursPerMove = ours.reduce((a, b) => a + b, 0) / moves;
      const barePerMove = bare.reduce((a, b) => a + b, 0) / moves;
      return [
        {
          title: 'Main-thread work per pointer move over card-article.html (Chromium, test-hooks build)',
          columns: ['work', 'tasks', 'pointer moves', 'median ms', 'p95 ms', 'ms per move'],
          rows: [row('Backstory card tasks', ours), row('bare caretRangeFromPoint', bare)],
          notes: [
            `ratio (ms per move, Backstory / bare): ${(oursPerMove / (barePerMove || Number.NaN)).toFixed(2)}`,
            'Backstory: backstory:task measures whose detail starts with "card:" (at most one hit-test per move);',
            'bare: one caretRangeFromPoint per pointermove, timed by a listener the page installs.',
          ],
        },
      ];
    } finally {
      await session.close();
      await server.close();
    }
  },
};
