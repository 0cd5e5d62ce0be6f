import { useState, type KeyboardEvent } from 'react';

const moves: Record<string, (current: number, last: number) => number> = {
  ArrowDown: (current, last) => Math.min(current + 1, last),
  ArrowUp: (current) => Math.max(current - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One tab stop for a list of like controls (a roving tabindex): Tab enters and leaves the list, the arrow keys, Home
 * and End move inside it. The control last focused is the one Tab comes back to.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));
  const itemProps = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    onFocus: () => setActive(index),
    'data-roving-index': index,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = moves[event.key];
    if (!move || count === 0) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLElement>(`[data-roving-index="${move(current, count - 1)}"]`)?.focus();
  };
  return { itemProps, onKeyDown };
}
