/**
 * Security review, source side (see docs/security.md): no HTML-string sinks or dynamic code in
 * shipped source, links in cards are http(s) only, and the manifest template asks for nothing it
 * does not need. Runs without a build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BROWSERS, manifestFor } from '../../scripts/build/manifest';
import { sourceLink, wikidataLink } from '../../src/card/card-format';
import { FactSchema, TimelineEntrySchema } from '../../src/knowledge/schema';
import { expectLockedDownManifest } from './locked-down-manifest';

const ROOT = resolve(import.meta.dirname, '../..');
const SHIPPED_SOURCE_DIRS = ['extension', 'src'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|html)$/;
/**
 * Tests run in Node and never ship; everything else under extension/ and src/ may (Node-only
 * helpers live in scripts/lib/ and tests/support/). What does ship is checked byte for byte in
 * security-build.test.ts.
 */
const TEST_FILE = /\.test\.tsx?$/;

/** Sinks that turn strings into markup or code. Allow-list: none. */
const FORBIDDEN_SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML assignment', pattern: /\bouterHTML\s*=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: 'eval', pattern: /(^|[^.\w$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
];

function shippedSourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE_FILE.test(entry) && !TEST_FILE.test(entry)) out.push(path);
    }
  };
  for (const dir of SHIPPED_SOURCE_DIRS) walk(join(ROOT, dir));
  return out;
}

/** Source text with comments removed, so documentation may name the sinks it avoids. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('shipped source has no markup or code sinks', () => {
  const files = shippedSourceFiles();

  it('finds the source (guards against a vacuous pass)', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(join('content', 'index.ts')))).toBe(true);
  });

  for (const sink of FORBIDDEN_SINKS) {
    it(`uses no ${sink.name}`, () => {
      const hits = files.flatMap((file) =>
        withoutComments(readFileSync(file, 'utf8'))
          .split('\n')
          .flatMap((line, i) =>
            sink.pattern.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
      expect(hits).toEqual([]);
    });
  }

  it('the sink patterns do catch what they are for', () => {
    const samples: Record<string, string> = {
      innerHTML: 'el.innerHTML = x',
      'outerHTML assignment': 'el.outerHTML = x',
      insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', x)",
      dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write': 'document.write(x)',
      eval: 'const y = eval(x)',
      'new Function': "new Function('return 1')",
      'setTimeout/setInterval with a string': "setTimeout('go()', 1)",
      createContextualFragment: 'range.createContextualFragment(x)',
      srcdoc: 'frame.srcdoc = x',
    };
    for (const sink of FORBIDDEN_SINKS) expect(sink.pattern.test(samples[sink.name] ?? '')).toBe(true);
    expect(/(^|[^.\w$])eval\s*\(/.test('page.evaluate(x)')).toBe(false);
    expect(withoutComments('a // el.innerHTML = x\n/* innerHTML */ b')).not.toMatch(/innerHTML/);
  });

  it('extension HTML pages load only module scripts from files, no inline script or handler', () => {
    for (const page of ['extension/popup/index.html', 'extension/options/index.html']) {
      const html = readFileSync(join(ROOT, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, page).toMatch(/\bsrc="\.\/[\w.-]+"/);
        expect((body ?? '').trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
    }
  });
});

describe('links in cards are http(s) only', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    'blob:https://example.com/x',
    'about:blank',
    '//example.com/path',
    '/relative',
    'https://',
    '',
  ];

  it('sourceLink refuses every non-http(s) or host-less URL', () => {
    for (const url of hostile) expect(sourceLink(url), url).toBeUndefined();
  });

  it('sourceLink keeps ordinary https links, normalized', () => {
    expect(sourceLink('https://www.reuters.com/a?b=1')).toEqual({
      href: 'https://www.reuters.com/a?b=1',
      label: 'reuters.com',
    });
  });

  it('wikidataLink only builds links from QIDs', () => {
    expect(wikidataLink('Q42')?.href).toBe('https://www.wikidata.org/wiki/Q42');
    for (const qid of ['Q0', 'q42', 'Q42/../x', 'javascript:alert(1)', 'Q42?x', '']) {
      expect(wikidataLink(qid), qid).toBeUndefined();
    }
  });

  it('the pack schema refuses non-https fact and timeline sources', () => {
    for (const source of [...hostile, 'http://example.com/plain-http']) {
      expect(v.safeParse(FactSchema, { text: 'x', asOf: '2025-01-01', source }).success, source).toBe(false);
      expect(
        v.safeParse(TimelineEntrySchema, { date: '2025-01-01', event: 'x', source }).success,
        source,
      ).toBe(false);
    }
    expect(
      v.safeParse(FactSchema, { text: 'x', asOf: '2025-01-01', source: 'https://example.com/' }).success,
    ).toBe(true);
  });
});

describe('manifest template and per-browser manifests', () => {
  const template = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  for (const browser of BROWSERS) {
    it(`${browser}: only the card module web-accessible, no loosened CSP, no host permissions, known optional ones`, () => {
      const manifest = manifestFor(template, browser, '1.0.0');
      expectLockedDownManifest(manifest);
    });
  }

  it('content scripts run only on http(s) pages, in the top frame', () => {
    for (const script of template.content_scripts as { matches: string[]; all_frames?: boolean }[]) {
      for (const match of script.matches) expect(match).toMatch(/^https?:\/\/\*\/\*$/);
      expect(script.all_frames ?? false).toBe(false);
    }
  });
});
