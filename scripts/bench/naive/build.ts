/**
 * Builds the naive highlighter (`content.js` beside this file) into an unpacked extension in a
 * temporary folder, for the page-thread and many-tabs benches: the bundled pack's aliases are
 * written into the script, a `::highlight()` rule styles its ranges like Backstory's underline.
 * Bench-only: never part of `dist/` or a package.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliasRule, type Pack } from '../../../src/knowledge/schema';
import { removeTempDir } from '../../../tests/browser/harness';
import { loadPackFile } from '../../lib/load-pack-file';

export const NAIVE_HIGHLIGHT = 'naive-highlighter';
export const NAIVE_GECKO_ID = 'naive-highlighter@backstory.bench';
const SCRIPT_SOURCE = join(import.meta.dirname, 'content.js');
const ALIASES_PLACEHOLDER = '__NAIVE_ALIASES__';

/** Every alias text of the pack, once each. */
export function packAliases(pack: Pack): string[] {
  return [...new Set(pack.entities.flatMap((entity) => entity.aliases.map((a) => aliasRule(a).text)))];
}

/** The naive content script with `aliases` written in. */
export function naiveScript(aliases: readonly string[]): string {
  const source = readFileSync(SCRIPT_SOURCE, 'utf8');
  if (source.split(ALIASES_PLACEHOLDER).length !== 2) {
    throw new Error(`${SCRIPT_SOURCE} must hold its alias placeholder exactly once`);
  }
  return source.replace(ALIASES_PLACEHOLDER, JSON.stringify(aliases));
}

export function naiveManifest(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: 'Naive highlighter (bench baseline)',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['content.js'],
        css: ['content.css'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: NAIVE_GECKO_ID } } } : {}),
  };
}

const CSS = `::highlight(${NAIVE_HIGHLIGHT}) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #d08700;
  text-decoration-thickness: 2px;
}
`;

export type NaiveBuild = { chrome: string; firefox: string; remove(): void };

/** Writes the naive extension for both browsers into a fresh temporary folder. */
export function buildNaiveExtension(pack: Pack = loadPackFile()): NaiveBuild {
  const root = mkdtempSync(join(tmpdir(), 'backstory-naive-'));
  const script = naiveScript(packAliases(pack));
  const dirs = { chrome: join(root, 'chrome'), firefox: join(root, 'firefox') };
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = dirs[browser];
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'content.js'), script);
    writeFileSync(join(dir, 'content.css'), CSS);
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(naiveManifest(browser), null, 2)}\n`);
  }
  return { ...dirs, remove: () => removeTempDir(root) };
}
