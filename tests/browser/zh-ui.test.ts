/**
 * The Chinese interface in a real browser whose UI language is Simplified Chinese (Chromium:
 * `LANGUAGE=zh_CN` with Debian's chromium-l10n; Firefox ESR: `intl.locale.requested` with its zh-CN
 * language pack). The popup speaks Chinese with Chinese dates; on the Chinese demo article a real
 * pointer move opens Scott Bessent's card, which shows the pack's Simplified description marked
 * "译自英文原文", while the facts stay in their sourced English. The options page's knowledge-pack
 * section speaks Chinese, with Chinese counts and dates. The same browsers in Traditional Chinese
 * (zh-TW: chromium-l10n, firefox-esr-l10n-zh-tw) show Taiwan's words (檔案, 網址, 新增, 則) and
 * Taiwan's dates and countdowns from Intl (週日, "3 天後", where zh-CN writes 周日, "3天后"), and
 * the card's Traditional description marked "譯自英文原文".
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asTestPage, clickElement, type TestPage, textBox, waitFor, waitForCard } from './card-helpers';
import {
  launchChromium,
  launchFirefox,
  openChromiumExtensionPage,
  openFirefoxExtensionPage,
  type StaticServer,
  serveStatic,
  TEST_DIST,
  waitForHighlights,
} from './harness';
import { bundledPack, clockBeforeSoonest, TEST_NOW_KEY } from './popup-helpers';

const UI_LANGUAGE = 'zh-CN';
/** Scott Bessent's `translations["zh-Hans"]` in public/knowledge.json. */
const BESSENT_NAME = '斯科特·贝森特';
const BESSENT_DESCRIPTION = '2025年1月起任美国财政部长；在与中国国务院副总理何立峰的经贸磋商中率领美方。';
/** A day as Intl writes it in zh-CN: "2026年11月29日", with or without a weekday after it. */
const CHINESE_DAY = /\d{4}年\d{1,2}月\d{1,2}日/;

type Session = {
  newPage(): Promise<TestPage>;
  extensionPage(path: string, from: TestPage): Promise<TestPage>;
};

type Launcher = (uiLanguage: string) => Promise<Session & { close(): Promise<void> }>;

const LAUNCHERS: Record<string, Launcher> = {
  chromium: async (uiLanguage) => {
    const session = await launchChromium({ uiLanguage });
    return {
      newPage: async () => asTestPage(await session.newPage()),
      extensionPage: async (path) => asTestPage(await openChromiumExtensionPage(session, path)),
      close: () => session.close(),
    };
  },
  firefox: async (uiLanguage) => {
    const session = await launchFirefox({ uiLanguage });
    return {
      newPage: async () => asTestPage(await session.newPage()),
      extensionPage: async (path, from) =>
        asTestPage(await openFirefoxExtensionPage(session, from as unknown as PuppeteerPage, path)),
      close: () => session.close(),
    };
  },
};

type Popup = { lang: string; headings: string[]; knowledgeDate: string; reason: string };

function readPopup(page: TestPage): Promise<Popup> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
    knowledgeDate: document.querySelector('.knowledge-date')?.textContent ?? '',
    reason: document.querySelector('.unavailable')?.textContent ?? '',
  }));
}

type ChineseCard = { desc: string; descLang: string; note: string; altName: string; factsHeading: string };

function readChineseCard(page: TestPage): Promise<ChineseCard> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-backstory-card-host]')?.shadowRoot;
    const text = (selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
    return {
      desc: text('.desc'),
      descLang: root?.querySelector('.desc')?.getAttribute('lang') ?? '',
      note: text('.translation-note'),
      altName: text('.alt-name'),
      factsHeading: text('#backstory-facts'),
    };
  });
}

type PacksSection = {
  lang: string;
  legend: string;
  meta: string;
  source: string;
  updated: string;
  outcome: string;
  addFile: string;
  subscribeLabel: string;
};

function readPacksSection(page: TestPage): Promise<PacksSection> {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '';
    return {
      lang: document.documentElement.lang,
      legend: text('#packs > legend'),
      meta: text('#packs li.pack .pack-meta'),
      source: text('#packs li.pack .pack-source'),
      updated: text('#packs li.pack .pack-updated'),
      outcome: text('#packs-outcome'),
      addFile: text('#packs label.file-button'),
      subscribeLabel: text('label[for="pack-url"]'),
    };
  });
}

