// biome-ignore-all lint/style/noExcessiveLinesPerFile: installCard is still one closure; it is to be split (issue 9).
/**
 * The hover card on the page: hit-tests the pointer against the content script's mentions,
 * drives the hover-intent controller, renders the card (Preact, in the shadow-root host),
 * places it next to the mention, and handles keyboard stepping, Escape and focus.
 *
 * Touch: a tap on a mention opens its card (sticky until a tap elsewhere, Escape or the close
 * button). The page's own handling of the tap is never blocked, so a mention inside a link
 * still follows the link — the card only adds, it never takes a click away from the page.
 */
import { render } from 'preact';
import { createHoverController } from '../../../src/card/hover-controller';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS } from '../../../src/card/hover-intent';
import { type CardClient, type CardRequester, createCardClient, type ReadyCard, today } from './card-client';
import { type CardContent, CardView, TITLE_ID } from './card-view';
import { indexFrom, parkFocusAfter, placeCaretAfter, readingPosition, wrapTab } from './focus';
import { guarded, reportError, runGuarded } from './guard';
import { mentionAtPoint } from './hit-test';
import { ensureCardHost, existingCardHost, isBackstoryHost } from './host';
import { type CardReference, followReference, rangeReference } from './placement';
import { installCardTestBridge } from './test-bridge';

/** What the card needs to know about one highlighted mention. */
export type CardMention = { readonly entity: string; readonly range: Range };

export type CardOptions = {
  /** The mention covering a text position (C1's `mentionAt`). */
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
  destroy(): void;
};

type Target = {
  key: string;
  entity: string;
  /** The mention's range as the content script keeps it (identity = the mention). */
  source: Range;
  range: Range;
  rectIndex: number;
  focus: boolean;
};

