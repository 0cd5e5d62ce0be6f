import { useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus with the item a button just moved: the button pressed may re-render elsewhere or
 * become disabled (Move up at the top). Controls opt in with `data-focus-key`; the first enabled match of
 * the keys asked for gets focus after the next render.
 */
export function useFocusAfterChange<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const wanted = useRef<string[] | null>(null);

  useEffect(() => {
    if (!wanted.current) return;
    const keys = wanted.current;
    wanted.current = null;
    for (const key of keys) {
      const target = container.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]:not(:disabled)`);
      if (target) {
        target.focus();
        return;
      }
    }
  });

  const focusAfterChange = (...keys: string[]) => {
    wanted.current = keys;
  };
  return { container, focusAfterChange };
}
