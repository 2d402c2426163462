import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from './hover-controller';

type Target = { key: string };
const a: Target = { key: 'a' };
const b: Target = { key: 'b' };

describe('hover controller with fake time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(timing = { openDelayMs: 350, closeDelayMs: 300 }) {
    const shown: (string | undefined)[] = [];
    const controller = createHoverController<Target>({
      timing,
      onShownChange: (target) => shown.push(target?.key),
    });
    return { controller, shown };
  }

  it('opens after the dwell and closes after the grace period', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'pointer-over-mention', target: a });
    vi.advanceTimersByTime(349);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
    controller.send({ type: 'pointer-left' });
    vi.advanceTimersByTime(299);
    expect(shown).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a', undefined]);
    expect(controller.state().kind).toBe('idle');
  });

  it('stays open while the pointer crosses into the card', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'pointer-over-mention', target: a });
    vi.advanceTimersByTime(400);
    controller.send({ type: 'pointer-left' });
    vi.advanceTimersByTime(150);
    controller.send({ type: 'pointer-in-card' });
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual(['a']);
    expect(controller.state()).toEqual({ kind: 'open', target: a, sticky: false });
  });

  it('swaps cards only after dwelling on the other mention', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'pointer-over-mention', target: a });
    vi.advanceTimersByTime(350);
    controller.send({ type: 'pointer-over-mention', target: b });
    vi.advanceTimersByTime(200);
    expect(shown).toEqual(['a']);
    vi.advanceTimersByTime(150);
    expect(shown).toEqual(['a', 'b']);
  });

  it('does not fire a canceled timer', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'pointer-over-mention', target: a });
    controller.send({ type: 'pointer-left' });
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('applies a new open delay from settings to the next hover', () => {
    const { controller, shown } = setup();
    controller.setTiming({ openDelayMs: 50, closeDelayMs: 300 });
    controller.send({ type: 'pointer-over-mention', target: a });
    vi.advanceTimersByTime(50);
    expect(shown).toEqual(['a']);
  });

  it('opens immediately for open-now and closes on escape without timers', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'open-now', target: b });
    expect(shown).toEqual(['b']);
    controller.send({ type: 'pointer-left' });
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual(['b']);
    controller.send({ type: 'escape' });
    expect(shown).toEqual(['b', undefined]);
  });

  it('stop cancels the pending timer', () => {
    const { controller, shown } = setup();
    controller.send({ type: 'pointer-over-mention', target: a });
    controller.stop();
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual([]);
  });
});
