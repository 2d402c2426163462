/**
 * The hover card, loaded and installed on first need: when the reader first moves or presses a
 * pointer on a page that has mentions, or when the popup or a shortcut asks for a card. The card's
 * code (Preact, @floating-ui/core, the views) is its own module file, `card.js`, built from
 * card/index.ts and imported from the extension's package only then, so a page load neither
 * compiles nor runs any of it. Pointer input that arrives while the module loads is handed to the
 * card once it is installed (`replayInput`), so the first hover still opens a card. A failed import
 * (the extension was reloaded, …) is logged once and opens nothing; a later trigger tries again.
 * An import cut off because the page is going away (the reader moved the pointer, then followed a
 * link) is no error: nothing is logged for a failure that comes after the page's `pagehide`.
 */
import browser from 'webextension-polyfill';
import type * as CardModule from './card/index';
import { installCardTestBridge } from './card/test-bridge';
import { guard, reportError } from './instrumentation';

type CardController = CardModule.CardController;

/** The card's module at the extension's root (web-accessible, see scripts/build/manifest.ts). */
export const CARD_MODULE_FILE = 'card.js';
/** After a failed import, triggers within this long do not try again (the extension is likely gone). */
const RETRY_AFTER_MS = 1_000;
/** Pointer input kept while the module loads, newest last (the card only needs the latest). */
const MAX_MISSED_EVENTS = 8;

export type LazyCard = {
  /** Runs `use` with the card, loading and installing it first if needed (nothing if that fails). */
  use(use: (card: CardController) => void): void;
  /** True for the card's host element (the mutation watcher ignores the card's own changes). */
  isHost(node: Node): boolean;
  setHoverDelay(ms: number): void;
  /** Removes the card, if installed, and whatever waits to install it. */
  destroy(): void;
};

/** Pointer input that can be the start of a hover or a tap (keyboard cards come by message). */
const ARMING_EVENTS = ['pointermove', 'pointerdown'] as const;
/** Input recorded while the module loads: a tap's release as well. */
const RECORDED_EVENTS = [...ARMING_EVENTS, 'pointerup'] as const;

/** Imports the card module; throws on failure (also when the extension API is gone). */
async function importCardModule(): Promise<typeof CardModule> {
  const url = browser.runtime.getURL(CARD_MODULE_FILE);
  return (await import(/* @vite-ignore */ url)) as typeof CardModule;
}

/**
 * Records the reader's pointer input (trusted events only: a page's synthetic events load and
 * install nothing) and calls `trigger` on each move or press until the returned stop function is
 * called. The listeners are on the window in the capture phase, the first stop of every event's
 * path.
 */
function armCard(missed: PointerEvent[], trigger: (at: number) => void): () => void {
  const stop = new AbortController();
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    missed.push(event as PointerEvent);
    if (missed.length > MAX_MISSED_EVENTS) missed.shift();
    if (event.type !== 'pointerup') trigger(event.timeStamp);
  };
  for (const type of RECORDED_EVENTS) {
    window.addEventListener(type, onInput, { capture: true, passive: true, signal: stop.signal });
  }
  return () => stop.abort();
}

/**
 * Whether the page is being left: true from its `pagehide` until a `pageshow` (a page restored
 * from the back-forward cache is live again). `events` is the window (absent outside a page).
 */
export function watchLeaving(events: EventTarget | undefined): () => boolean {
  let leaving = false;
  events?.addEventListener('pagehide', () => {
    leaving = true;
  });
  events?.addEventListener('pageshow', () => {
    leaving = false;
  });
  return () => leaving;
}

type Mentions = {
  mentionAt: CardModule.CardOptions['mentionAt'];
  mentions: CardModule.CardOptions['mentions'];
  onMentionsChanged(listener: () => void): void;
};

/** `importCard` loads the module and `pageEvents` is the window (both replaced in tests). */
export function lazyCard(
  session: { mentions: Mentions },
  hoverDelayMs: number,
  importCard: () => Promise<typeof CardModule> = importCardModule,
  pageEvents: EventTarget | undefined = globalThis.window,
): LazyCard {
  const { mentions } = session;
  const leaving = watchLeaving(pageEvents);
  let module: typeof CardModule | undefined;
  let card: CardController | undefined;
  let loading: Promise<CardController | undefined> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  let disarm: (() => void) | undefined;
  let destroyed = false;
  let delay = hoverDelayMs;
  const missed: PointerEvent[] = [];

  const install = (loaded: typeof CardModule): CardController | undefined => {
    module = loaded;
    card = guard('card install', () =>
      loaded.installCard({ mentionAt: mentions.mentionAt, mentions: mentions.mentions, hoverDelayMs: delay }),
    );
    disarm?.();
    disarm = undefined;
    for (const event of missed.splice(0)) guard('card input', () => card?.replayInput(event));
    return card;
  };

  const load = (at = performance.now()): Promise<CardController | undefined> | undefined => {
    if (card || destroyed) return card ? Promise.resolve(card) : undefined;
    if (at - failedAt < RETRY_AFTER_MS) return undefined;
    loading ??= importCard().then(
      (loaded) => (destroyed ? undefined : install(loaded)),
      (error: unknown) => {
        if (!leaving()) reportError(error, 'card load');
        failedAt = performance.now();
        loading = undefined;
        missed.length = 0;
        return undefined;
      },
    );
    return loading;
  };

  const removeTestBridge = __TEST_HOOKS__
    ? installCardTestBridge((d) => void load()?.then((c) => c?.stepMention(d)))
    : undefined;
  mentions.onMentionsChanged(() => {
    if (card) card.mentionsChanged();
    else if (!disarm && mentions.mentions().length > 0) disarm = armCard(missed, (at) => void load(at));
  });
  return {
    use(use) {
      void load()?.then((loaded) => loaded && guard('card', () => use(loaded)));
    },
    isHost: (node) => module?.isBackstoryHost(node) ?? false,
    setHoverDelay(ms) {
      delay = ms;
      card?.setHoverDelay(ms);
    },
    destroy() {
      destroyed = true;
      disarm?.();
      card?.destroy();
      removeTestBridge?.();
    },
  };
}
