/**
 * Watches the page for text changes (MutationObserver on the body's subtree: child lists and
 * character data — attributes do not change text) and for same-document navigations (history
 * traversal, the Navigation API where present, or a changed `location.href` seen on a mutation).
 * It only flags work; the refresh scheduler decides when to re-read. Changes made by Backstory's own
 * card host are ignored.
 */
import { guard, task } from './instrumentation';
import type { RefreshScheduler } from './refresh-scheduler';

/** True for the card's host element (the card module owns it: lazy-card.ts `isHost`). */
export type IsCardHost = (node: Node) => boolean;

function insideCardHost(node: Node, isCardHost: IsCardHost): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isCardHost(n)) return true;
  return false;
}

/** A mutation that can change the page's text (not one caused by the card host). */
export function changesPageText(record: MutationRecord, isCardHost: IsCardHost): boolean {
  if (insideCardHost(record.target, isCardHost)) return false;
  if (record.type === 'characterData') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && !nodes.every(isCardHost);
}

type NavigationLike = EventTarget;

export function watchPage(scheduler: RefreshScheduler, isCardHost: IsCardHost): () => void {
  let href = location.href;
  const onNavigated = () =>
    guard('navigation', () => {
      href = location.href;
      scheduler.requestNavigation();
    });

  const observer = new MutationObserver((records) =>
    task('mutations', () => {
      if (location.href !== href) onNavigated();
      else if (records.some((record) => changesPageText(record, isCardHost))) scheduler.requestSoon();
    }),
  );
  const target = document.body ?? document.documentElement;
  observer.observe(target, { childList: true, characterData: true, subtree: true });

  window.addEventListener('popstate', onNavigated);
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigated);

  return () => {
    observer.disconnect();
    window.removeEventListener('popstate', onNavigated);
    navigation?.removeEventListener('navigatesuccess', onNavigated);
  };
}
