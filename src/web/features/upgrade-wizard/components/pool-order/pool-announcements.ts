import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { PlanningPool } from '../../../../../shared/inventory';
import type { translate } from '../../../../i18n/parts/wizard';

/** The wizard part's `t` (useT) or `translate`. */
type Say = typeof translate;

export const poolDragInstructions = (t: Say): ScreenReaderInstructions => ({ draggable: t('wizard.poolDrag.instructions') });

/** dnd-kit's spoken feedback, in pool names and list positions rather than internal ids. */
export function poolAnnouncements(pools: readonly PlanningPool[], t: Say): Announcements {
  const pool = (id: UniqueIdentifier) => pools.find((candidate) => candidate.id === id)?.name ?? String(id);
  const at = (id: UniqueIdentifier) => ({ position: pools.findIndex((candidate) => candidate.id === id) + 1, total: pools.length });
  // dnd-kit reports the pool as over its own place right after pick-up; saying so would drown the pick-up message.
  let lastOver: UniqueIdentifier | undefined;
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id;
      return t('wizard.poolDrag.start', { pool: pool(active.id), ...at(active.id) });
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === lastOver) return undefined;
      lastOver = over?.id;
      return over
        ? t('wizard.poolDrag.over', { pool: pool(active.id), ...at(over.id) })
        : t('wizard.poolDrag.outside', { pool: pool(active.id) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t('wizard.poolDrag.dropped', { pool: pool(active.id), ...at(over.id) })
        : t('wizard.poolDrag.droppedOutside', { pool: pool(active.id) }),
    onDragCancel: ({ active }) => t('wizard.poolDrag.cancelled', { pool: pool(active.id), ...at(active.id) }),
  };
}
