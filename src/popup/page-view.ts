/**
 * What the popup shows about the page in the tab it describes, as a state machine. The popup asks
 * the tab again after a settings change or when the page's mentions change; while it waits, the
 * last answer for the same page stays on screen, marked as refreshing, so the list never flashes
 * empty. An answer is only ever shown for the page (tab and address) it was asked about, and only
 * the latest request's answer counts: a slower, older answer is dropped. A page still being read
 * sends a report when it is done, and the popup asks again then; if the wait outlives a deadline
 * the view fails, keeping what it showed, with a message that says so, until a final answer comes.
 */
import { type CountMessages, countRef, type MessageRef } from '../i18n/messages';

/**
 * The page an answer is about: the tab, its address (empty when the browser hides it), and which
 * of the tab's page loads seen while the popup is open (a new load is a new page even when the
 * address is hidden or the same).
 */
export type PageKey = { readonly tabId: number | null; readonly url: string; readonly visit: number };

export type PageView<T> =
  /** Nothing asked yet. */
  | { readonly kind: 'idle' }
  /** Asked about a page with no answer to show for it yet. */
  | { readonly kind: 'loading'; readonly key: PageKey; readonly request: number }
  /** The latest answer, nothing pending. */
  | { readonly kind: 'ready'; readonly key: PageKey; readonly answer: T }
  /** Asked again about the same page: `answer` is the last one, shown until the new one arrives. */
  | { readonly kind: 'refreshing'; readonly key: PageKey; readonly answer: T; readonly request: number }
  /**
   * The latest request failed, or the page did not finish within the deadline; `answer` is the
   * last one shown for the page, if any, still shown beside the message. After a deadline,
   * `request` is the request still out: its final answer, if it comes after all, is shown.
   */
  | {
      readonly kind: 'failed';
      readonly key: PageKey;
      readonly message: string;
      readonly answer?: T;
      readonly request?: number;
    };

export type PageViewEvent<T> =
  /** Request number `request` went out about the page `key` (numbers grow with each request). */
  | { readonly type: 'ask'; readonly key: PageKey; readonly request: number }
  /**
   * The answer to `request`. A provisional answer (`final: false`, the page is still being read)
   * is shown only when there is nothing else to show for the page; another request follows it.
   */
  | { readonly type: 'answer'; readonly request: number; readonly answer: T; readonly final: boolean }
  | { readonly type: 'fail'; readonly request: number; readonly message: string }
  /**
   * The deadline for a final answer passed while the page was still being read (or never
   * answered): stop waiting, keep what is shown, say why. Ignored when nothing is waited for.
   */
  | { readonly type: 'give-up'; readonly message: string };

export const IDLE: PageView<never> = { kind: 'idle' };

export function samePage(a: PageKey, b: PageKey): boolean {
  return a.tabId === b.tabId && a.url === b.url && a.visit === b.visit;
}

export function nextPageView<T>(view: PageView<T>, event: PageViewEvent<T>): PageView<T> {
  if (event.type === 'ask') {
    const { key, request } = event;
    const shown = shownAnswer(view);
    if (shown !== undefined && view.kind !== 'idle' && samePage(view.key, key))
      return { kind: 'refreshing', key, answer: shown, request };
    return { kind: 'loading', key, request };
  }
  if (view.kind === 'failed') return lateAnswer(view, event);
  if (view.kind !== 'loading' && view.kind !== 'refreshing') return view; // nothing is waited for
  if (event.type === 'give-up') {
    const { key, request } = view;
    return view.kind === 'refreshing'
      ? { kind: 'failed', key, message: event.message, answer: view.answer, request }
      : { kind: 'failed', key, message: event.message, request };
  }
  if (event.request !== view.request) return view; // the answer to an older request
  if (event.type === 'fail') return { kind: 'failed', key: view.key, message: event.message };
  if (event.final) return { kind: 'ready', key: view.key, answer: event.answer };
  if (view.kind === 'loading')
    return { kind: 'refreshing', key: view.key, answer: event.answer, request: view.request };
  return view;
}

/** After giving up: the final answer to the request given up on still replaces the failure. */
function lateAnswer<T>(view: PageView<T> & { kind: 'failed' }, event: PageViewEvent<T>): PageView<T> {
  const late = event.type === 'answer' && event.final && event.request === view.request;
  return late ? { kind: 'ready', key: view.key, answer: event.answer } : view;
}

/** The answer on screen, if any. */
export function shownAnswer<T>(view: PageView<T>): T | undefined {
  return view.kind === 'idle' || view.kind === 'loading' ? undefined : view.answer;
}

/** What the popup says after giving up: "within 1 second", "within 15 seconds", "在 15 秒内". */
const PAGE_TIMED_OUT: CountMessages = { one: 'popupPageTimedOutOne', other: 'popupPageTimedOutOther' };

/** The reason given when no final answer came within `deadlineMs`, the seconds in the locale's words. */
export function timedOutRef(deadlineMs: number, locale: string): MessageRef {
  return countRef(deadlineMs / 1000, PAGE_TIMED_OUT, locale);
}
