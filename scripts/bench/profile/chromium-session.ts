/**
 * Chromium for the profiling benches: one unpacked extension (or none), no waiting for a service
 * worker (the naive highlighter has none), requests outside 127.0.0.1 aborted, and browser-wide
 * tracing through a CDP session (`Tracing.start` on any page's session records every process).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, isLocalUrl, removeTempDir } from '../../../tests/browser/harness';
import { TRACE_CATEGORIES, type TraceEvent } from './chromium-trace';
import type { ProfiledTab } from './loads';

/** A Playwright page as a profiled tab. */
export function chromiumTab(page: Page): ProfiledTab {
  return {
    addInitScript: async (source) => {
      await page.addInitScript(source);
    },
    goto: async (url, timeoutMs) => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    close: () => page.close(),
  };
}

export type ProfiledChromium = {
  context: BrowserContext;
  newTab(): Promise<ProfiledTab>;
  /** Starts a browser-wide trace; the returned function stops it and resolves to its events. */
  startTrace(): Promise<() => Promise<TraceEvent[]>>;
  close(): Promise<void>;
};

export async function launchProfiledChromium(
  extensionDir: string | undefined,
  args: string[] = [],
): Promise<ProfiledChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...args,
    ],
  });
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  // The persistent context opens with one blank page: it carries the tracing session.
  const anchor: Page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(anchor);
  return {
    context,
    newTab: async () => chromiumTab(await context.newPage()),
    async startTrace() {
      const events: TraceEvent[] = [];
      const collect = (payload: { value: unknown[] }) => {
        for (const event of payload.value) events.push(event as TraceEvent);
      };
      cdp.on('Tracing.dataCollected', collect);
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: TRACE_CATEGORIES },
      });
      return async () => {
        const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', collect);
        return events;
      };
    },
    close: async () => {
      await context.close();
      removeTempDir(profile);
    },
  };
}
