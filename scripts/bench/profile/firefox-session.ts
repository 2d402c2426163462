/**
 * Firefox ESR for the profiling bench: puppeteer-core over WebDriver BiDi, one extension installed
 * (`browser.installExtension`), and the Gecko profiler running from start-up to exit
 * (`MOZ_PROFILER_STARTUP`); closing the browser writes the profile (`MOZ_PROFILER_SHUTDOWN`),
 * which `close()` reads back. Requests outside 127.0.0.1 are aborted, as in the test harness.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX_PATH, isLocalUrl, removeTempDir, sleep } from '../../../tests/browser/harness';
import type { GeckoProfile } from './gecko-profile';
import type { ProfiledTab } from './loads';

/** Sampling interval of the Gecko profiler (ms). */
export const GECKO_INTERVAL_MS = 0.5;
/** Profile buffer (entries): enough for a few pages × runs of two busy processes. */
const GECKO_ENTRIES = 32 * 1024 * 1024;
const PROFILE_WRITE_TIMEOUT_MS = 60_000;
/** Start-up with the profiler on, on a loaded 2-core box, can take a while. */
const LAUNCH_TIMEOUT_MS = 120_000;

export type ProfiledFirefox = {
  newTab(): Promise<ProfiledTab>;
  /** Closes the browser and resolves to the profile it wrote. */
  close(): Promise<GeckoProfile>;
};

type BidiCommands = { send(method: string, params: object): Promise<unknown> };

function firefoxTab(page: Page): ProfiledTab {
  return {
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    goto: async (url, timeoutMs) => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    close: () => page.close(),
  };
}

export async function launchProfiledFirefox(extensionDir: string): Promise<ProfiledFirefox> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-firefox-'));
  const profilePath = join(dir, 'profile.json');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    protocolTimeout: LAUNCH_TIMEOUT_MS,
    // Fewer processes, fewer samplers: one web content process, none launched ahead.
    extraPrefsFirefox: {
      'dom.ipc.processCount': 1,
      'dom.ipc.processCount.webIsolated': 1,
      'dom.ipc.processPrelaunch.enabled': false,
    },
    userDataDir: join(dir, 'user'),
    env: {
      ...process.env,
      MOZ_PROFILER_STARTUP: '1',
      MOZ_PROFILER_STARTUP_INTERVAL: String(GECKO_INTERVAL_MS),
      MOZ_PROFILER_STARTUP_ENTRIES: String(GECKO_ENTRIES),
      MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
      MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
      MOZ_PROFILER_SHUTDOWN: profilePath,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    async newTab() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (isLocalUrl(request.url())) request.continue().catch(() => {});
        else request.abort().catch(() => {});
      });
      return firefoxTab(page);
    },
    async close() {
      // puppeteer's close() kills the process right after asking it to quit, before Firefox has
      // written the profile: ask over BiDi, wait for the exit, then let puppeteer clean up.
      const process = browser.process();
      const exited = new Promise<void>((resolve) => {
        if (!process || process.exitCode !== null) resolve();
        else process.once('exit', () => resolve());
      });
      const connection = (browser as unknown as { connection: BidiCommands }).connection;
      await connection.send('browser.close', {}).catch(() => undefined);
      await Promise.race([exited, sleep(PROFILE_WRITE_TIMEOUT_MS)]);
      await browser.close().catch(() => undefined);
      try {
        const deadline = Date.now() + PROFILE_WRITE_TIMEOUT_MS;
        while (!existsSync(profilePath) && Date.now() < deadline) await sleep(200);
        // The file appears before it is complete: wait until it parses.
        for (;;) {
          try {
            return JSON.parse(readFileSync(profilePath, 'utf8')) as GeckoProfile;
          } catch (error) {
            if (Date.now() > deadline) throw error;
            await sleep(500);
          }
        }
      } finally {
        removeTempDir(dir);
      }
    },
  };
}
