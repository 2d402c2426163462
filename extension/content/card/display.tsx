/**
 * Showing the card: the card element in the shadow-root host, rendered with Preact from the card
 * cache, placed next to its mention and kept there while the page scrolls. Keyboard focus moves
 * into the card when asked (or when it was already there) once its content is in, stays inside
 * while Tab cycles, and goes back where it was when the card closes — or, when nothing had focus,
 * to just after the name (focus.ts).
 */
import { render } from 'preact';
import { reportError, task } from '../instrumentation';
import { type CardRequester, createCardCache } from './card-cache';
import { CardView, TITLE_ID } from './card-view';
import { parkFocusAfter, placeCaretAfter, wrapTab } from './focus';
import { ensureCardHost, existingCardHost, isBackstoryHost } from './host';
import { followReference, rangeReference } from './placement';
import type { Target } from './targets';

export type CardDisplay = {
  /** The target whose card is visible, if any. */
  shown(): Target | undefined;
  show(target: Target): void;
  hide(): void;
  /** Asks the cache for `entity`'s card (rendered when it comes, if it is then visible). */
  load(entity: string): void;
  /** Keeps Tab inside the open card while it has focus; true when the key was taken. */
  trapTab(event: KeyboardEvent): boolean;
};

export type DisplayOptions = {
  requestCard?: CardRequester;
  onRelated(entity: string): void;
  onClose(): void;
};

function cardHasFocus(): boolean {
  const host = existingCardHost();
  return !!host && (document.activeElement === host.host || host.root.activeElement !== null);
}

/**
 * Where focus goes when the card closes, if it had focus: back where it was, or — when nothing
 * had focus — just after the name, where the reading order continues (focus.ts). Called before
 * the card is hidden; returns what to do once it is.
 */
function focusAfterClose(
  closing: Target | undefined,
  back: Element | undefined,
  card: HTMLElement | undefined,
): (() => void) | undefined {
  if (!closing || !cardHasFocus()) return undefined;
  if (back instanceof HTMLElement && back !== document.body && back.isConnected) {
    return () => back.focus({ preventScroll: true });
  }
  const host = existingCardHost();
  if (host && card) parkFocusAfter(closing.source, host.host, card);
  return () => placeCaretAfter(closing.source);
}

/** Keeps Tab inside the card while it has focus; true when the key was taken. */
function trapTab(event: KeyboardEvent, card: HTMLElement): boolean {
  const host = existingCardHost();
  return !!host && cardHasFocus() && wrapTab(event, card, host.root);
}

function newCardElement(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'card';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', TITLE_ID);
  element.tabIndex = -1;
  element.hidden = true;
  return element;
}

export function createCardDisplay({ requestCard, onRelated, onClose }: DisplayOptions): CardDisplay {
  let shown: Target | undefined;
  let cardElement: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let returnFocus: Element | undefined;
  const cache = createCardCache((entity) => {
    if (shown?.entity === entity) task('card:render', () => repaint(shown as Target));
  }, requestCard);

  function ensureCardElement(): HTMLElement {
    const { mount } = ensureCardHost();
    if (!cardElement?.isConnected) {
      cardElement = newCardElement();
      mount.replaceChildren(cardElement);
    }
    return cardElement;
  }

  function paint(target: Target): void {
    render(
      <CardView
        content={cache.get(target.entity)}
        onRelated={(id) => task('card:related', () => onRelated(id))}
        onClose={() => task('card:close', onClose)}
      />,
      ensureCardElement(),
    );
  }

  /**
   * Moves focus into the card (remembering where it was), once its content is there: the dialog is
   * named by its title, so a screen reader announces the name, not "Loading".
   */
  function takeFocus(target: Target): void {
    if (cache.get(target.entity).kind === 'loading') return;
    if (!cardHasFocus() && document.activeElement && !isBackstoryHost(document.activeElement)) {
      returnFocus = document.activeElement;
    }
    cardElement?.focus({ preventScroll: true });
  }

  /** Paints again once the card's answer arrived, and gives it the focus it was waiting for. */
  function repaint(target: Target): void {
    paint(target);
    if (target.focus && !cardHasFocus()) takeFocus(target);
  }

  function show(target: Target): void {
    const previous = shown;
    shown = target;
    cache.load(target.entity);
    const element = ensureCardElement();
    paint(target);
    element.hidden = false;
    if (previous?.entity !== target.entity) element.scrollTop = 0;
    if (!previous || previous.range !== target.range || previous.rectIndex !== target.rectIndex) {
      stopFollowing?.();
      const reference = rangeReference(target.range, target.rectIndex);
      stopFollowing = followReference(reference, element, (error) => reportError(error, 'card'));
    }
    if (target.focus || cardHasFocus()) takeFocus(target);
  }

  function hide(): void {
    const restoreFocus = focusAfterClose(shown, returnFocus, cardElement);
    shown = undefined;
    returnFocus = undefined;
    stopFollowing?.();
    stopFollowing = undefined;
    if (cardElement) {
      render(null, cardElement);
      cardElement.hidden = true;
    }
    restoreFocus?.();
  }

  return {
    shown: () => shown,
    show,
    hide,
    load: cache.load,
    trapTab: (event) => !!shown && !!cardElement && trapTab(event, cardElement),
  };
}