/** Moves a real pointer onto 贝森特 in the article and returns his card, checked to be his. */
async function openBessentCard(article: TestPage) {
  const box = await textBox(article, '贝森特');
  if (!box) throw new Error('贝森特 is not on the page');
  await article.mouse.move(box.x, box.y, { steps: 2 });
  const card = await waitForCard(article, 'the card of 贝森特', 20_000);
  expect(card.title).toBe('Scott Bessent');
  expect(card.type).toBe('人物');
  return card;
}

describe.each(Object.keys(LAUNCHERS))('Chinese interface in %s', (name) => {
  let server: StaticServer;
  let session: Session & { close(): Promise<void> };
  let article: TestPage;

  beforeAll(async () => {
    server = await serveStatic({});
    session = await (LAUNCHERS[name] as Launcher)(UI_LANGUAGE);
    article = await session.newPage();
    await article.goto(server.url('/zh-article.html'));
    await waitForHighlights(article, { min: 10 });
    // A deadline for a hang, not a speed check: a launch and the first page took over 60 s at load 21.
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens a card on a real pointer move with the Simplified description, marked as translated', async () => {
    const card = await openBessentCard(article);
    expect(await readChineseCard(article)).toEqual({
      desc: BESSENT_DESCRIPTION,
      descLang: 'zh-Hans',
      note: '译自英文原文',
      altName: BESSENT_NAME,
      factsHeading: '事实',
    });
    // The facts stay in their sourced English; their dates are written in Chinese.
    expect(card.facts[0]?.text).toMatch(/^[A-Z0-9]/);
    expect(card.facts.some((fact) => /\p{Script=Han}/u.test(fact.text))).toBe(false);
    expect(card.facts[0]?.meta).toMatch(new RegExp(`^截至 ${CHINESE_DAY.source}`));
  });

  // After the card test: in Firefox, once another tab had been opened, the article's card closed as it opened.
  it('shows the popup in Chinese, dates written the Chinese way', async () => {
    const popup = await session.extensionPage('popup.html', article);
    const read = await waitFor(
      () => readPopup(popup),
      (p) => p.knowledgeDate !== '' && p.reason !== '',
      'the popup',
      20_000,
    );
    expect(read.lang).toBe('zh-CN');
    expect(read.headings).toEqual(['截止日期', '此网站', '键盘快捷键']);
    expect(read.knowledgeDate).toMatch(new RegExp(`^资料截至 ${CHINESE_DAY.source}`));
    expect(read.reason).toBe('这是浏览器自身的页面；扩展程序无法在此运行。');
    await popup.close();
  });

  it('shows the knowledge packs of the options page in Chinese, counts and dates the Chinese way', async () => {
    const options = await session.extensionPage('options.html', article);
    await waitFor(
      () => readPacksSection(options),
      (p) => p.meta !== '' && p.updated !== '',
      'the bundled pack on the options page',
      20_000,
    );
    // An empty address is refused by the page itself: the refusal is Chinese too.
    await clickElement(options, '#pack-subscribe');
    const read = await waitFor(
      () => readPacksSection(options),
      (p) => p.outcome !== '',
      'the refused subscription',
      20_000,
    );
    expect(read.lang).toBe('zh-CN');
    expect(read.legend).toBe('资料包');
    expect(read.meta).toMatch(
      new RegExp(`^资料截至 ${CHINESE_DAY.source} · [\\d,]+ 个条目、[\\d,]+ 条事实、[\\d,]+ 个截止日期$`),
    );
    expect(read.source).toBe('Backstory 内置');
    expect(read.updated).toMatch(new RegExp(`^上次更新：${CHINESE_DAY.source}`));
    expect(read.outcome).toBe('请输入 https 地址（或本机 127.0.0.1 上的 http 地址）。');
    await options.close();
  });
});

const TAIWAN_LANGUAGE = 'zh-TW';
/** A day with its weekday as Intl writes it in zh-TW: "2026年11月29日週日" (zh-CN: "…周日"). */
const TAIWAN_DAY_AND_WEEKDAY = /\d{4}年\d{1,2}月\d{1,2}日週[日一二三四五六]/;
/** Scott Bessent's `translations["zh-Hant"].description` in public/knowledge.json. */
const BESSENT_DESCRIPTION_HANT =
  '2025年1月起任美國財政部長；在與中國國務院副總理何立峰的經貿磋商中率領美方。';
/** A day as Intl writes it in zh-TW, with or without a weekday after it. */
const TAIWAN_DAY = /\d{4}年\d{1,2}月\d{1,2}日/;
/** Three days before the pack's soonest open deadline (the popup's countdown then reads "3 天後"). */
const FIXED_NOW = clockBeforeSoonest(bundledPack(TEST_DIST.chrome));

type TaiwanPopup = Popup & { firstCountdown: string };

