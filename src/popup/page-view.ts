/**
 * What the popup shows about the page in the tab it describes, as a state machine. The popup asks
 * the tab again after a settings change or when the page's mentions change; while it waits, the
 * last answer for the same page stays on screen, marked as refreshing, so the list never flashes
 * empty. An answer is only ever shown for the page (tab and address) it was asked about, and only
 * the latest request's answer counts: a slower, older answer is dropped.
 */

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
  /** The latest request failed. */
  | { readonly kind: 'failed'; readonly key: PageKey; readonly message: string };

export type PageViewEvent<T> =
  /** Request number `request` went out about the page `key` (numbers grow with each request). */
  | { readonly type: 'ask'; readonly key: PageKey; readonly request: number }
  /**
   * The answer to `request`. A provisional answer (`final: false`, the page is still being read)
   * is shown only when there is nothing else to show for the page; another request follows it.
   */
  | { readonly type: 'answer'; readonly request: number; readonly answer: T; readonly final: boolean }
  | { readonly type: 'fail'; readonly request: number; readonly message: string };

export const IDLE: PageView<never> = { kind: 'idle' };

export function samePage(a: PageKey, b: PageKey): boolean {
  return a.tabId === b.tabId && a.url === b.url && a.visit === b.visit;
}

export function nextPageView<T>(view: PageView<T>, event: PageViewEvent<T>): PageView<T> {
  if (event.type === 'ask') {
    const { key, request } = event;
    if ((view.kind === 'ready' || view.kind === 'refreshing') && samePage(view.key, key))
      return { kind: 'refreshing', key, answer: view.answer, request };
    return { kind: 'loading', key, request };
  }
  if (view.kind !== 'loading' && view.kind !== 'refreshing') return view; // nothing is waited for
  if (event.request !== view.request) return view; // the answer to an older request
  if (event.type === 'fail') return { kind: 'failed', key: view.key, message: event.message };
  if (event.final) return { kind: 'ready', key: view.key, answer: event.answer };
  if (view.kind === 'loading')
    return { kind: 'refreshing', key: view.key, answer: event.answer, request: view.request };
  return view;
}

/** The answer on screen, if any. */
export function shownAnswer<T>(view: PageView<T>): T | undefined {
  return view.kind === 'ready' || view.kind === 'refreshing' ? view.answer : undefined;
}
