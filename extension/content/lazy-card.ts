/**
 * The hover card, installed on first need: when the reader first moves or presses a pointer on a
 * page that has mentions, or when the popup or a shortcut asks for a card. Loading a page (with or
 * without names) installs no card listeners and runs none of the card's code; the pointer event
 * that installs the card is still the card's first input (see `armCard`).
 */
import { type CardController, installCard } from './card/index';
import { installCardTestBridge } from './card/test-bridge';
import { guard } from './instrumentation';
import type { PageSession } from './page-session';

export type LazyCard = {
  /** The card, installing it now if it is not yet. */
  get(): CardController;
  /** The card if it is installed. */
  installed(): CardController | undefined;
  setHoverDelay(ms: number): void;
  /** Removes the card, if installed, and whatever waits to install it. */
  destroy(): void;
};

/** Pointer input that can be the start of a hover or a tap (keyboard cards come by message). */
const ARMING_EVENTS = ['pointermove', 'pointerdown'] as const;

/**
 * Calls `install` on the reader's first pointer move or press. The listeners are on the window in
 * the capture phase, the first stop of every event's path: the card's own listeners, added to the
 * document by `install`, are then still invoked for this same event (an event target's listeners
 * are read when the event reaches it), so the first move is hit-tested like any other. Synthetic
 * events (`isTrusted` false) install nothing. Returns the function that stops waiting.
 */
function armCard(install: () => void): () => void {
  const stop = new AbortController();
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    stop.abort();
    guard('card install', install);
  };
  for (const type of ARMING_EVENTS) {
    window.addEventListener(type, onInput, { capture: true, passive: true, signal: stop.signal });
  }
  return () => stop.abort();
}

export function lazyCard(session: PageSession, hoverDelayMs: number): LazyCard {
  const { mentions } = session;
  let card: CardController | undefined;
  let disarm: (() => void) | undefined;
  let delay = hoverDelayMs;
  const get = () => {
    disarm?.();
    disarm = undefined;
    card ??= installCard({ mentionAt: mentions.mentionAt, mentions: mentions.mentions, hoverDelayMs: delay });
    return card;
  };
  const removeTestBridge = __TEST_HOOKS__ ? installCardTestBridge((d) => get().stepMention(d)) : undefined;
  mentions.onMentionsChanged(() => {
    if (card) card.mentionsChanged();
    else if (!disarm && mentions.mentions().length > 0) disarm = armCard(get);
  });
  return {
    get,
    installed: () => card,
    setHoverDelay(ms) {
      delay = ms;
      card?.setHoverDelay(ms);
    },
    destroy() {
      disarm?.();
      card?.destroy();
      removeTestBridge?.();
    },
  };
}
