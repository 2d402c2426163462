/**
 * The popup's view of the tab it describes (the state machine in src/popup/page-view.ts). The tab
 * is asked when the popup opens, shortly after each settings change, whenever the tab's content
 * script reports new counts (its `page-report` reaches every extension page, the popup included),
 * when the tab starts loading a page (a new page: the last answer is not shown for it), and a few
 * more times while the page does not answer yet or says it is still being read. While a new answer is on its
 * way the last one for the same page stays on screen.
 */
import { useEffect, useReducer } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message } from '../../src/messages/protocol';
import { IDLE, nextPageView, type PageView, type PageViewEvent } from '../../src/popup/page-view';
import { onSettingsChanged } from '../shared/settings-client';
import { readTabState, readTabTarget, type TabState } from './active-tab';

/** After a settings change, time for the tab's content script to repaint before it is asked again. */
const TAB_REFRESH_DELAY_MS = 600;
/** Times the tab is asked again while it says it is still reading the page. */
const TAB_REFRESH_RETRIES = 8;

/**
 * More is coming: the page's content script does not answer yet (a page that has just loaded), or
 * says its counts are not yet from a reading with the current settings.
 */
function provisional(tab: TabState): boolean {
  if (tab.kind !== 'page') return false;
  return tab.page === undefined || (tab.page.enabled && tab.page.current === false);
}

/**
 * Test-hooks builds only: a browser test may put a promise on the popup's window as
 * `backstoryHoldPageAnswers`; each answer from the tab then waits for it to settle before it is
 * shown, so the test can look at the popup while an answer is outstanding. Production builds drop it.
 */
async function heldForTest(): Promise<void> {
  if (__TEST_HOOKS__)
    await (globalThis as { backstoryHoldPageAnswers?: Promise<unknown> }).backstoryHoldPageAnswers;
}

type Dispatch = (event: PageViewEvent<TabState>) => void;

/** Asks the tab and reports to `dispatch`; returns a function that stops it. */
function followTab(dispatch: Dispatch): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let requests = 0;
  let tabId: number | null = null;
  let visit = 0;
  const load = async () => {
    clearTimeout(timer);
    const request = ++requests;
    try {
      const target = await readTabTarget();
      if (request !== requests) return; // a newer request is already out
      tabId = target.tabId;
      dispatch({ type: 'ask', key: { ...target, visit }, request });
      const answer = await readTabState(target);
      await heldForTest();
      const more = provisional(answer) && retries < TAB_REFRESH_RETRIES;
      dispatch({ type: 'answer', request, answer, final: !more });
      if (more && request === requests) {
        retries++;
        timer = setTimeout(load, TAB_REFRESH_DELAY_MS);
      }
    } catch (e) {
      dispatch({ type: 'fail', request, message: (e as Error).message });
    }
  };
  const again = (delayMs: number) => {
    clearTimeout(timer);
    retries = 0;
    timer = setTimeout(load, delayMs);
  };
  const onReport = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    const fromTab = sender.id === browser.runtime.id && tabId !== null && sender.tab?.id === tabId;
    if (fromTab && (message as Message | null)?.type === 'page-report') again(0);
  };
  const onTabUpdated = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'loading') return;
    visit++; // a new page in the tab: the last answer is not about it
    again(0);
  };
  void load();
  browser.runtime.onMessage.addListener(onReport);
  browser.tabs.onUpdated.addListener(onTabUpdated);
  const stopSettings = onSettingsChanged(() => again(TAB_REFRESH_DELAY_MS));
  return () => {
    clearTimeout(timer);
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
