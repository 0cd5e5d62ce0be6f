import { useMemo } from 'react';
import { snapshotInventory } from '../../../shared/cluster-snapshot';
import { toUpgradeRequest } from '../../../shared/plan';
import type { Revision } from '../../../shared/plans-api';
import { computeWaves, type Wave } from '../../../shared/waves';

/**
 * The waves of a revision, predicted from its own snapshot, never from the cluster now: what reviewers approved
 * stays what the page shows, however the cluster changes later.
 */
export function useRevisionWaves(revision: Revision): Wave[] {
  return useMemo(() => {
    const { pools, nodes } = snapshotInventory(revision.snapshot);
    return computeWaves(pools, nodes, toUpgradeRequest(revision.plan).spec.clusterUpgradeAction);
  }, [revision]);
}
