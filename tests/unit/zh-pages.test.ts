/**
 * The Chinese demo pages, extracted as the content script would and recognized with the bundled
 * pack: the article's names (Simplified and Traditional, split across tags, with titles) and none
 * on the trap page. The browser E2E tests of these pages come with the Chinese UI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTextFromHtml } from '../../scripts/lib/extract-html';
import { parsePackText } from '../../src/knowledge/validate';
import { compileRecognizer } from '../../src/recognition/index';

const parsed = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const recognizer = compileRecognizer(parsed.pack);
const page = (name: string) => readFileSync(new URL(`../pages/${name}`, import.meta.url), 'utf8');
const mentionsOf = (name: string) =>
  recognizer.recognize(extractTextFromHtml(page(name)).text).map((m) => [m.entity, m.text]);

describe('Chinese demo pages', () => {
  it('zh-article.html: every name once per mention, traps left alone', () => {
    expect(mentionsOf('zh-article.html')).toEqual([
      ['tiktok', 'TikTok'],
      ['scott-bessent', '美国财政部长贝森特'],
      ['madrid', '马德里'],
      ['he-lifeng', '国务院副总理何立峰'],
      ['scott-bessent', '贝森特'],
      ['jamieson-greer', '美方代表格里尔'],
      ['li-chenggang', '中国商务部国际贸易谈判代表兼副部长李成钢'],
      ['nvidia', '英伟达'],
      ['jensen-huang', '黄仁勋'],
      ['pafaca', '保护美国人免受外国对手控制应用程序法案'],
      ['bytedance', '字节跳动'],
      ['oracle', '甲骨文'],
      ['silver-lake', '银湖资本'],
      ['mgx', 'MGX'],
      ['donald-trump', '川普'],
      ['nvidia', '輝達'],
      ['bytedance', '字節跳動'],
      ['shou-zi-chew', '周受資'],
      // The display:none paragraph: static extraction cannot see that it is hidden; a browser does.
      ['howard-lutnick', '卢特尼克'],
    ]);
  });

  it('zh-traps.html: no names at all', () => {
    expect(mentionsOf('zh-traps.html')).toEqual([]);
  });
});
