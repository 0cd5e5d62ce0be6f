import { useEffect, useRef } from 'react';

interface Wanted {
  keys: string[];
  /** Keep asking on later renders until a target appears (a result that arrives from the server). */
  untilShown: boolean;
}

/** The user has gone elsewhere on purpose: focus on an element outside the container, not the page itself. */
function movedAway(container: HTMLElement | null): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && !(container?.contains(active) ?? false);
}

/**
 * Keeps keyboard focus with the item a button just moved, or on what replaced it: the button pressed may re-render
 * elsewhere, become disabled (Move up at the top) or go away (Patch to 1.29.5, Remove). Controls opt in with
 * `data-focus-key`; the first enabled match of the keys asked for gets focus after the next render.
 * `focusWhenShown` waits instead for a target that appears later (a check's result), unless the user has meanwhile
 * put focus somewhere outside the container: focus is never taken away from where someone went.
 */
export function useFocusAfterChange<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const wanted = useRef<Wanted | null>(null);

  useEffect(() => {
    if (!wanted.current) return;
    const { keys, untilShown } = wanted.current;
    if (untilShown && movedAway(container.current)) {
      wanted.current = null;
      return;
    }
    for (const key of keys) {
      const target = container.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]:not(:disabled)`);
      if (target) {
        wanted.current = null;
        target.focus();
        return;
      }
    }
    if (!untilShown) wanted.current = null;
  });

  const focusAfterChange = (...keys: string[]) => {
    wanted.current = { keys, untilShown: false };
  };
  const focusWhenShown = (...keys: string[]) => {
    wanted.current = { keys, untilShown: true };
  };
  return { container, focusAfterChange, focusWhenShown };
}
