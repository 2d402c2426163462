/**
 * The card's host element: one `<backstory-card-host>` on `document.documentElement` with an
 * open shadow root (open so tests can read it; nothing inside trusts the page). Created lazily,
 * re-attached if the page removes it.
 */
import { CARD_CSS } from './styles';

export const HOST_TAG = 'backstory-card-host';

export type CardHost = { host: HTMLElement; root: ShadowRoot; mount: HTMLElement };

let current: CardHost | undefined;

/** True for our host element (C1's mutation watcher and the sweep ignore it). */
export function isBackstoryHost(node: Node | null | undefined): boolean {
  return !!node && node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === HOST_TAG;
}

function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Falls through to a <style> element (e.g. where constructable sheets are unavailable).
  }
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

/** The host, created on first use and put back if the page detached it. */
export function ensureCardHost(): CardHost {
  if (!current) {
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root);
    const mount = document.createElement('div');
    root.append(mount);
    current = { host, root, mount };
  }
  if (!current.host.isConnected) document.documentElement.append(current.host);
  return current;
}

/** The host if it exists, without creating it. */
export function existingCardHost(): CardHost | undefined {
  return current;
}
