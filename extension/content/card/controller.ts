/**
 * The hover card on the page, wired from its parts: the hover-intent controller (src/card)
 * decides when a card shows; input.ts feeds it pointer, touch and Escape events; stepping.ts
 * picks the next mention for the keyboard; display.tsx renders, places and focuses the card from
 * the one card cache (card-cache.ts).
 */
import { createHoverController } from '../../../src/card/hover-controller';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS } from '../../../src/card/hover-intent';
import { task } from '../instrumentation';
import type { CardRequester } from './card-cache';
import { createCardDisplay } from './display';
import { installCardInput } from './input';
import { createStepper, scrollIntoView } from './stepping';
import { type CardMention, carryKey, relatedTarget, sameBoundaries, type Target, targetFor } from './targets';

export type { CardMention } from './targets';

export type CardOptions = {
  /** The mention covering a text position (the page session's mention index). */
  mentionAt(node: Node, offset: number): CardMention | undefined;
  /** All mentions on the page, in document order. */
  mentions(): readonly CardMention[];
  /** Dwell before a hovered card opens (the `hoverDelayMs` setting). */
  hoverDelayMs?: number;
  /** Fetches a card; defaults to the `card` runtime message. */
  requestCard?: CardRequester;
};

export type CardController = {
  /** Opens `entity`'s card at `range` at once (sticky); `focus` moves keyboard focus into it. */
  openCardForEntity(entity: string, range: Range, options?: { focus?: boolean }): void;
  /** Opens the card of the next (1) or previous (-1) mention, scrolled into view, with focus. */
  stepMention(direction: 1 | -1): void;
  close(): void;
  setHoverDelay(ms: number): void;
  /** Call after the mentions changed; closes the card if its mention is gone. */
  mentionsChanged(): void;
  isOpen(): boolean;
  /** Handles a trusted pointer event the card missed while its module loaded (see input.ts). */
  replayInput(event: PointerEvent): void;
  destroy(): void;
};

export function installCard(options: CardOptions): CardController {
  const nextMention = createStepper();
  const hover = createHoverController<Target>({
    timing: { openDelayMs: options.hoverDelayMs ?? OPEN_DELAY_MS, closeDelayMs: CLOSE_DELAY_MS },
    onShownChange: (target) => task('card:render', () => (target ? display.show(target) : display.hide())),
  });
  const close = () => hover.send({ type: 'escape' });
  const display = createCardDisplay({
    requestCard: options.requestCard,
    onRelated(entity) {
      const from = display.shown();
      if (from) hover.send({ type: 'open-now', target: relatedTarget(entity, from) });
    },
    onClose: close,
  });
  const input = installCardInput({
    hover,
    mentionAt: options.mentionAt,
    shown: display.shown,
    load: display.load,
    trapTab: display.trapTab,
  });

  function stepMention(direction: 1 | -1): void {
    task('card:step', () => {
      const list = options.mentions();
      if (list.length === 0) return;
      const mention = nextMention(list, direction, display.shown()?.source);
      if (!mention) return;
      scrollIntoView(mention.range);
      hover.send({ type: 'open-now', target: targetFor(mention, 0, true) });
    });
  }

  /**
   * After the content script re-read the page: keep the card if its mention is still there
   * (the same text position, now held by a new mention object), otherwise close it.
   */
  function reanchorOrClose(): void {
    const shown = display.shown();
    if (!shown) return;
    const source = shown.source;
    const successor = options.mentions().find((m) => m.range === source || sameBoundaries(m.range, source));
    if (!successor) {
      close();
      return;
    }
    if (successor.range === source) return;
    carryKey(source, successor.range);
    shown.source = successor.range;
  }

  return {
    openCardForEntity(entity, range, open = {}) {
      task('card:open', () => {
        hover.send({
          type: 'open-now',
          target: targetFor({ entity, range }, 0, open.focus ?? false),
        });
      });
    },
    stepMention,
    close: () => task('card:close', close),
    setHoverDelay: (ms) => hover.setTiming({ openDelayMs: ms, closeDelayMs: CLOSE_DELAY_MS }),
    mentionsChanged: () => task('card:mentions-changed', reanchorOrClose),
    isOpen: () => display.shown() !== undefined,
    replayInput: input.replay,
    destroy() {
      hover.stop();
      task('card:close', display.hide);
      input.stop();
    },
  };
}
