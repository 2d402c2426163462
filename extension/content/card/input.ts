/**
 * The card's pointer, touch and Escape input, turned into hover-intent events. Pointer moves are
 * hit-tested against the mentions once per animation frame. A tap on a mention opens its card
 * (sticky until a tap elsewhere, Escape or the close button); the page's own handling of the tap
 * is never blocked, so a mention inside a link still follows the link — the card only adds, it
 * never takes a click away from the page.
 */
import type { HoverController } from '../../../src/card/hover-controller';
import { task, trustedListener } from '../instrumentation';
import { mentionAtPoint } from './hit-test';
import { isBackstoryHost } from './host';
import { type CardMention, type Target, targetFor } from './targets';

/** Most CSS px a touch may move between down and up and still count as a tap. */
const TAP_MAX_MOVE_PX = 10;
const TAP_MAX_MS = 600;

export type InputOptions = {
  hover: HoverController<Target>;
  /** The mention covering a text position. */
  mentionAt(node: Node, offset: number): CardMention | undefined;
  /** The target whose card is visible, if any. */
  shown(): Target | undefined;
  /** Fetches a card ahead of its dwell. */
  load(entity: string): void;
  /** Keeps Tab inside the open card; true when the key was taken. */
  trapTab(event: KeyboardEvent): boolean;
};

type Point = { x: number; y: number; inCard: boolean };

function inCard(event: Event): boolean {
  return isBackstoryHost(event.target as Node | null);
}

export type CardInput = {
  /**
   * Handles a trusted pointer event that happened before these listeners existed (the card module
   * was still loading, lazy-card.ts), as if it had just arrived; untrusted events are ignored.
   */
  replay(event: PointerEvent): void;
  /** Stops listening. */
  stop(): void;
};

/** Listens on the document. */
export function installCardInput(options: InputOptions): CardInput {
  const { hover } = options;
  const located = (x: number, y: number) => mentionAtPoint(document, x, y, options.mentionAt);
  let frame = 0;
  let lastPoint: Point | undefined;
  let touchStart: { x: number; y: number; at: number } | undefined;

  function hitTest(): void {
    frame = 0;
    const point = lastPoint;
    if (!point) return;
    if (point.inCard) {
      hover.send({ type: 'pointer-in-card' });
      return;
    }
    const found = located(point.x, point.y);
    if (!found) {
      hover.send({ type: 'pointer-left' });
      return;
    }
    const target = targetFor(found.mention, found.rectIndex);
    if (target.key !== options.shown()?.key) options.load(target.entity);
    hover.send({ type: 'pointer-over-mention', target });
  }

  const onPointerMove = trustedListener('card:pointermove', (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    lastPoint = { x: event.clientX, y: event.clientY, inCard: inCard(event) };
    if (!frame) frame = requestAnimationFrame(() => task('card:hit-test', hitTest));
  });

  const onPointerOut = trustedListener('card:pointerout', (event: PointerEvent) => {
    if (event.pointerType === 'touch' || event.relatedTarget !== null) return;
    lastPoint = undefined;
    hover.send({ type: 'pointer-left' });
  });

  const onPointerDown = trustedListener('card:pointerdown', (event: PointerEvent) => {
    if (inCard(event)) {
      // A press inside the card pins it (also keeps it through a selection dragged past its edge).
      if (event.isTrusted && options.shown()) hover.send({ type: 'pin' });
      return;
    }
    if (event.pointerType === 'touch') {
      touchStart = { x: event.clientX, y: event.clientY, at: event.timeStamp };
      return;
    }
    if (options.shown() && !located(event.clientX, event.clientY)) hover.send({ type: 'dismiss' });
  });

  const onPointerUp = trustedListener('card:pointerup', (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !touchStart) return;
    const start = touchStart;
    touchStart = undefined;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (moved > TAP_MAX_MOVE_PX || event.timeStamp - start.at > TAP_MAX_MS || inCard(event)) return;
    const found = located(event.clientX, event.clientY);
    if (found) hover.send({ type: 'open-now', target: targetFor(found.mention, found.rectIndex) });
    else if (options.shown()) hover.send({ type: 'dismiss' });
  });

  const onKeyDown = trustedListener('card:keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && options.shown()) hover.send({ type: 'escape' });
    if (event.isTrusted && options.trapTab(event)) event.preventDefault();
  });

  const stop = new AbortController();
  const listen = { capture: true, passive: true, signal: stop.signal };
  document.addEventListener('pointermove', onPointerMove, listen);
  document.addEventListener('pointerout', onPointerOut, listen);
  document.addEventListener('pointerdown', onPointerDown, listen);
  document.addEventListener('pointerup', onPointerUp, listen);
  window.addEventListener('keydown', onKeyDown, { capture: true, signal: stop.signal });
  const replayable: Record<string, (event: PointerEvent) => void> = {
    pointermove: onPointerMove,
    pointerdown: onPointerDown,
    pointerup: onPointerUp,
  };
  return {
    replay: (event) => replayable[event.type]?.(event),
    stop() {
      if (frame) cancelAnimationFrame(frame);
      lastPoint = undefined;
      stop.abort();
    },
  };
}
