/**
 * The project's structure rules are Biome rules in biome.json (`npm run lint` enforces them on the
 * real tree):
 * - `src/` is pure: no `node:*`, `webextension-polyfill`, `happy-dom`, nothing from `extension/`,
 *   `scripts/` or `tests/`, and no `browser` / `chrome` global (tests beside the code are exempt);
 * - `extension/` imports no `node:*`, `scripts/` or `tests/`, and only the background imports
 *   `extension/background/` (it alone owns storage and the pack);
 * - `src/settings/` has one front door: code outside it imports `src/settings/index.ts` only;
 * - no import cycle anywhere, type-only imports included;
 * - in `src/` and `extension/`: no file over 300 lines (tests included), no function over 80 lines
 *   (tests exempt: a `describe` block is one function).
 *
 * This test copies biome.json into a scratch tree that breaks each rule once and keeps to it once,
 * and checks Biome reports exactly the breaks: a rule dropped or loosened in biome.json fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

function lines(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index)).join('\n');
}

/** A function whose body (between its braces) spans `bodyLines` lines. */
function functionOf(bodyLines: number): string {
  return `export function long(): number {\n  let n = 0;\n${lines(bodyLines - 2, () => '  n += 1;')}\n  return n;\n}\n`;
}

/** Scratch files: path → text. */
const FILES: Record<string, string> = {
  'src/uses-node.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/uses-polyfill.ts': "import browser from 'webextension-polyfill';\nexport const b = browser;\n",
  'src/uses-happy-dom.ts': "import { Window } from 'happy-dom';\nexport const w = Window;\n",
  'src/uses-extension.ts': "import { x } from '../extension/ok';\nexport const y = x;\n",
  'src/uses-scripts.ts': "import { x } from '../scripts/lib/x';\nexport const y = x;\n",
  'src/uses-browser-global.ts': 'export const id = () => browser.runtime.id;\n',
  'src/uses-chrome-global.ts': 'export const id = () => chrome.runtime.id;\n',
  'src/cycle-a.ts': "import type { B } from './cycle-b';\nexport type A = { b?: B };\n",
  'src/cycle-b.ts': "import type { A } from './cycle-a';\nexport type B = { a?: A };\n",
  'src/pure.ts':
    "import * as v from 'valibot';\nimport { x } from './helper';\nexport const s = v.string();\nexport const y = x;\n",
  'src/helper.ts': 'export const x = 1;\n',
  'src/pure.test.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/uses-settings-inside.ts': "import { x } from './settings/schema';\nexport const y = x;\n",
  'src/uses-settings-door.ts': "import { x } from './settings';\nexport const y = x;\n",
  'src/settings/index.ts': "export { x } from './schema';\n",
  'src/settings/schema.ts': 'export const x = 1;\n',
  'extension/ok.ts': "import browser from 'webextension-polyfill';\nexport const x = browser.runtime.id;\n",
  'extension/popup/uses-background.ts': "import { x } from '../background/store';\nexport const y = x;\n",
  'extension/popup/uses-settings-inside.ts':
    "import { x } from '../../src/settings/schema';\nexport const y = x;\n",
  'extension/background/store.ts': "import { x } from '../../src/settings';\nexport const y = x;\n",
  'extension/background/uses-settings-inside.ts':
    "import { x } from '../../src/settings/schema';\nexport const y = x;\n",
  'extension/uses-node.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'extension/uses-tests.ts': "import { t } from '../tests/support/t';\nexport const u = t;\n",
  'extension/long-function.ts': functionOf(81),
  'extension/function-at-limit.ts': functionOf(80),
  'extension/long-file.ts': `${lines(301, (i) => `export const n${i} = ${i};`)}\n`,
  'extension/file-at-limit.ts': `${lines(300, (i) => `export const n${i} = ${i};`)}\n`,
  'extension/long.test.ts': functionOf(120),
  'extension/long-file.test.ts': `${lines(301, (i) => `export const n${i} = ${i};`)}\n`,
  'extension/file-at-limit.test.ts': `${lines(300, (i) => `export const n${i} = ${i};`)}\n`,
};

