import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MessagesFile, translateRef, translatorFor } from '../i18n/messages';
import {
  IDLE,
  nextPageView,
  type PageView,
  type PageViewEvent,
  samePage,
  shownAnswer,
  timedOutRef,
} from './page-view';

type Answer = { names: string[] };
const NEWS = { tabId: 7, url: 'https://news.example/a', visit: 0 };
const OTHER_PAGE = { tabId: 7, url: 'https://news.example/b', visit: 0 };
/** The same address loaded again (or a new load whose address the browser hides). */
const RELOADED = { tabId: 7, url: 'https://news.example/a', visit: 1 };
const OTHER_TAB = { tabId: 8, url: 'https://news.example/a', visit: 0 };
const OLD: Answer = { names: ['Scott Bessent', 'Nvidia'] };
const NEW: Answer = { names: ['Scott Bessent', 'Nvidia', 'Jensen Huang'] };

function run(events: PageViewEvent<Answer>[], from: PageView<Answer> = IDLE): PageView<Answer> {
  return events.reduce(nextPageView<Answer>, from);
}

const READY: PageView<Answer> = { kind: 'ready', key: NEWS, answer: OLD };

/** The final answer NEW to `request` leaves `view` ready with it. */
function expectReplacedByNew(view: PageView<Answer>, request: number): void {
  expect(nextPageView(view, { type: 'answer', request, answer: NEW, final: true })).toEqual({
    kind: 'ready',
    key: NEWS,
    answer: NEW,
  });
}

