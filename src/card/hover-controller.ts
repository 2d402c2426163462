/**
 * Drives the pure hover-intent machine with real timers: keeps the state, schedules the one
 * pending deadline, and reports whenever the shown card changes. No DOM; the clock and timer
 * functions are injectable so tests use fake time.
 */
import {
  DEFAULT_TIMING,
  deadline,
  type HoverEvent,
  type HoverState,
  type HoverTarget,
  type HoverTiming,
  IDLE,
  nextHoverState,
  shownTarget,
} from './hover-intent';

/** Events as the page sends them; the controller stamps the time itself. */
export type HoverInput<T extends HoverTarget> =
  | { readonly type: 'pointer-over-mention'; readonly target: T }
  | { readonly type: 'pointer-left' }
  | { readonly type: 'pointer-in-card' }
  | { readonly type: 'open-now'; readonly target: T }
  | { readonly type: 'escape' }
  | { readonly type: 'dismiss' }
  | { readonly type: 'pin' };

export type HoverControllerOptions<T extends HoverTarget> = {
  /** Called with the newly shown target (or undefined when the card must close), only on change. */
  onShownChange: (shown: T | undefined, state: HoverState<T>) => void;
  timing?: HoverTiming;
  now?: () => number;
  setTimer?: (callback: () => void, delayMs: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

export type HoverController<T extends HoverTarget> = {
  send(input: HoverInput<T>): void;
  state(): HoverState<T>;
  setTiming(timing: HoverTiming): void;
  /** Cancels the timer; the controller stays usable. */
  stop(): void;
};

function stamp<T extends HoverTarget>(input: HoverInput<T>, now: number): HoverEvent<T> {
  switch (input.type) {
    case 'pointer-over-mention':
      return { type: input.type, target: input.target, now };
    case 'pointer-left':
    case 'pointer-in-card':
      return { type: input.type, now };
    default:
      return input;
  }
}

export function createHoverController<T extends HoverTarget>(
  options: HoverControllerOptions<T>,
): HoverController<T> {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback, delayMs) => setTimeout(callback, delayMs));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timing = options.timing ?? DEFAULT_TIMING;
  let state: HoverState<T> = IDLE;
  let timer: { handle: unknown; at: number } | undefined;

  function cancelTimer(): void {
    if (timer) clearTimer(timer.handle);
    timer = undefined;
  }

  function apply(event: HoverEvent<T>): void {
    const before = shownTarget(state);
    state = nextHoverState(state, event, timing);
    const at = deadline(state);
    if (at === undefined) cancelTimer();
    else if (!timer || timer.at !== at) {
      cancelTimer();
      const handle = setTimer(
        () => {
          timer = undefined;
          apply({ type: 'timer', now: Math.max(now(), at) });
        },
        Math.max(0, at - now()),
      );
      timer = { handle, at };
    }
    const after = shownTarget(state);
    if (before?.key !== after?.key) {
      options.onShownChange(after, state);
    }
  }

  return {
    send: (input) => apply(stamp(input, now())),
    state: () => state,
    setTiming: (next) => {
      timing = next;
    },
    stop: cancelTimer,
  };
}
