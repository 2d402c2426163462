/**
 * The sweep itself: serve the saved pages inert on 127.0.0.1, load each in a browser with the
 * test-hooks build of the extension, measure, and collect the results.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimited, measurePage, type SettleTiming, SWEEP_TIMING } from './measure';
import type { SavedPage } from './pages';
import { type PageMeasurement, pageProblems } from './report';
import { sanitizeHtml } from './sanitize';
import { type Route, servePages } from './server';
import { tabPool } from './tab-pool';
import type { SweepBrowser } from './tabs';

export interface SweepRun {
  results: PageMeasurement[];
  /** Extension errors / outside requests no single tab could be blamed for (e.g. background). */
  unattributedErrors: string[];
  unattributedOutsideRequests: string[];
  seconds: number;
}

export function pagePath(page: SavedPage): string {
  return `/${encodeURIComponent(page.name)}/`;
}

/**
 * `BACKSTORY_SWEEP_CACHE=dir`: the sanitized pages are also kept in `dir`, keyed by a digest of the
 * saved HTML, so the second sweep of one `npm test` (Firefox after Chromium, scripts/test-all.sh)
 * reads them instead of parsing all 130 pages with happy-dom again (about 15 CPU-s). The folder
 * lives only as long as that run: a change to the sanitizer can never meet an older result.
 */
export const SWEEP_CACHE_ENV = 'BACKSTORY_SWEEP_CACHE';

async function sanitizeCached(source: string, dir: string | undefined): Promise<string> {
  if (!dir) return (await sanitizeHtml(source)).html;
  const file = join(dir, `${createHash('sha256').update(source).digest('hex')}.html`);
  const kept = await readFile(file, 'utf8').catch(() => undefined);
  if (kept !== undefined) return kept;
  const html = (await sanitizeHtml(source)).html;
  await mkdir(dir, { recursive: true });
  // Written under another name and renamed, so a reader never sees half a file.
  await writeFile(`${file}.${process.pid}`, html);
  await rename(`${file}.${process.pid}`, file);
  return html;
}

/** Sanitized HTML per page, computed once and shared by the server and the DOM check. */
function sanitizedCache(): (page: SavedPage) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  const dir = process.env[SWEEP_CACHE_ENV] || undefined;
  return (page) => {
    let html = cache.get(page.file);
    if (!html) {
      html = readFile(page.file, 'utf8').then((source) => sanitizeCached(source, dir));
      cache.set(page.file, html);
    }
    return html;
  };
}

export async function runSweep(
  pages: readonly SavedPage[],
  browser: SweepBrowser,
  options: {
    concurrency: number;
    timing?: SettleTiming;
    onPage?: (result: PageMeasurement, done: number) => void;
  },
): Promise<SweepRun> {
  const started = Date.now();
  const served = sanitizedCache();
  const routes = new Map<string, Route>(pages.map((page) => [pagePath(page), { body: () => served(page) }]));
  const server = await servePages(routes);
  const tabs = tabPool(browser);
  let done = 0;
  try {
    const results = await mapLimited(pages, options.concurrency, async (page) => {
      const servedHtml = await served(page);
      const timing = options.timing ?? SWEEP_TIMING;
      const measure = (t: SettleTiming) =>
        measurePage(
          () => tabs.take(),
          { name: page.name, url: server.url(pagePath(page)), bytes: page.bytes, servedHtml },
          t,
        );
      let result = await measure(timing);
      if (result.loadError && NAVIGATION_TIMEOUT.test(result.loadError)) {
        // A page served from this machine that does not load in 30 s means a starved machine, not
        // a verdict on the extension: load it once more with twice the time. What the first try
        // saw (extension errors, outside requests) still counts.
        console.log(`retry ${page.name}: ${result.loadError}`);
        const again = await measure({ ...timing, loadTimeoutMs: timing.loadTimeoutMs * 2 });
        result = {
          ...again,
          extensionErrors: [...result.extensionErrors, ...again.extensionErrors],
          outsideRequests: [...result.outsideRequests, ...again.outsideRequests],
        };
      }
      done += 1;
      options.onPage?.(result, done);
      return result;
    });
    const tabErrors = new Set(results.flatMap((r) => r.extensionErrors));
    const tabRequests = new Set(results.flatMap((r) => r.outsideRequests));
    return {
      results,
      unattributedErrors: browser.sessionErrors().filter((e) => !tabErrors.has(e)),
      unattributedOutsideRequests: browser.sessionOutsideRequests().filter((r) => !tabRequests.has(r)),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await tabs.closeAll();
    await server.close();
  }
}

/** A navigation that did not reach `load` in time (Playwright's and Puppeteer's wording). */
const NAVIGATION_TIMEOUT = /timeout .*exceeded|navigation timeout/i;

/** True when the run must fail: a page problem, or an error/request from anywhere. */
export function sweepFailed(run: SweepRun): boolean {
  return (
    run.results.some((r) => pageProblems(r).length > 0) ||
    run.unattributedErrors.length > 0 ||
    run.unattributedOutsideRequests.length > 0
  );
}