/** True when two ranges start and end at the same DOM positions. */
function sameBoundaries(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Most CSS px a touch may move between down and up and still count as a tap. */
const TAP_MAX_MOVE_PX = 10;
const TAP_MAX_MS = 600;

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: to be split into input, stepping and display (issue 9).
export function installCard(options: CardOptions): CardController {
  const client: CardClient = createCardClient(options.requestCard);
  /** Answers received (undefined: no such entity), for the local day `resolvedDay`. */
  const resolved = new Map<string, ReadyCard | undefined>();
  let resolvedDay = today();
  /** Entities whose last request failed (not cached: the next hover asks again). */
  const failed = new Set<string>();
  const rangeKeys = new WeakMap<Range, number>();
  let nextKey = 1;
  let shown: Target | undefined;
  let cardElement: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let returnFocus: Element | undefined;
  let lastStepRange: Range | undefined;
  /** The caret or focus when the last step was taken: stepping continues from that step until it moves. */
  let lastStepFrom: { node: Node; offset: number } | undefined;
  let destroyed = false;

  const keyForRange = (range: Range): string => {
    let key = rangeKeys.get(range);
    if (key === undefined) {
      key = nextKey++;
      rangeKeys.set(range, key);
    }
    return `mention:${key}`;
  };

  const targetFor = (mention: CardMention, rectIndex: number, focus = false): Target => ({
    key: keyForRange(mention.range),
    entity: mention.entity,
    source: mention.range,
    range: mention.range,
    rectIndex,
    focus,
  });

  const controller = createHoverController<Target>({
    timing: { openDelayMs: options.hoverDelayMs ?? OPEN_DELAY_MS, closeDelayMs: CLOSE_DELAY_MS },
    onShownChange: (target) => runGuarded('render', () => (target ? show(target) : hide())),
  });

  function ensureCardElement(): HTMLElement {
    const { mount } = ensureCardHost();
    if (!cardElement?.isConnected) {
      const element = document.createElement('div');
      element.className = 'card';
      element.setAttribute('role', 'dialog');
      element.setAttribute('aria-labelledby', TITLE_ID);
      element.tabIndex = -1;
      element.hidden = true;
      mount.replaceChildren(element);
      cardElement = element;
    }
    return cardElement;
  }

  function contentFor(entity: string): CardContent {
    if (!resolved.has(entity))
      return failed.has(entity) ? { kind: 'failed', entity } : { kind: 'loading', entity };
    const ready = resolved.get(entity);
    return ready ? { kind: 'ready', ...ready } : { kind: 'missing', entity };
  }

  function paint(target: Target): void {
    const element = ensureCardElement();
    render(
      <CardView
        content={contentFor(target.entity)}
        onRelated={(id) => runGuarded('related', () => openRelated(id))}
        onClose={() => runGuarded('close', () => controller.send({ type: 'escape' }))}
      />,
      element,
    );
  }

  function load(target: Target): void {
    if (resolvedDay !== today()) {
      // A new day: the wording (deadline status, "in 3 days") is asked for afresh.
      resolved.clear();
      resolvedDay = today();
    }
    if (resolved.has(target.entity)) return;
    failed.delete(target.entity);
    client.get(target.entity).then(
      (data) => {
        resolved.set(target.entity, data);
        if (shown?.entity === target.entity) runGuarded('render', () => repaint(shown as Target));
      },
      (error: unknown) => {
        reportError(error);
        failed.add(target.entity);
        if (shown?.entity === target.entity) runGuarded('render', () => repaint(shown as Target));
      },
    );
  }

  function cardHasFocus(): boolean {
    const host = existingCardHost();
    return !!host && (document.activeElement === host.host || host.root.activeElement !== null);
  }

  /** Paints again once the card's answer arrived, and gives it the focus it was waiting for. */
  function repaint(target: Target): void {
    paint(target);
    if (target.focus && !cardHasFocus()) takeFocus(target);
  }

  /**
   * Moves focus into the card (remembering where it was), once its content is there: the dialog is
   * named by its title, so a screen reader announces the name, not "Loading".
   */
  function takeFocus(target: Target): void {
    if (!resolved.has(target.entity) && !failed.has(target.entity)) return;
    if (!cardHasFocus() && document.activeElement && !isBackstoryHost(document.activeElement)) {
      returnFocus = document.activeElement;
    }
    cardElement?.focus({ preventScroll: true });
  }

  function show(target: Target): void {
    const previous = shown;
    shown = target;
    load(target);
    const element = ensureCardElement();
    paint(target);
    element.hidden = false;
    if (previous?.entity !== target.entity) element.scrollTop = 0;
    if (!previous || previous.range !== target.range || previous.rectIndex !== target.rectIndex) {
      stopFollowing?.();
      const reference: CardReference = rangeReference(target.range, target.rectIndex);
      stopFollowing = followReference(reference, element, reportError);
    }
    if (target.focus || cardHasFocus()) takeFocus(target);
  }

  function hide(): void {
    const hadFocus = cardHasFocus();
    const closing = shown;
    const back = returnFocus;
    const landAfterName =
      hadFocus && closing && !(back instanceof HTMLElement && back !== document.body && back.isConnected);
    const host = existingCardHost();
    if (landAfterName && host && cardElement) parkFocusAfter(closing.source, host.host, cardElement);
    shown = undefined;
    stopFollowing?.();
    stopFollowing = undefined;
    if (cardElement) {
      render(null, cardElement);
      cardElement.hidden = true;
    }
    if (hadFocus) {
      // Nothing had focus: the reading order continues just after the name (see parkFocusAfter).
      if (landAfterName) placeCaretAfter(closing.source);
      else (back as HTMLElement).focus({ preventScroll: true });
    }
    returnFocus = undefined;
  }

  function openRelated(entity: string): void {
    if (!shown) return;
    const target: Target = {
      key: `related:${nextKey++}`,
      entity,
      source: shown.source,
      range: shown.range,
      rectIndex: shown.rectIndex,
      focus: true,
    };
    controller.send({ type: 'open-now', target });
  }

  // --- pointer ---------------------------------------------------------------------------
  let frame = 0;
  let lastPoint: { x: number; y: number; inCard: boolean } | undefined;

  function hitTest(): void {
    frame = 0;
    const point = lastPoint;
    if (!point || destroyed) return;
    if (point.inCard) {
      controller.send({ type: 'pointer-in-card' });
      return;
    }
    const located = mentionAtPoint(document, point.x, point.y, options.mentionAt);
    if (located) {
      const target = targetFor(located.mention, located.rectIndex);
      if (target.key !== shown?.key) load(target);
      controller.send({ type: 'pointer-over-mention', target });
    } else controller.send({ type: 'pointer-left' });
  }

  const onPointerMove = guarded('pointermove', (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    lastPoint = { x: event.clientX, y: event.clientY, inCard: isBackstoryHost(event.target as Node | null) };
    if (!frame) frame = requestAnimationFrame(() => runGuarded('hit-test', hitTest));
  });

  const onPointerOut = guarded('pointerout', (event: PointerEvent) => {
    if (event.pointerType === 'touch' || event.relatedTarget !== null) return;
    lastPoint = undefined;
    controller.send({ type: 'pointer-left' });
  });

  let touchStart: { x: number; y: number; at: number } | undefined;

  const onPointerDown = guarded('pointerdown', (event: PointerEvent) => {
    if (isBackstoryHost(event.target as Node | null)) {
      // A press inside the card pins it (also keeps it through a selection dragged past its edge).
      if (event.isTrusted && shown) controller.send({ type: 'pin' });
      return;
    }
    if (event.pointerType === 'touch') {
      touchStart = { x: event.clientX, y: event.clientY, at: event.timeStamp };
      return;
    }
    if (!shown) return;
    if (!mentionAtPoint(document, event.clientX, event.clientY, options.mentionAt)) {
      controller.send({ type: 'dismiss' });
    }
  });

  const onPointerUp = guarded('pointerup', (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !touchStart) return;
    const start = touchStart;
    touchStart = undefined;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (moved > TAP_MAX_MOVE_PX || event.timeStamp - start.at > TAP_MAX_MS) return;
    if (isBackstoryHost(event.target as Node | null)) return;
    const located = mentionAtPoint(document, event.clientX, event.clientY, options.mentionAt);
    if (located) controller.send({ type: 'open-now', target: targetFor(located.mention, located.rectIndex) });
    else if (shown) controller.send({ type: 'dismiss' });
  });

  const onKeyDown = guarded('keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && shown) controller.send({ type: 'escape' });
    const host = existingCardHost();
    if (
      event.isTrusted &&
      shown &&
      cardElement &&
      host &&
      cardHasFocus() &&
      wrapTab(event, cardElement, host.root)
    )
      event.preventDefault();
  });

  const listen = { capture: true, passive: true } as const;
  document.addEventListener('pointermove', onPointerMove, listen);
  document.addEventListener('pointerout', onPointerOut, listen);
  document.addEventListener('pointerdown', onPointerDown, listen);
  document.addEventListener('pointerup', onPointerUp, listen);
  window.addEventListener('keydown', onKeyDown, true);

  // --- keyboard stepping -----------------------------------------------------------------
  /** From the open card's mention, else from the caret or focus, else the last step, else the view. */
  function startIndex(list: readonly CardMention[], direction: 1 | -1): number {
    const open = shown ? list.findIndex((m) => m.range === shown?.source) : -1;
    if (open >= 0) return (open + direction + list.length) % list.length;
    const position = readingPosition((node) => isBackstoryHost(node));
    const moved = position?.node !== lastStepFrom?.node || position?.offset !== lastStepFrom?.offset;
    lastStepFrom = position;
    const current = lastStepRange ? list.findIndex((m) => m.range === lastStepRange) : -1;
    if (current >= 0 && !moved) return (current + direction + list.length) % list.length;
    if (position) return indexFrom(list, position, direction);
    if (current >= 0) return (current + direction + list.length) % list.length;
    const viewportHeight = window.innerHeight;
    if (direction === 1) {
      const first = list.findIndex((m) => m.range.getBoundingClientRect().bottom >= 0);
      return Math.max(first, 0);
    }
    for (let i = list.length - 1; i >= 0; i--) {
      const mention = list[i];
      if (mention && mention.range.getBoundingClientRect().top <= viewportHeight) return i;
    }
    return list.length - 1;
  }

  function scrollIntoView(range: Range): void {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    const container = range.startContainer;
    const element =
      container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const after = range.getBoundingClientRect();
    if (after.top < 0 || after.bottom > window.innerHeight) {
      window.scrollBy(0, after.top - window.innerHeight / 2);
    }
  }

  function openCardForEntity(entity: string, range: Range, open: { focus?: boolean } = {}): void {
    runGuarded('open', () => {
      controller.send({ type: 'open-now', target: targetFor({ entity, range }, 0, open.focus ?? false) });
    });
  }

  function stepMention(direction: 1 | -1): void {
    runGuarded('step', () => {
      const list = options.mentions();
      if (list.length === 0) return;
      const mention = list[startIndex(list, direction)];
      if (!mention) return;
      lastStepRange = mention.range;
      scrollIntoView(mention.range);
      controller.send({ type: 'open-now', target: targetFor(mention, 0, true) });
    });
  }

  /**
   * After the content script re-read the page: keep the card if its mention is still there
   * (the same text position, now held by a new mention object), otherwise close it.
   */
  function reanchorOrClose(): void {
    if (!shown) return;
    const source = shown.source;
    const successor = options.mentions().find((m) => m.range === source || sameBoundaries(m.range, source));
    if (!successor) {
      controller.send({ type: 'escape' });
      return;
    }
    if (successor.range === source) return;
    const key = rangeKeys.get(source);
    if (key !== undefined) rangeKeys.set(successor.range, key);
    shown.source = successor.range;
  }

  const removeTestBridge = __TEST_HOOKS__ ? installCardTestBridge(stepMention) : undefined;

  return {
    openCardForEntity,
    stepMention,
    close: () => runGuarded('close', () => controller.send({ type: 'escape' })),
    setHoverDelay: (ms) => controller.setTiming({ openDelayMs: ms, closeDelayMs: CLOSE_DELAY_MS }),
    mentionsChanged: () => runGuarded('mentions-changed', reanchorOrClose),
    isOpen: () => shown !== undefined,
    destroy: () => {
      destroyed = true;
      controller.stop();
      runGuarded('close', hide);
      if (frame) cancelAnimationFrame(frame);
      document.removeEventListener('pointermove', onPointerMove, listen);
      document.removeEventListener('pointerout', onPointerOut, listen);
      document.removeEventListener('pointerdown', onPointerDown, listen);
      document.removeEventListener('pointerup', onPointerUp, listen);
      window.removeEventListener('keydown', onKeyDown, true);
      removeTestBridge?.();
    },
  };
}
