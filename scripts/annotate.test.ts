import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, SCRIPT_TEST_TIMEOUT_MS } from '../tests/support/run-script';
import { annotate } from './annotate';

/** The command line, in a child process: what a reader runs (its exit status and streams). */
const annotateCli = (...args: string[]) => runScript('annotate', ...args);

const dir = mkdtempSync(join(tmpdir(), 'annotate-test-'));

// The first test runs the command line in a child process (a tsx child costs seconds of CPU);
// the others call the script's own function, which returns what the command line prints.
describe('npm run annotate', () => {
  it(
    'prints mentions and unknown names for a .txt file',
    () => {
      const file = join(dir, 'story.txt');
      writeFileSync(file, 'Treasury Secretary Scott Bessent met analyst Maria Lopez about Nvidia chips.');
      const run = annotateCli(file);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.mentions).toEqual([
        { entity: 'scott-bessent', start: 19, end: 32, text: 'Scott Bessent' },
        { entity: 'nvidia', start: 63, end: 69, text: 'Nvidia' },
      ]);
      expect(result.unknownNames).toContainEqual({ text: 'Maria Lopez', kind: 'person' });
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );

  it(
    'annotates a Chinese .txt file: titles folded into the person, Latin names against Han text',
    async () => {
      const file = join(dir, 'zh-hans.txt');
      writeFileSync(file, '国务院副总理何立峰与美国财政部长贝森特在吉隆坡会谈。TikTok母公司字节跳动表示。');
      const run = await annotate([file]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).mentions).toEqual([
        { entity: 'he-lifeng', start: 0, end: 9, text: '国务院副总理何立峰' },
        { entity: 'scott-bessent', start: 10, end: 19, text: '美国财政部长贝森特' },
        { entity: 'kuala-lumpur', start: 20, end: 23, text: '吉隆坡' },
        { entity: 'tiktok', start: 26, end: 32, text: 'TikTok' },
        { entity: 'bytedance', start: 35, end: 39, text: '字节跳动' },
      ]);
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );

  it(
    'annotates a Traditional Chinese .html page, a name split across tags included',
    async () => {
      const file = join(dir, 'zh-hant.html');
      writeFileSync(
        file,
        '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>輝達</title></head>' +
          '<body><p>美國總統<b>川</b>普與習近平在釜山會晤，輝達執行長黃仁勳出席。</p></body></html>',
      );
      const run = await annotate([file]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).mentions).toEqual([
        { entity: 'donald-trump', start: 0, end: 6, text: '美國總統川普' },
        { entity: 'xi-jinping', start: 7, end: 10, text: '習近平' },
        { entity: 'busan', start: 11, end: 13, text: '釜山' },
        { entity: 'nvidia', start: 16, end: 18, text: '輝達' },
        { entity: 'jensen-huang', start: 21, end: 24, text: '黃仁勳' },
      ]);
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );

  it(
    'extracts text from an .html file as the content script would',
    async () => {
      const file = join(dir, 'page.html');
      writeFileSync(
        file,
        '<html><head><title>Nvidia</title><script>var x = "TikTok"</script></head>' +
          '<body><h1>Talks</h1><p><b>Scott</b> Bessent flew to Madrid.</p><pre>ByteDance</pre></body></html>',
      );
      const run = await annotate([file]);
      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.mentions.map((m: { entity: string; text: string }) => [m.entity, m.text])).toEqual([
        ['scott-bessent', 'Scott Bessent'],
        ['madrid', 'Madrid'],
      ]);
      expect(result.mentions[0].start).toBe('Talks\n'.length);
      expect(Array.isArray(result.unknownNames)).toBe(true);
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );

  it(
    'fails with one line on stderr and exit 2 for a missing file',
    async () => {
      const run = await annotate([join(dir, 'no-such-file.txt')]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('no-such-file.txt');
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );

  it(
    'fails with a usage line and exit 2 without a file argument',
    async () => {
      const run = await annotate([]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^annotate: usage/);
    },
    SCRIPT_TEST_TIMEOUT_MS,
  );
});
