/**
 * The popup's view of the tab it describes (the state machine in src/popup/page-view.ts). The tab
 * is asked when the popup opens, after each settings change, whenever the tab's content script
 * reports (its `page-report` reaches every extension page, the popup included; it sends one after
 * each reading that follows a settings change and whenever its counts change), and when the tab
 * starts loading a page (a new page: the last answer is not shown for it). An answer that says the
 * page is still being read (or a page that does not answer yet) is shown as provisional, and the
 * popup waits for the page's report rather than asking again on a timer; if no final answer
 * comes within PAGE_ANSWER_DEADLINE_MS of asking (an answer that never comes, or only provisional
 * ones) the view fails with a message saying so, and a final answer that comes later still
 * replaces it. While a new answer is on its way the last one for the same page stays on screen.
 * In test-hooks builds a test can hold the answers (extension/shared/test-hold.ts).
 */
import { useEffect, useReducer } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';
import {
  IDLE,
  nextPageView,
  type PageView,
  type PageViewEvent,
  timedOutRef,
} from '../../src/popup/page-view';
import { readerLocale, tRef } from '../shared/i18n';
import { onSettingsChanged } from '../shared/settings-client';
import { heldForTest } from '../shared/test-hold';
import { readTabState, readTabTarget, type TabState } from './active-tab';

/**
 * How long the popup waits for the page's final answer after asking (the page may still be being
 * read, or not answer yet) before it says the page did not answer. Generous: a long page on a busy
 * machine takes seconds.
 */
export const PAGE_ANSWER_DEADLINE_MS = 15_000;

/**
 * The deadline in force. Test-hooks builds only: `popup.html?deadline=<ms>` replaces it, so a
 * browser test can see the popup give up (short) or hold an answer as long as it needs (long).
 */
function answerDeadlineMs(): number {
  if (__TEST_HOOKS__) {
    const param = new URLSearchParams(location.search).get('deadline');
    if (param !== null && /^\d+$/.test(param)) return Number(param);
  }
  return PAGE_ANSWER_DEADLINE_MS;
}

/**
 * More is coming: the page's content script does not answer yet (a page that has just loaded), or
 * says its counts are not yet from a reading with the current settings.
 */
function provisional(tab: TabState): boolean {
  if (tab.kind !== 'page') return false;
  return tab.page === undefined || (tab.page.enabled && tab.page.current === false);
}

type Dispatch = (event: PageViewEvent<TabState>) => void;

/** Asks the tab and reports to `dispatch`; returns a function that stops it. */
function followTab(dispatch: Dispatch): () => void {
  const deadlineMs = answerDeadlineMs();
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let requests = 0;
  let tabId: number | null = null;
  let visit = 0;
  const stopWaiting = () => {
    clearTimeout(deadline);
    deadline = undefined;
  };
  const giveUpLater = () => {
    deadline ??= setTimeout(() => {
      deadline = undefined;
      dispatch({ type: 'give-up', message: tRef(timedOutRef(deadlineMs, readerLocale())) });
    }, deadlineMs);
  };
  const load = async () => {
    const request = ++requests;
    try {
      const target = await readTabTarget();
      if (request !== requests) return; // a newer request is already out
      tabId = target.tabId;
      dispatch({ type: 'ask', key: { ...target, visit }, request });
      giveUpLater();
      const answer = await readTabState(target);
      await heldForTest();
      const final = !provisional(answer);
      dispatch({ type: 'answer', request, answer, final });
      // Provisional: the page's report (or a new load) asks again; the deadline is the fallback.
      if (request === requests && final) stopWaiting();
    } catch (e) {
      dispatch({ type: 'fail', request, message: (e as Error).message });
      if (request === requests) stopWaiting();
    }
  };
  /** Something changed (a report, a new page, new settings): ask again, with a fresh deadline. */
  const again = () => {
    stopWaiting();
    void load();
  };
  const onReport = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    const fromTab = sender.id === browser.runtime.id && tabId !== null && sender.tab?.id === tabId;
    if (fromTab && (message as Message | null)?.type === 'page-report') again();
  };
  const onTabUpdated = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'loading') return;
    visit++; // a new page in the tab: the last answer is not about it
    again();
  };
  void load();
  browser.runtime.onMessage.addListener(onReport);
  browser.tabs.onUpdated.addListener(onTabUpdated);
  const stopSettings = onSettingsChanged(again);
  return () => {
    stopWaiting();
    requests++; // answers still on their way are dropped
    browser.runtime.onMessage.removeListener(onReport);
    browser.tabs.onUpdated.removeListener(onTabUpdated);
    stopSettings();
  };
}

export function useTabView(): PageView<TabState> {
  const [view, dispatch] = useReducer(nextPageView<TabState>, IDLE);
  useEffect(() => followTab(dispatch), []);
  return view;
}