function readTaiwanPopup(page: TestPage): Promise<TaiwanPopup> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
    knowledgeDate: document.querySelector('.knowledge-date')?.textContent ?? '',
    reason: document.querySelector('.unavailable')?.textContent ?? '',
    firstCountdown: document.querySelector('.deadline-relative')?.textContent ?? '',
  }));
}

/** Fixes the popup's clock from inside an extension page (test-hooks builds read `__testNow`). */
function setClock(page: TestPage, iso: string | undefined): Promise<void> {
  return page.evaluate(
    ([key, value]) => {
      type Local = {
        storage: { local: { set(i: object): Promise<void>; remove(k: string): Promise<void> } };
      };
      const api = ((globalThis as { browser?: Local }).browser ??
        (globalThis as { chrome?: Local }).chrome) as Local;
      return value === undefined ? api.storage.local.remove(key) : api.storage.local.set({ [key]: value });
    },
    [TEST_NOW_KEY, iso] as const,
  );
}

describe.each(Object.keys(LAUNCHERS))('Traditional Chinese interface in %s', (name) => {
  let server: StaticServer;
  let session: Session & { close(): Promise<void> };
  let article: TestPage;

  beforeAll(async () => {
    server = await serveStatic({});
    session = await (LAUNCHERS[name] as Launcher)(TAIWAN_LANGUAGE);
    article = await session.newPage();
    await article.goto(server.url('/zh-article.html'));
    await waitForHighlights(article, { min: 10 });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  // First, as in the Simplified block: once another tab has been opened, Firefox closes the card as it opens.
  it('opens a card with the Traditional description, marked as translated in Taiwan’s words', async () => {
    const card = await openBessentCard(article);
    expect(await readChineseCard(article)).toEqual({
      desc: BESSENT_DESCRIPTION_HANT,
      descLang: 'zh-Hant',
      note: '譯自英文原文',
      altName: '斯科特·貝森特',
      factsHeading: '事實',
    });
    expect(card.facts.some((fact) => /\p{Script=Han}/u.test(fact.text))).toBe(false);
    expect(card.facts[0]?.meta).toMatch(new RegExp(`^截至 ${TAIWAN_DAY.source}`));
  });

  it('shows the popup in Taiwan’s words, with Taiwan’s dates and countdowns', async () => {
    // The clock is fixed from another extension page before the popup opens (it reads it once).
    const control = await session.extensionPage('options.html', article);
    await setClock(control, FIXED_NOW);
    const popup = await session.extensionPage('popup.html', article);
    const read = await waitFor(
      () => readTaiwanPopup(popup),
      (p) => p.knowledgeDate !== '' && p.reason !== '' && p.firstCountdown !== '',
      'the popup',
      20_000,
    );
    await setClock(control, undefined);
    await control.close();
    expect(read.firstCountdown).toBe('3 天後');
    expect(read.lang).toBe('zh-TW');
    expect(read.headings).toEqual(['截止日期', '此網站', '鍵盤快速鍵']);
    expect(read.knowledgeDate).toMatch(new RegExp(`^資料截至 ${TAIWAN_DAY_AND_WEEKDAY.source}$`));
    expect(read.reason).toBe('這是瀏覽器本身的頁面；擴充功能無法在此執行。');
    await popup.close();
  });

  it('shows the knowledge packs of the options page in Taiwan’s words (檔案, 網址, 新增)', async () => {
    const options = await session.extensionPage('options.html', article);
    await waitFor(
      () => readPacksSection(options),
      (p) => p.meta !== '' && p.updated !== '',
      'the bundled pack on the options page',
      20_000,
    );
    await clickElement(options, '#pack-subscribe');
    const read = await waitFor(
      () => readPacksSection(options),
      (p) => p.outcome !== '',
      'the refused subscription',
      20_000,
    );
    expect(read.lang).toBe('zh-TW');
    expect(read.legend).toBe('資料包');
    expect(read.addFile).toBe('從檔案新增資料包…');
    expect(read.subscribeLabel).toBe('依網址訂閱資料包');
    expect(read.meta).toMatch(
      new RegExp(`^資料截至 ${TAIWAN_DAY.source} · [\\d,]+ 個條目、[\\d,]+ 則事實、[\\d,]+ 個截止日期$`),
    );
    expect(read.source).toBe('Backstory 內建');
    expect(read.updated).toMatch(new RegExp(`^上次更新：${TAIWAN_DAY.source}`));
    expect(read.outcome).toBe('請輸入 https 網址（或本機 127.0.0.1 上的 http 網址）。');
    await options.close();
  });
});
