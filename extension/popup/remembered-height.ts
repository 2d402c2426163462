/**
 * The height a part of the popup had when it was last shown, kept in the popup's `localStorage`
 * so that the next opening can hold its place before the part has loaded. A layout hint, not a
 * setting: missing, unreadable or out of date, the popup only moves once, as it would without it.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

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
export function useRememberHeight(
  part: string,
  element: RefObject<HTMLElement | null>,
  shown: boolean,
): void {
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
