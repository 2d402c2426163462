/**
 * The card's host element: one plain `<div>` on `document.documentElement` with an open shadow
 * root (open so tests can read it; nothing inside trusts the page). Created lazily, re-attached if
 * the page removes it. A `<div>` made by `createElement` without `is` can never be a custom
 * element, so a page that registers a custom element under any name runs no constructor on the
 * host and cannot attach a shadow root first. Our code recognizes the host by identity, never by
 * name or attribute: a page can copy the marker attribute, not the object.
 */
import { CARD_CSS } from './styles';

/** Marks the host for tests and the sweep's DOM probe (they run in the page and cannot hold our reference). */
export const HOST_ATTRIBUTE = 'data-backstory-card-host';

export type CardHost = { host: HTMLElement; root: ShadowRoot; mount: HTMLElement };

let current: CardHost | undefined;

/** True for our host element (the mutation watcher and the card's input ignore it). */
export function isBackstoryHost(node: Node | null | undefined): boolean {
  return !!node && node === current?.host;
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
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    const root = host.attachShadow({ mode: 'open' });
    // The page can reach into the open root: its synthetic clicks never reach the card's buttons.
    root.addEventListener('click', (event) => event.isTrusted || event.stopImmediatePropagation(), true);
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