const EXPECTED = [
  'extension/background/uses-settings-inside.ts lint/style/noRestrictedImports',
  'extension/long-file.test.ts lint/style/noExcessiveLinesPerFile',
  'extension/long-file.ts lint/style/noExcessiveLinesPerFile',
  'extension/long-function.ts lint/complexity/noExcessiveLinesPerFunction',
  'extension/popup/uses-background.ts lint/style/noRestrictedImports',
  'extension/popup/uses-settings-inside.ts lint/style/noRestrictedImports',
  'extension/uses-node.ts lint/style/noRestrictedImports',
  'extension/uses-tests.ts lint/style/noRestrictedImports',
  'src/cycle-a.ts lint/suspicious/noImportCycles',
  'src/cycle-b.ts lint/suspicious/noImportCycles',
  'src/uses-browser-global.ts lint/style/noRestrictedGlobals',
  'src/uses-chrome-global.ts lint/style/noRestrictedGlobals',
  'src/uses-extension.ts lint/style/noRestrictedImports',
  'src/uses-happy-dom.ts lint/style/noRestrictedImports',
  'src/uses-node.ts lint/style/noRestrictedImports',
  'src/uses-polyfill.ts lint/style/noRestrictedImports',
  'src/uses-scripts.ts lint/style/noRestrictedImports',
  'src/uses-settings-inside.ts lint/style/noRestrictedImports',
];

/** Biome lints the scratch tree in well under a second; a loaded machine may take many times that. */
const BIOME_TIMEOUT_MS = 60_000;

type Report = { diagnostics: { category: string; location: { path: string } }[] };

describe('structure rules (biome.json)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'backstory-structure-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    'reports each break of the rules, and nothing else',
    () => {
      const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
      delete config.$schema;
      writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
      for (const [path, text] of Object.entries(FILES)) {
        mkdirSync(dirname(join(scratch, path)), { recursive: true });
        writeFileSync(join(scratch, path), text);
      }
      let output: string;
      try {
        output = execFileSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
          cwd: scratch,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        // Biome exits 1 when it reports errors; the report is still on stdout.
        output = (error as { stdout: string }).stdout;
      }
      const report = JSON.parse(output) as Report;
      const found = report.diagnostics.map((d) => `${d.location.path} ${d.category}`);
      expect([...new Set(found)].sort()).toEqual(EXPECTED);
    },
    BIOME_TIMEOUT_MS,
  );
});

/**
 * The most lines a file in `src/` or `extension/` may have, counted as an editor (or `wc -l`) counts
 * them: Biome's rule leaves a file's leading and trailing comments out of its count.
 */
const MAX_FILE_LINES = 300;

describe('file length on the real tree', () => {
  it('keeps every file in src/ and extension/, tests included, to 300 lines, comments included', () => {
    const long = ['src', 'extension'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(tsx?|css|html)$/.test(file))
        .map((file) => `${dir}/${file.split('\\').join('/')}`)
        .filter((file) => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 > MAX_FILE_LINES),
    );
    expect(long).toEqual([]);
  });
});

/** Storage areas and their change event, as extension code reaches them. */
const STORAGE_USE = /\bstorage\s*\.\s*(sync|local|session|managed|onChanged)\b/;
/**
 * The files that may touch storage: the background's user-storage module, and a popup test hook
 * that reads a fixed clock (compiled out of production builds).
 */
const STORAGE_USERS = ['extension/background/user-storage.ts', 'extension/popup/clock.ts'];

/** Source text with comments removed, so documentation may name what the code avoids. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) =>
      relative(ROOT, join(ROOT, dir, file))
        .split('\\')
        .join('/'),
    );
}

describe('one owner for settings', () => {
  it('leaves browser.storage to the background', () => {
    const files = sourceFiles('extension');
    const users = files.filter((file) =>
      STORAGE_USE.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))),
    );
    expect(users.sort()).toEqual(STORAGE_USERS);
  });
});
