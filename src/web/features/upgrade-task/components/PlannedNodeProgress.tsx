import { Alert, Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { NodeNameList } from '../../../components/NodeNameList';
import type { TaskSnapshot, WaveSnapshot } from '../task-snapshot';
import { PoolProgressList } from './PoolProgressList';
import { WaveStatusList } from './WaveStatusList';

interface PlannedNodeProgressProps {
  snapshot: TaskSnapshot;
  waves: readonly WaveSnapshot[];
  pools: readonly PlanningPool[];
}

const names = (nodes: readonly { name: string }[]) => nodes.map((node) => node.name).join(', ');

function headline(snapshot: TaskSnapshot, waves: readonly WaveSnapshot[], poolName: (id: string) => string): string {
  const current = waves.find(({ wave }) => wave.number === snapshot.currentWave)?.wave;
  if (snapshot.failed) {
    return current ? `Failed in wave ${current.number} of ${waves.length} (${poolName(current.poolId)}).` : 'The upgrade failed; CCE does not say in which wave.';
  }
  if (current) return `Current wave: ${current.number} of ${waves.length} (${poolName(current.poolId)})`;
  if (waves.length > 0 && waves.every(({ state }) => state === 'done')) return waves.length === 1 ? 'The only wave is done.' : `All ${waves.length} waves are done.`;
  return 'No node is upgrading right now.';
}

/** The predicted waves with the state this poll's node list gives each of them. */
export function PlannedNodeProgress({ snapshot, waves, pools }: PlannedNodeProgressProps) {
  const poolName = (id: string) => pools.find((pool) => pool.id === id)?.name ?? id;
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        Waves are predicted from the plan submitted for this task and CCE’s documented rules; node phases come from CCE.
      </Typography>
      <Typography aria-live="polite" sx={{ fontWeight: 'bold' }}>
        {headline(snapshot, waves, poolName)}
      </Typography>
      {snapshot.upgrading.length > 0 && (
        <Box>
          <Typography>Upgrading now:</Typography>
          <NodeNameList label="Nodes upgrading now" nodes={snapshot.upgrading} />
        </Box>
      )}
      {snapshot.abnormal.length > 0 && (
        <Box>
          <Typography>Failed (CCE reports them Abnormal):</Typography>
          <NodeNameList label="Nodes that failed" nodes={snapshot.abnormal} />
        </Box>
      )}
      {snapshot.unexpected.length > 0 && (
        <Alert severity="info" role="note">
          CCE is upgrading nodes the preview placed in other waves: {names(snapshot.unexpected)}. CCE decided differently from
          the documented rules the prediction follows.
        </Alert>
      )}
      <Typography variant="h3">Node pools</Typography>
      <PoolProgressList progress={snapshot.pools} pools={pools} />
      <Typography variant="h3">Waves</Typography>
      <WaveStatusList waves={waves} pools={pools} current={snapshot.currentWave} />
    </>
  );
}
