import { useCallback, useState } from 'react';

/** A set of keys the user opened; toggling adds or removes one. Kept by a list so its virtualized rows can unmount. */
export function useToggleSet<Key>() {
  const [open, setOpen] = useState<ReadonlySet<Key>>(() => new Set());
  const toggle = useCallback(
    (key: Key) =>
      setOpen((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return [open, toggle] as const;
}
