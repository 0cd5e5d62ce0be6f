import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Revision } from '../../../shared/plans-api';
import { sessionQueries } from '../../lib/session-queries';
import { useAddonFates, type AddonFatesView } from '../../lib/use-addon-fates';

/** The add-on fates of a saved revision: its snapshot's add-ons and cluster version, judged by the region's templates today. */
export function useRevisionAddonFates(revision: Revision): AddonFatesView {
  const { plan, snapshot } = revision;
  const session = useQuery(sessionQueries.current());
  const projectId = session.data && 'projectId' in session.data ? session.data.projectId : '';
  const saved = useMemo(() => ({ installed: snapshot.addons, currentVersion: snapshot.cluster.version }), [snapshot]);
  return useAddonFates(projectId, { clusterId: projectId && plan.clusterId, targetVersion: plan.targetVersion, patches: plan.addons, snapshot: saved });
}
