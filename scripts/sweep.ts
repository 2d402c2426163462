/**
 * `npm run sweep -- DIR [--firefox] [--limit N] [--json out.json] [--concurrency 1|2]`
 *
 * Loads every saved page under DIR (inert: scripts stripped, CSP `script-src 'none'`, nothing may
 * leave 127.0.0.1) in a browser with the test-hooks build of the extension, and checks that the
 * extension logs no error, leaves the DOM untouched and sends no request; prints per-page timings
 * against a bare text walk. Exit 1 on any failure. Needs `npm run build -- --test-hooks`.
 */
import { writeFileSync } from 'node:fs';
import { parseSweepArgs } from './sweep/args';
import { findSavedPages } from './sweep/pages';
import { formatProblems, formatSummary, formatTable, pageProblems, summarize } from './sweep/report';
import { runSweep, sweepFailed } from './sweep/run';
import { openChromium, openFirefox } from './sweep/tabs';

/**
 * Puppeteer's BiDi request interception can reject after a tab closed ("no such request" from
 * network.failRequest / continueRequest, raised by the harness's fire-and-forget
 * `request.abort()` / `continue()`); such a rejection concerns a request already gone, so it is
 * reported and ignored instead of ending the sweep. Anything else still ends it.
 */
function ignoreClosedRequestRejections(): void {
  process.on('unhandledRejection', (reason: unknown) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    if (/no such request|Request.*not found/i.test(message)) {
      console.warn(`sweep: ignored a late interception reply: ${message.split('\n')[0]}`);
      return;
    }
    console.error(reason);
    process.exit(1);
  });
}

async function main(): Promise<number> {
  ignoreClosedRequestRejections();
  const args = parseSweepArgs(process.argv.slice(2));
  const all = findSavedPages(args.dir);
  const pages = args.limit ? all.slice(0, args.limit) : all;
  // Firefox throttles timers in background tabs, so it measures one page at a time.
  const concurrency = args.firefox ? 1 : args.concurrency;
  const browser = args.firefox ? await openFirefox() : await openChromium();
  console.log(`sweep: ${pages.length} pages from ${args.dir} in ${browser.name}, ${concurrency} at a time`);
  try {
    const run = await runSweep(pages, browser, {
      concurrency,
      onPage: (r, done) => {
        const mark = pageProblems(r).length === 0 ? 'ok  ' : 'FAIL';
        process.stdout.write(`${mark} ${String(done).padStart(3)}/${pages.length} ${r.name}\n`);
      },
    });
    console.log(`\n${formatTable(run.results)}\n`);
    console.log(formatSummary(summarize(run.results), run.seconds, browser.name));
    const problems = [
      ...formatProblems(run.results),
      ...run.unattributedErrors.map((e) => `(no page): extension error: ${e}`),
      ...run.unattributedOutsideRequests.map((r) => `(no page): outside request: ${r}`),
    ];
    if (problems.length > 0) console.log(`\nproblems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    if (args.json) {
      writeFileSync(
        args.json,
        `${JSON.stringify({ browser: browser.name, ...run, summary: summarize(run.results) }, null, 1)}\n`,
      );
      console.log(`wrote ${args.json}`);
    }
    return sweepFailed(run) ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
