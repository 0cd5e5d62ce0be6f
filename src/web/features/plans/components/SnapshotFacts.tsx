import { Box } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { FactList } from '../../../components/FactList';
import { formatTime, plural } from '../plan-words';
import { PlanSection } from './PlanSection';
import { Sha256 } from '../../../components/Sha256';

const labelSourceWords = {
  kubernetes: 'read from the cluster’s Kubernetes API',
  // Said where a reviewer reads the snapshot: the drift check cannot see what the planner cannot read.
  derived: 'derived from CCE data (the planner holds no kubeconfig for this cluster, so labels set by hand with kubectl are not seen here, nor by the drift check at submit)',
};

/** The cluster as the BFF read it when the revision was saved: what the waves were predicted from and drift is checked against. */
export function SnapshotFacts({ revision }: { revision: Revision }) {
  const { snapshot } = revision;
  const { cluster } = snapshot;
  return (
    <PlanSection title="The cluster when this revision was saved">
      <FactList
        label="Cluster snapshot"
        facts={[
          ['Taken at', formatTime(snapshot.takenAt)],
          ['Version', cluster.patch ? `${cluster.version} (patch ${cluster.patch})` : cluster.version],
          ['Nodes', `${plural(snapshot.nodes.length, 'node')}, labels ${labelSourceWords[snapshot.labelSource]}`],
          [
            'Node pools',
            <Box component="ul" key="pools" aria-label="Node pools in the snapshot" sx={{ m: 0, pl: 2 }}>
              {snapshot.pools.map((pool) => <li key={pool.id}>{pool.name}: {plural(pool.nodeCount, 'node')}</li>)}
            </Box>,
          ],
          ['Add-ons', snapshot.addons.length === 0 ? 'None' : snapshot.addons.map((addon) => `${addon.name} ${addon.version}`).join(', ')],
          ['Running task', snapshot.runningTask ? `${snapshot.runningTask.id} (${snapshot.runningTask.phase})` : 'None'],
          ['Snapshot SHA-256', <Sha256 key="hash" label="Snapshot SHA-256" value={revision.snapshotSha256} />],
        ]}
      />
    </PlanSection>
  );
}
