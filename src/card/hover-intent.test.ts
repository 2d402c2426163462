import { describe, expect, it } from 'vitest';
import {
  CLOSE_DELAY_MS,
  DEFAULT_TIMING,
  deadline,
  type HoverEvent,
  type HoverState,
  IDLE,
  nextHoverState,
  OPEN_DELAY_MS,
  shownTarget,
} from './hover-intent';

type Target = { key: string };
const a: Target = { key: 'a' };
const b: Target = { key: 'b' };

function run(events: HoverEvent<Target>[], start: HoverState<Target> = IDLE): HoverState<Target> {
  return events.reduce((state, event) => nextHoverState(state, event), start);
}

describe('hover intent', () => {
  it('uses the documented default delays', () => {
    expect(OPEN_DELAY_MS).toBe(350);
    expect(CLOSE_DELAY_MS).toBe(300);
    expect(DEFAULT_TIMING).toEqual({ openDelayMs: 350, closeDelayMs: 300 });
  });

  it('waits for the dwell before opening', () => {
    const pending = run([{ type: 'pointer-over-mention', target: a, now: 1000 }]);
    expect(pending).toEqual({ kind: 'pending', target: a, openAt: 1350, shown: undefined });
    expect(shownTarget(pending)).toBeUndefined();
    expect(deadline(pending)).toBe(1350);
    expect(nextHoverState(pending, { type: 'timer', now: 1349 })).toBe(pending);
    const open = nextHoverState(pending, { type: 'timer', now: 1350 });
    expect(open).toEqual({ kind: 'open', target: a, sticky: false });
    expect(shownTarget(open)).toBe(a);
    expect(deadline(open)).toBeUndefined();
  });

  it('does not restart the dwell while the pointer moves within the same mention', () => {
    const state = run([
      { type: 'pointer-over-mention', target: a, now: 0 },
      { type: 'pointer-over-mention', target: { key: 'a' }, now: 200 },
    ]);
    expect(deadline(state)).toBe(OPEN_DELAY_MS);
  });

  it('never opens when the pointer leaves before the dwell ends', () => {
    const state = run([
      { type: 'pointer-over-mention', target: a, now: 0 },
      { type: 'pointer-left', now: 100 },
      { type: 'timer', now: 350 },
    ]);
    expect(state).toEqual(IDLE);
  });

  it('honors a custom open delay from settings', () => {
    const state = nextHoverState(
      IDLE,
      { type: 'pointer-over-mention', target: a, now: 10 },
      { openDelayMs: 0, closeDelayMs: 50 },
    );
    expect(deadline(state)).toBe(10);
    const closing = nextHoverState(
      { kind: 'open', target: a, sticky: false },
      { type: 'pointer-left', now: 10 },
      { openDelayMs: 0, closeDelayMs: 50 },
    );
    expect(deadline(closing)).toBe(60);
  });

  it('closes after the grace period once the pointer leaves an open card', () => {
    const open: HoverState<Target> = { kind: 'open', target: a, sticky: false };
    const closing = nextHoverState(open, { type: 'pointer-left', now: 500 });
    expect(closing).toEqual({ kind: 'closing', target: a, closeAt: 800 });
    expect(shownTarget(closing)).toBe(a);
    expect(nextHoverState(closing, { type: 'timer', now: 799 })).toBe(closing);
    expect(nextHoverState(closing, { type: 'timer', now: 800 })).toEqual(IDLE);
  });

  it('keeps the card open when the pointer reaches the card or returns to the mention', () => {
    const closing: HoverState<Target> = { kind: 'closing', target: a, closeAt: 800 };
    expect(nextHoverState(closing, { type: 'pointer-in-card', now: 600 })).toEqual({
      kind: 'open',
      target: a,
      sticky: false,
    });
    expect(nextHoverState(closing, { type: 'pointer-over-mention', target: a, now: 600 })).toEqual({
      kind: 'open',
      target: a,
      sticky: false,
    });
  });

  it('keeps showing the old card while dwelling on another mention, then swaps', () => {
    const open: HoverState<Target> = { kind: 'open', target: a, sticky: false };
    const pending = nextHoverState(open, { type: 'pointer-over-mention', target: b, now: 100 });
    expect(pending).toEqual({ kind: 'pending', target: b, openAt: 450, shown: a });
    expect(shownTarget(pending)).toBe(a);
    expect(shownTarget(nextHoverState(pending, { type: 'timer', now: 450 }))).toBe(b);
  });

  it('cancels a swap when the pointer goes back to the shown mention or into its card', () => {
    const pending: HoverState<Target> = { kind: 'pending', target: b, openAt: 450, shown: a };
    expect(nextHoverState(pending, { type: 'pointer-over-mention', target: a, now: 200 })).toEqual({
      kind: 'open',
      target: a,
      sticky: false,
    });
    expect(nextHoverState(pending, { type: 'pointer-in-card', now: 200 })).toEqual({
      kind: 'open',
      target: a,
      sticky: false,
    });
    expect(nextHoverState(pending, { type: 'pointer-left', now: 200 })).toEqual({
      kind: 'closing',
      target: a,
      closeAt: 500,
    });
  });

  it('ignores pointer-in-card when no card is shown', () => {
    const pending: HoverState<Target> = { kind: 'pending', target: a, openAt: 350, shown: undefined };
    expect(nextHoverState(pending, { type: 'pointer-in-card', now: 10 })).toBe(pending);
    expect(nextHoverState(IDLE, { type: 'pointer-in-card', now: 10 })).toBe(IDLE);
  });

  it('opens at once and sticks for keyboard, tap and related clicks', () => {
    const open = nextHoverState(IDLE, { type: 'open-now', target: a });
    expect(open).toEqual({ kind: 'open', target: a, sticky: true });
    expect(nextHoverState(open, { type: 'pointer-left', now: 5 })).toBe(open);
    expect(nextHoverState(open, { type: 'open-now', target: a })).toBe(open);
    expect(nextHoverState(open, { type: 'open-now', target: b })).toEqual({
      kind: 'open',
      target: b,
      sticky: true,
    });
  });

  it('pins the shown card on a press inside it: leaving no longer closes it, Escape and a press outside do', () => {
    const hovered = run([
      { type: 'pointer-over-mention', target: a, now: 0 },
      { type: 'timer', now: 350 },
    ]);
    const pinned = nextHoverState(hovered, { type: 'pin' });
    expect(pinned).toEqual({ kind: 'open', target: a, sticky: true });
    expect(nextHoverState(pinned, { type: 'pointer-left', now: 400 })).toBe(pinned);
    expect(nextHoverState(pinned, { type: 'pin' })).toBe(pinned);
    expect(nextHoverState(pinned, { type: 'escape' })).toBe(IDLE);
    expect(nextHoverState(pinned, { type: 'dismiss' })).toBe(IDLE);
    // While closing (the pointer left, e.g. mid-drag) or while another card is pending, the shown card is pinned.
    expect(nextHoverState({ kind: 'closing', target: a, closeAt: 9 }, { type: 'pin' })).toEqual(pinned);
    expect(nextHoverState({ kind: 'pending', target: b, openAt: 9, shown: a }, { type: 'pin' })).toEqual(
      pinned,
    );
    expect(nextHoverState(IDLE, { type: 'pin' })).toBe(IDLE);
    expect(
      nextHoverState({ kind: 'pending', target: b, openAt: 9, shown: undefined }, { type: 'pin' }),
    ).toEqual({
      kind: 'pending',
      target: b,
      openAt: 9,
      shown: undefined,
    });
  });

  it('closes at once on Escape or a press outside, from every state', () => {
    const states: HoverState<Target>[] = [
      { kind: 'pending', target: a, openAt: 1, shown: b },
      { kind: 'open', target: a, sticky: true },
      { kind: 'open', target: a, sticky: false },
      { kind: 'closing', target: a, closeAt: 1 },
    ];
    for (const state of states) {
      expect(nextHoverState(state, { type: 'escape' })).toEqual(IDLE);
      expect(nextHoverState(state, { type: 'dismiss' })).toEqual(IDLE);
    }
    expect(nextHoverState(IDLE, { type: 'escape' })).toBe(IDLE);
  });

  it('treats a stale timer as a no-op in idle and open states', () => {
    expect(nextHoverState(IDLE, { type: 'timer', now: 99 })).toBe(IDLE);
    const open: HoverState<Target> = { kind: 'open', target: a, sticky: false };
    expect(nextHoverState(open, { type: 'timer', now: 99 })).toBe(open);
  });

  it('clamps negative delays to zero', () => {
    const state = nextHoverState(
      IDLE,
      { type: 'pointer-over-mention', target: a, now: 10 },
      { openDelayMs: -5, closeDelayMs: -5 },
    );
    expect(deadline(state)).toBe(10);
  });
});
