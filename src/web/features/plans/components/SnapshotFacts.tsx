import { Box } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { FactList } from '../../../components/FactList';
import { useT } from '../../../i18n/parts/plans';
import { commaList } from '../../../lib/word-lists';
import { formatTime } from '../plan-words';
import { PlanSection } from './PlanSection';
import { Sha256 } from '../../../components/Sha256';

/** The cluster as the BFF read it when the revision was saved: what the waves were predicted from and drift is checked against. */
export function SnapshotFacts({ revision }: { revision: Revision }) {
  const t = useT();
  const { snapshot } = revision;
  const { cluster } = snapshot;
  return (
    <PlanSection title={t('plans.snapshot.heading')}>
      <FactList
        label={t('plans.snapshot.label')}
        facts={[
          [t('plans.snapshot.takenAt'), formatTime(snapshot.takenAt)],
          [t('plans.snapshot.version'), cluster.patch ? t('plans.snapshot.versionPatch', { version: cluster.version, patch: cluster.patch }) : cluster.version],
          // Said where a reviewer reads the snapshot: the drift check cannot see what the planner cannot read.
          [t('plans.snapshot.nodes'), t('plans.snapshot.nodesValue', { nodes: snapshot.nodes.length, source: snapshot.labelSource })],
          [
            t('plans.snapshot.pools'),
            <Box component="ul" key="pools" aria-label={t('plans.snapshot.poolList')} sx={{ m: 0, pl: 2 }}>
              {snapshot.pools.map((pool) => <li key={pool.id}>{t('plans.snapshot.pool', { pool: pool.name, nodes: pool.nodeCount })}</li>)}
            </Box>,
          ],
          [
            t('plans.snapshot.addons'),
            snapshot.addons.length === 0
              ? t('plans.none')
              : commaList(snapshot.addons.map((addon) => t('plans.snapshot.addon', { name: addon.name, version: addon.version }))),
          ],
          [t('plans.snapshot.task'), snapshot.runningTask ? t('plans.snapshot.taskValue', { taskId: snapshot.runningTask.id, phase: snapshot.runningTask.phase }) : t('plans.none')],
          [t('plans.snapshot.hash'), <Sha256 key="hash" label={t('plans.snapshot.hash')} value={revision.snapshotSha256} />],
        ]}
      />
    </PlanSection>
  );
}
