/**
 * Chinese pages in Chromium and Firefox ESR (test-hooks build): the Chinese demo article gets its
 * names highlighted (Simplified and Traditional, split across tags, titles folded into the person,
 * the late paragraph too, the hidden copy and the trap sentence left alone), and the Chinese trap
 * page gets none. The card's Chinese UI is not part of this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  type FirefoxSession,
  launchChromium,
  launchFirefox,
  readHighlights,
  type StaticServer,
  serveStatic,
  sleep,
  waitForHighlights,
} from './harness';

const ARTICLE_MENTIONS = [
  'TikTok', // headline
  '美国财政部长贝森特',
  '马德里',
  '国务院副总理何立峰', // 何<b>立峰</b>
  '贝森特',
  '美方代表格里尔',
  '中国商务部国际贸易谈判代表兼副部长李成钢',
  '英伟达', // 英<span>伟达</span>
  '黄仁勋',
  '保护美国人免受外国对手控制应用程序法案',
  '字节跳动',
  '甲骨文',
  '银湖资本',
  'MGX',
  '川普',
  '輝達',
  '字節跳動',
  '周受資',
];
const LATE_MENTIONS = ['美国商务部长卢特尼克', '习近平', '特朗普', '釜山', '美国商务部'];

type AnyPage = {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  close(): Promise<unknown>;
};
type Session = (ChromiumSession | FirefoxSession) & { newPage(): Promise<AnyPage> };

const LAUNCHERS = {
  chromium: () => launchChromium() as Promise<Session>,
  firefox: () => launchFirefox() as Promise<Session>,
};

const texts = (highlights: { text: string }[]) => highlights.map((h) => h.text);

describe.each(Object.entries(LAUNCHERS))('Chinese pages in %s', (_name, launch) => {
  let session: Session;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({});
    session = await launch();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights the Chinese demo article, its late paragraph included, and nothing in the trap sentence', async () => {
    const page: AnyPage = await session.newPage();
    await page.goto(server.url('/zh-article.html'));
    // The late paragraph may already be there on a slow machine: the first paint is a prefix.
    const first = texts(await waitForHighlights(page, { min: ARTICLE_MENTIONS.length }));
    expect(first).toEqual([...ARTICLE_MENTIONS, ...LATE_MENTIONS].slice(0, first.length));
    const all = await waitForHighlights(page, { min: ARTICLE_MENTIONS.length + LATE_MENTIONS.length });
    expect(texts(all)).toEqual([...ARTICLE_MENTIONS, ...LATE_MENTIONS]);
    const inTraps = await page.evaluate(
      () =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('backstory-'))
          .flatMap(([, highlight]) => [...highlight] as Range[])
          .filter((r) => document.getElementById('traps')?.contains(r.startContainer)).length,
    );
    expect(inTraps).toBe(0);
    await page.close();
  });

  it('highlights nothing on the Chinese trap page once the content script has painted it', async () => {
    const page: AnyPage = await session.newPage();
    await page.goto(server.url('/zh-traps.html'));
    // Positive signal: the content script received the background's answer and painted (nothing).
    const deadline = Date.now() + 15_000;
    let painted = 0;
    while (painted === 0 && Date.now() < deadline) {
      painted = await page.evaluate(() => performance.getEntriesByName('backstory:painted').length);
      if (painted === 0) await sleep(100);
    }
    expect(painted).toBeGreaterThan(0);
    expect(texts(await readHighlights(page))).toEqual([]);
    await page.close();
  });
});
