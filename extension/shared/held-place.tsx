/**
 * Holds the place of a part of an extension page that loads after the page first paints (the
 * popup's deadlines, the options page's packs and reminders): until it is ready, an invisible box
 * as tall as the part was when the page last showed it, out of the accessibility tree, so what is
 * below does not move when the part arrives. The height is kept in the extension's `localStorage`:
 * a layout hint, not a setting. On the first opening nothing is remembered: the part's likely
 * content (`firstTime`, what a new reader's answer would show) is laid out invisibly once to learn
 * the height, then replaced by an empty box of that height before the page paints. Unreadable or
 * out of date, the page only moves once, as it would without it.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

const KEY_PREFIX = 'backstory.layout.';

/** CSS px, or undefined when nothing (sensible) is remembered. */
export function rememberedHeight(part: string): number | undefined {
  try {
    const height = Number(localStorage.getItem(KEY_PREFIX + part));
    return Number.isFinite(height) && height > 0 ? height : undefined;
  } catch {
    return undefined; // storage blocked: hold no place
  }
}

/** Remembers the element's height as it is first shown (`shown` true), not after the reader acts. */
function useRememberHeight(part: string, element: RefObject<HTMLElement | null>, shown: boolean): void {
  const remembered = useRef(false);
  useLayoutEffect(() => {
    if (!shown || remembered.current || !element.current) return;
    remembered.current = true;
    try {
      localStorage.setItem(KEY_PREFIX + part, String(element.current.getBoundingClientRect().height));
    } catch {
      // storage blocked: the next opening holds no place
    }
  }, [shown]);
}

export type HeldPlaceProps = {
  /** Names the part in storage ("popup.deadlines"). */
  part: string;
  /** The part has loaded: show `children`. */
  ready: boolean;
  /** Remember the height shown now (default `ready`; false for, say, an error in place of the part). */
  remember?: boolean;
  /** Classes of the box, the same on the placeholder. */
  class: string;
  /** What the part most likely shows, to measure when nothing is remembered (never shown). */
  firstTime?: ComponentChildren;
  children?: ComponentChildren;
};

/** An empty, invisible box of `height` CSS px, out of the accessibility tree. */
function EmptyPlace(props: { class: string; height: number }) {
  return (
    <div
      class={`held-place ${props.class} placeholder`}
      aria-hidden="true"
      style={{ height: `${props.height}px` }}
    />
  );
}

/**
 * Lays `firstTime` out invisibly (inert, out of the accessibility tree), measures it, and becomes
 * an empty box that tall. The measuring is a layout effect and its re-render a microtask, both
 * before the browser paints or any other task runs: nobody sees or reaches the stand-in.
 */
function FirstTimePlace(props: { class: string; firstTime: ComponentChildren }) {
  const element = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    if (element.current) setHeight(element.current.getBoundingClientRect().height);
  }, []);
  if (height !== undefined) return <EmptyPlace class={props.class} height={height} />;
  return (
    <div class={`held-place ${props.class} placeholder`} aria-hidden="true" inert ref={element}>
      {props.firstTime}
    </div>
  );
}

export function HeldPlace(props: HeldPlaceProps) {
  const { part, ready, remember = ready } = props;
  const element = useRef<HTMLDivElement>(null);
  useRememberHeight(part, element, ready && remember);
  if (ready)
    return (
      <div class={`held-place ${props.class}`} ref={element}>
        {props.children}
      </div>
    );
  const height = rememberedHeight(part);
  if (height !== undefined) return <EmptyPlace class={props.class} height={height} />;
  if (props.firstTime === undefined) return null;
  return <FirstTimePlace class={props.class} firstTime={props.firstTime} />;
}
