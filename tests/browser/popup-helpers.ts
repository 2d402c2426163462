/**
 * Helpers for the popup/options/settings browser tests (helper D): a small news page of our own,
 * polling, highlight counting, the pack and the fixed test clock.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../src/knowledge/schema';
import { qualifiedPack } from '../support/qualified-pack';
import { pollDelay, sleep } from './harness';

/** Test-hooks builds: `storage.local` key that fixes the popup's clock (see extension/popup/clock.ts). */
export const TEST_NOW_KEY = '__testNow';

/** A short article of our own: four known names and two people/organizations the pack does not know. */
export const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume</title></head>
<body><main><h1>Talks resume after a quiet month</h1>
<p>Scott Bessent said on Tuesday that talks with He Lifeng would continue next month.</p>
<p>Nvidia shares rose after the announcement, and officials said TikTok was not discussed.</p>
<p>Maria Delgado, an economist at Harborview Partners, said the pause helped exporters.</p>
</main></body></html>`;

export const NEWS_ENTITIES = ['scott-bessent', 'he-lifeng', 'nvidia', 'tiktok'];

/**
 * The pack inside the build under test (not `public/`, which may have moved on since the build),
 * with its run-time ids (`us-china-trade-tech/nvidia`).
 */
export function bundledPack(dist: string): Pack {
  return qualifiedPack(JSON.parse(readFileSync(join(dist, 'knowledge.json'), 'utf8')) as Pack);
}

const MS_PER_DAY = 86_400_000;
/** Days between the fixed test clock and the soonest unresolved deadline. */
export const DAYS_BEFORE_SOONEST = 3;

/** A fixed clock (noon UTC) three days before the pack's soonest unresolved deadline. */
export function clockBeforeSoonest(pack: Pack): string {
  const dues = pack.deadlines.filter((d) => d.status !== 'resolved').map((d) => d.due);
  const soonest = dues.sort()[0];
  if (!soonest) throw new Error('the pack has no unresolved deadline to count down to');
  return new Date(Date.parse(`${soonest}T12:00:00Z`) - DAYS_BEFORE_SOONEST * MS_PER_DAY).toISOString();
}

type Evaluating = {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
};

/** Ranges registered in `backstory-*` highlights (works for Range and StaticRange). */
export function highlightCount(page: Evaluating): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('backstory-')) count += highlight.size;
    return count;
  });
}

/** Whether a painted highlight covers exactly `text` (a Backstory highlight range's text). */
export function isHighlighted(page: Evaluating, text: string): Promise<boolean> {
  return page.evaluate((wanted: string) => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('backstory-'))
        for (const r of highlight) {
          const live = document.createRange(); // a StaticRange has no text of its own
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === wanted) return true;
        }
    return false;
  }, text);
}

/**
 * demo-article.html names Howard Lutnick twice: in a hidden paragraph (never "on the page") and in
 * a visible update its own script appends two seconds after load. A popup read before the update
 * would list him 0 times, after it once: tests wait for the update to be painted, so the count is
 * always 1 and the hidden copy is what a count of 2 would reveal.
 */
export const LATE_UPDATE_NAME = 'Howard Lutnick';

export function waitForLateUpdate(page: Evaluating): Promise<boolean> {
  return waitUntil(
    "the demo article's late update to be painted",
    () => isHighlighted(page, LATE_UPDATE_NAME),
    Boolean,
  );
}

/** Polls `read` until `accept` holds; throws with the last value after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => last);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await sleep(pollDelay(started));
  }
}

/** A deliberately broken settings file: valid JSON, ours, but one bad value. */
export const MALFORMED_SETTINGS_FILE = JSON.stringify({
  format: 'backstory-settings',
  version: 1,
  enabledByDefault: false,
  siteExceptions: ['example.com'],
  highlightStyle: 'glitter',
  entityTypes: ['person'],
  hoverDelayMs: 400,
  showBadge: false,
});

/** Text that is not JSON at all. */
export const NOT_JSON_FILE = '{ "format": "backstory-settings", ';

/** What the popup should show for one deadline: id, status now, English countdown. */
export type ExpectedDeadline = { id: string; status: string; relative: string };

/**
 * The popup's deadline list at `nowIso` for a reader in `timeZone`, written out from the pack's
 * data by the rules the popup states (not by src/deadlines, which it tests): pending deadlines
 * soonest first; then those whose day is over or that lapsed, most recent first; then resolved ones,
 * most recent first; ties in pack order. A pending deadline whose day is over shows as "passed".
 * The countdown is English (`numeric: 'auto'`): days up to 45, months (of 30.44 days) beyond.
 */
export function expectedDeadlines(pack: Pack, nowIso: string, timeZone: string): ExpectedDeadline[] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(nowIso));
  const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  const rows = pack.deadlines.map((d, index) => {
    const days = Math.round((dayNumber(d.due) - dayNumber(today)) / MS_PER_DAY);
    const pending = d.status === 'upcoming' || d.status === 'extended';
    const status = pending && days < 0 ? 'passed' : d.status;
    const group = status === 'resolved' ? 2 : status === 'passed' || status === 'lapsed' ? 1 : 0;
    return { id: d.id, status, days, group, index };
  });
  rows.sort(
    (a, b) => a.group - b.group || (a.group === 0 ? a.days - b.days : b.days - a.days) || a.index - b.index,
  );
  return rows.map((r) => ({ id: r.id, status: r.status, relative: englishCountdown(r.days) }));
}

function englishCountdown(days: number): string {
  if (Math.abs(days) > 45) {
    const months = Math.round(days / 30.44);
    if (months === 1) return 'next month';
    if (months === -1) return 'last month';
    return months > 0 ? `in ${months} months` : `${-months} months ago`;
  }
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