describe('popup page view', () => {
  it('loads, then shows the answer', () => {
    expect(run([{ type: 'ask', key: NEWS, request: 1 }])).toEqual({ kind: 'loading', key: NEWS, request: 1 });
    expect(
      run([
        { type: 'ask', key: NEWS, request: 1 },
        { type: 'answer', request: 1, answer: OLD, final: true },
      ]),
    ).toEqual({ kind: 'ready', key: NEWS, answer: OLD });
  });

  it('keeps the last answer for the same page while it is asked again, then replaces it', () => {
    const asked = run([{ type: 'ask', key: NEWS, request: 2 }], READY);
    expect(asked).toEqual({ kind: 'refreshing', key: NEWS, answer: OLD, request: 2 });
    expect(shownAnswer(asked)).toEqual(OLD);
    expectReplacedByNew(asked, 2);
  });

  it('keeps the last answer through a second request while the first is still out', () => {
    const view = run(
      [
        { type: 'ask', key: NEWS, request: 2 },
        { type: 'ask', key: NEWS, request: 3 },
      ],
      READY,
    );
    expect(view).toEqual({ kind: 'refreshing', key: NEWS, answer: OLD, request: 3 });
  });

  it('never shows the old answer for another page, another tab or a new load of the page', () => {
    for (const key of [OTHER_PAGE, OTHER_TAB, RELOADED]) {
      const view = run([{ type: 'ask', key, request: 2 }], READY);
      expect(view).toEqual({ kind: 'loading', key, request: 2 });
      expect(shownAnswer(view)).toBeUndefined();
    }
    const fromRefreshing = run(
      [
        { type: 'ask', key: NEWS, request: 2 },
        { type: 'ask', key: OTHER_TAB, request: 3 },
      ],
      READY,
    );
    expect(fromRefreshing).toEqual({ kind: 'loading', key: OTHER_TAB, request: 3 });
  });

  it('drops an answer to an older request', () => {
    const view = run(
      [
        { type: 'ask', key: NEWS, request: 2 },
        { type: 'ask', key: OTHER_PAGE, request: 3 },
        { type: 'answer', request: 2, answer: NEW, final: true },
      ],
      READY,
    );
    expect(view).toEqual({ kind: 'loading', key: OTHER_PAGE, request: 3 });
    expect(run([{ type: 'answer', request: 1, answer: NEW, final: true }], READY)).toBe(READY);
    expect(run([{ type: 'answer', request: 1, answer: NEW, final: true }])).toEqual({ kind: 'idle' });
  });

  it('shows a provisional answer only when there is nothing else to show', () => {
    const provisional = run([
      { type: 'ask', key: NEWS, request: 1 },
      { type: 'answer', request: 1, answer: { names: [] }, final: false },
    ]);
    expect(provisional).toEqual({ kind: 'refreshing', key: NEWS, answer: { names: [] }, request: 1 });
    const kept = run(
      [
        { type: 'ask', key: NEWS, request: 2 },
        { type: 'answer', request: 2, answer: { names: [] }, final: false },
      ],
      READY,
    );
    expect(kept).toEqual({ kind: 'refreshing', key: NEWS, answer: OLD, request: 2 });
  });

  it('reports a failure of the latest request, and ignores one of an older request', () => {
    expect(
      run(
        [
          { type: 'ask', key: NEWS, request: 2 },
          { type: 'fail', request: 2, message: 'no tab' },
        ],
        READY,
      ),
    ).toEqual({ kind: 'failed', key: NEWS, message: 'no tab' });
    expect(run([{ type: 'fail', request: 1, message: 'no tab' }], READY)).toBe(READY);
  });

  it('asks again after a failure as if for the first time', () => {
    const failed: PageView<Answer> = { kind: 'failed', key: NEWS, message: 'no tab' };
    expect(run([{ type: 'ask', key: NEWS, request: 4 }], failed)).toEqual({
      kind: 'loading',
      key: NEWS,
      request: 4,
    });
  });

  describe('waiting for a page that is still being read', () => {
    const STILL_READING: Answer = { names: [] };
    const TIMED_OUT = 'the page did not finish reading within 15 seconds';

    it('waits after a provisional answer; the report’s new request brings the final one', () => {
      const waiting = run([
        { type: 'ask', key: NEWS, request: 1 },
        { type: 'answer', request: 1, answer: STILL_READING, final: false },
      ]);
      expect(waiting).toEqual({ kind: 'refreshing', key: NEWS, answer: STILL_READING, request: 1 });
      // The page reported: asked again, the provisional answer stays shown until the final one.
      const asked = nextPageView(waiting, { type: 'ask', key: NEWS, request: 2 });
      expect(asked).toEqual({ kind: 'refreshing', key: NEWS, answer: STILL_READING, request: 2 });
      expectReplacedByNew(asked, 2);
    });

    it('gives up at the deadline, keeping what it shows and saying why', () => {
      const kept = run(
        [
          { type: 'ask', key: NEWS, request: 2 },
          { type: 'answer', request: 2, answer: STILL_READING, final: false },
          { type: 'give-up', message: TIMED_OUT },
        ],
        READY,
      );
      expect(kept).toEqual({ kind: 'failed', key: NEWS, message: TIMED_OUT, answer: OLD, request: 2 });
      expect(shownAnswer(kept)).toEqual(OLD);
      const nothingYet = run([
        { type: 'ask', key: NEWS, request: 1 },
        { type: 'give-up', message: TIMED_OUT },
      ]);
      expect(nothingYet).toEqual({ kind: 'failed', key: NEWS, message: TIMED_OUT, request: 1 });
      expect(shownAnswer(nothingYet)).toBeUndefined();
    });

    it('ignores the deadline when nothing is waited for', () => {
      const giveUp = { type: 'give-up', message: TIMED_OUT } as const;
      expect(nextPageView(READY, giveUp)).toBe(READY);
      expect(nextPageView(IDLE as PageView<Answer>, giveUp)).toEqual({ kind: 'idle' });
      const failed: PageView<Answer> = { kind: 'failed', key: NEWS, message: 'no tab' };
      expect(nextPageView(failed, giveUp)).toBe(failed);
    });

    it('after giving up, shows the final answer to the request it gave up on if it comes after all', () => {
      const gaveUp = run(
        [
          { type: 'ask', key: NEWS, request: 2 },
          { type: 'give-up', message: TIMED_OUT },
        ],
        READY,
      );
      expect(gaveUp).toEqual({ kind: 'failed', key: NEWS, message: TIMED_OUT, answer: OLD, request: 2 });
      // Still provisional, an older request's answer, a failure, another deadline: still failed.
      for (const event of [
        { type: 'answer', request: 2, answer: STILL_READING, final: false },
        { type: 'answer', request: 1, answer: NEW, final: true },
        { type: 'fail', request: 2, message: 'no tab' },
        { type: 'give-up', message: TIMED_OUT },
      ] as const)
        expect(nextPageView(gaveUp, event)).toBe(gaveUp);
      expectReplacedByNew(gaveUp, 2);
      // A failure that was not a deadline waits for nothing.
      const failed: PageView<Answer> = { kind: 'failed', key: NEWS, message: 'no tab' };
      expect(nextPageView(failed, { type: 'answer', request: 2, answer: NEW, final: true })).toBe(failed);
    });

    it('after giving up, a late report asks again and its final answer replaces the kept one', () => {
      const gaveUp: PageView<Answer> = { kind: 'failed', key: NEWS, message: TIMED_OUT, answer: OLD };
      const asked = nextPageView(gaveUp, { type: 'ask', key: NEWS, request: 5 });
      expect(asked).toEqual({ kind: 'refreshing', key: NEWS, answer: OLD, request: 5 });
      expectReplacedByNew(asked, 5);
      // Another page is not shown the kept answer.
      expect(nextPageView(gaveUp, { type: 'ask', key: OTHER_PAGE, request: 6 })).toEqual({
        kind: 'loading',
        key: OTHER_PAGE,
        request: 6,
      });
    });
  });

  it('compares pages by tab, address and load', () => {
    expect(samePage(NEWS, { tabId: 7, url: 'https://news.example/a', visit: 0 })).toBe(true);
    expect(samePage(NEWS, OTHER_PAGE)).toBe(false);
    expect(samePage(NEWS, OTHER_TAB)).toBe(false);
    expect(samePage(NEWS, RELOADED)).toBe(false);
    expect(samePage({ tabId: null, url: '', visit: 0 }, { tabId: null, url: '', visit: 0 })).toBe(true);
  });
});

