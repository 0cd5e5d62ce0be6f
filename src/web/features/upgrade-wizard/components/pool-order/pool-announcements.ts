import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { PlanningPool } from '../../../../../shared/inventory';

export const poolDragInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up a pool, press Space or Enter on its reorder handle. Use the Up and Down arrow keys to move it, ' +
    'Space or Enter to drop it in its new place, or Escape to cancel. The Move up and Move down buttons do the same.',
};

/** dnd-kit's spoken feedback, in pool names and list positions rather than internal ids. */
export function poolAnnouncements(pools: readonly PlanningPool[]): Announcements {
  const name = (id: UniqueIdentifier) => pools.find((pool) => pool.id === id)?.name ?? String(id);
  const position = (id: UniqueIdentifier) => `position ${pools.findIndex((pool) => pool.id === id) + 1} of ${pools.length}`;
  // dnd-kit reports the pool as over its own place right after pick-up; saying so would drown the pick-up message.
  let lastOver: UniqueIdentifier | undefined;
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id;
      return `Picked up pool ${name(active.id)}. It is at ${position(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === lastOver) return undefined;
      lastOver = over?.id;
      return over ? `Pool ${name(active.id)} was moved to ${position(over.id)}.` : `Pool ${name(active.id)} is no longer over the list.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `Pool ${name(active.id)} was dropped at ${position(over.id)}.`
        : `Pool ${name(active.id)} was dropped outside the list; the order did not change.`,
    onDragCancel: ({ active }) => `Moving pool ${name(active.id)} was cancelled. It stays at ${position(active.id)}.`,
  };
}
