/**
 * Hover intent for the card: a pure, typed state machine (no timers, no DOM).
 *
 *   idle ──over──▶ pending(openAt) ──timer──▶ open ──left──▶ closing(closeAt) ──timer──▶ idle
 *                        │                      ▲  │                │
 *                        └──left──▶ idle        │  └─over other─▶ pending (old card stays shown)
 *                                               └──over same / in card── closing
 *
 * The controller feeds events with the current time, renders `shownTarget(state)` and sets one
 * timer for `deadline(state)`; when it fires it sends `{ type: 'timer', now }`.
 * A card opened on purpose (keyboard, tap, related-entity click) or pinned by a press inside it is
 * `sticky`: the pointer leaving does not close it; Escape, a dismiss (press outside) or another
 * card does.
 */

/** Dwell before a hovered mention opens its card; the `hoverDelayMs` setting overrides it. */
export const OPEN_DELAY_MS = 350;
/** Grace period after the pointer leaves the mention and the card, so it can cross the gap. */
export const CLOSE_DELAY_MS = 300;

/** Anything the card can be shown for; two targets are the same when their keys are equal. */
export type HoverTarget = { readonly key: string };

export type HoverState<T extends HoverTarget> =
  | { readonly kind: 'idle' }
  /** Waiting for the dwell on `target`; `shown` is the card still visible meanwhile, if any. */
  | { readonly kind: 'pending'; readonly target: T; readonly openAt: number; readonly shown: T | undefined }
  | { readonly kind: 'open'; readonly target: T; readonly sticky: boolean }
  | { readonly kind: 'closing'; readonly target: T; readonly closeAt: number };

export type HoverEvent<T extends HoverTarget> =
  /** The pointer rests on a mention. */
  | { readonly type: 'pointer-over-mention'; readonly target: T; readonly now: number }
  /** The pointer is over neither a mention nor the card. */
  | { readonly type: 'pointer-left'; readonly now: number }
  /** The pointer is inside the card. */
  | { readonly type: 'pointer-in-card'; readonly now: number }
  /** Open a card at once and keep it until dismissed (keyboard, tap on a mention, related click). */
  | { readonly type: 'open-now'; readonly target: T }
  /** Escape key. */
  | { readonly type: 'escape' }
  /** A press outside the card and outside any mention. */
  | { readonly type: 'dismiss' }
  /** A press inside the shown card: keep it until dismissed. */
  | { readonly type: 'pin' }
  /** The controller's timer fired. */
  | { readonly type: 'timer'; readonly now: number };

export type HoverTiming = { readonly openDelayMs: number; readonly closeDelayMs: number };

export const DEFAULT_TIMING: HoverTiming = { openDelayMs: OPEN_DELAY_MS, closeDelayMs: CLOSE_DELAY_MS };

export const IDLE: HoverState<never> = { kind: 'idle' };

function same(a: HoverTarget | undefined, b: HoverTarget | undefined): boolean {
  return a !== undefined && b !== undefined && a.key === b.key;
}

/** The target whose card is visible in this state, if any. */
export function shownTarget<T extends HoverTarget>(state: HoverState<T>): T | undefined {
  switch (state.kind) {
    case 'idle':
      return undefined;
    case 'pending':
      return state.shown;
    case 'open':
    case 'closing':
      return state.target;
  }
}

/** When the controller must send a `timer` event, or undefined when nothing is scheduled. */
export function deadline(state: HoverState<HoverTarget>): number | undefined {
  if (state.kind === 'pending') return state.openAt;
  if (state.kind === 'closing') return state.closeAt;
  return undefined;
}

function startPending<T extends HoverTarget>(
  target: T,
  now: number,
  shown: T | undefined,
  timing: HoverTiming,
): HoverState<T> {
  return { kind: 'pending', target, openAt: now + Math.max(0, timing.openDelayMs), shown };
}

function startClosing<T extends HoverTarget>(target: T, now: number, timing: HoverTiming): HoverState<T> {
  return { kind: 'closing', target, closeAt: now + Math.max(0, timing.closeDelayMs) };
}

/** The next state. Pure: returns `state` itself when the event changes nothing. */
export function nextHoverState<T extends HoverTarget>(
  state: HoverState<T>,
  event: HoverEvent<T>,
  timing: HoverTiming = DEFAULT_TIMING,
): HoverState<T> {
  switch (event.type) {
    case 'escape':
    case 'dismiss':
      return state.kind === 'idle' ? state : IDLE;
    case 'open-now':
      return state.kind === 'open' && state.sticky && same(state.target, event.target)
        ? state
        : { kind: 'open', target: event.target, sticky: true };
    case 'pin':
      return pin(state);
    case 'pointer-over-mention':
      return overMention(state, event.target, event.now, timing);
    case 'pointer-in-card':
      return inCard(state);
    case 'pointer-left':
      return left(state, event.now, timing);
    case 'timer':
      return timer(state, event.now);
  }
}

function overMention<T extends HoverTarget>(
  state: HoverState<T>,
  target: T,
  now: number,
  timing: HoverTiming,
): HoverState<T> {
  switch (state.kind) {
    case 'idle':
      return startPending(target, now, undefined, timing);
    case 'pending':
      if (same(state.target, target)) return state;
      // Back on the mention whose card is still shown: keep that card, cancel the switch.
      if (same(state.shown, target) && state.shown)
        return { kind: 'open', target: state.shown, sticky: false };
      return startPending(target, now, state.shown, timing);
    case 'open':
      return same(state.target, target) ? state : startPending(target, now, state.target, timing);
    case 'closing':
      return same(state.target, target)
        ? { kind: 'open', target: state.target, sticky: false }
        : startPending(target, now, state.target, timing);
  }
}

function pin<T extends HoverTarget>(state: HoverState<T>): HoverState<T> {
  const shown = shownTarget(state);
  if (!shown || (state.kind === 'open' && state.sticky)) return state;
  return { kind: 'open', target: shown, sticky: true };
}

function inCard<T extends HoverTarget>(state: HoverState<T>): HoverState<T> {
  switch (state.kind) {
    case 'idle':
    case 'open':
      return state;
    case 'pending':
      return state.shown ? { kind: 'open', target: state.shown, sticky: false } : state;
    case 'closing':
      return { kind: 'open', target: state.target, sticky: false };
  }
}

function left<T extends HoverTarget>(state: HoverState<T>, now: number, timing: HoverTiming): HoverState<T> {
  switch (state.kind) {
    case 'idle':
    case 'closing':
      return state;
    case 'pending':
      return state.shown ? startClosing(state.shown, now, timing) : IDLE;
    case 'open':
      return state.sticky ? state : startClosing(state.target, now, timing);
  }
}

function timer<T extends HoverTarget>(state: HoverState<T>, now: number): HoverState<T> {
  if (state.kind === 'pending' && now >= state.openAt)
    return { kind: 'open', target: state.target, sticky: false };
  if (state.kind === 'closing' && now >= state.closeAt) return IDLE;
  return state;
}
