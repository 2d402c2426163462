/**
 * Helpers for the reader-facing tests (keys, compact card, pinning, focus, screen-reader paths,
 * underline contrast, deadline timelines, reminders, words): one interface over a Chromium or a
 * Firefox session for opening extension pages, axe-core injected into a page, and WCAG contrast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { asTestPage, type TestPage } from './card-helpers';
import {
  type ChromiumSession,
  type FirefoxSession,
  openChromiumExtensionPage,
  openFirefoxExtensionPage,
  ROOT,
} from './harness';

export type Browsers = 'chromium' | 'firefox';

/** A session of either browser, with what the reader tests need from it. */
export type ReaderSession = {
  name: Browsers;
  errors: string[];
  newPage(): Promise<TestPage>;
  /** Opens `path` (e.g. `options.html`) of the extension in a tab; `from` is an http page (Firefox opens through it). */
  extensionPage(path: string, from: TestPage): Promise<TestPage>;
  /** Every open tab's URL. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
};

export function chromiumReader(session: ChromiumSession): ReaderSession {
  return {
    name: 'chromium',
    errors: session.errors,
    newPage: async () => asTestPage(await session.newPage()),
    extensionPage: async (path) => asTestPage(await openChromiumExtensionPage(session, path)),
    tabUrls: async () => session.context.pages().map((p) => p.url()),
    close: () => session.close(),
  };
}

export function firefoxReader(session: FirefoxSession): ReaderSession {
  return {
    name: 'firefox',
    errors: session.errors,
    newPage: async () => asTestPage(await session.newPage()),
    extensionPage: async (path, from) =>
      asTestPage(await openFirefoxExtensionPage(session, from as unknown as PuppeteerPage, path)),
    tabUrls: async () =>
      Promise.all(
        (await session.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())),
      ),
    close: () => session.close(),
  };
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; nodes: string[] };

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in `page`, on `include` (CSS selectors; a nested array
 * is a path into shadow roots), injected with `evaluate` (extension pages forbid inline scripts).
 */
export async function axeViolations(page: TestPage, include?: string[][]): Promise<AxeViolation[]> {
  await page.evaluate((source) => {
    // biome-ignore lint/security/noGlobalEval: axe-core's own source, injected into the page under test.
    if (!(window as { axe?: unknown }).axe) globalThis.eval(source);
  }, AXE_SOURCE);
  return page.evaluate(async (context) => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(context ? { include: context } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include ?? null);
}

/** WCAG contrast ratio of two `rgb(r, g, b)` colors. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (v = 0) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