describe('the reason given after the deadline', () => {
  const LOCALES = join(import.meta.dirname, '../../_locales');
  const translate = (locale: string) =>
    translatorFor(JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile);
  const en = translate('en');

  it('says "1 second" and "15 seconds" in English, with the number in the locale', () => {
    const reload = 'Reload it and open Backstory again.';
    expect(translateRef(en, timedOutRef(1_000, 'en'))).toBe(
      `the page did not finish reading within 1 second. ${reload}`,
    );
    expect(translateRef(en, timedOutRef(15_000, 'en'))).toBe(
      `the page did not finish reading within 15 seconds. ${reload}`,
    );
    expect(translateRef(en, timedOutRef(1_500, 'en'))).toBe(
      `the page did not finish reading within 1.5 seconds. ${reload}`,
    );
    expect(translateRef(en, timedOutRef(0, 'en'))).toBe(
      `the page did not finish reading within 0 seconds. ${reload}`,
    );
    expect(translateRef(en, timedOutRef(3_600_000, 'en'))).toBe(
      `the page did not finish reading within 3,600 seconds. ${reload}`,
    );
  });

  it('needs no plural noun in Chinese', () => {
    expect(translateRef(translate('zh_CN'), timedOutRef(1_000, 'zh-CN'))).toBe(
      '页面在 1 秒内没有读完。请重新加载页面，再打开 Backstory。',
    );
    expect(translateRef(translate('zh_TW'), timedOutRef(15_000, 'zh-TW'))).toBe(
      '頁面在 15 秒內沒有讀完。請重新載入頁面，再開啟 Backstory。',
    );
  });
});
