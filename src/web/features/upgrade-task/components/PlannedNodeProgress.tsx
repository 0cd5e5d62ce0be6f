import { Alert, Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { NodeNameList } from '../../../components/NodeNameList';
import { translate, useT } from '../../../i18n/parts/task';
import type { TaskSnapshot, WaveSnapshot } from '../task-snapshot';
import { andList } from '../../../lib/word-lists';
import { PoolProgressList } from './PoolProgressList';
import { WaveStatusList } from './WaveStatusList';

interface PlannedNodeProgressProps {
  snapshot: TaskSnapshot;
  waves: readonly WaveSnapshot[];
  pools: readonly PlanningPool[];
}

function headline(snapshot: TaskSnapshot, waves: readonly WaveSnapshot[], poolName: (id: string) => string): string {
  const current = waves.find(({ wave }) => wave.number === snapshot.currentWave)?.wave;
  const total = waves.length;
  if (snapshot.failed) {
    return current ? translate('task.nodes.failedIn', { wave: current.number, total, pool: poolName(current.poolId) }) : translate('task.nodes.failedNoWave');
  }
  if (current) return translate('task.nodes.current', { wave: current.number, total, pool: poolName(current.poolId) });
  if (total > 0 && waves.every(({ state }) => state === 'done')) return translate('task.nodes.allDone', { total });
  return translate('task.nodes.noneUpgrading');
}

/** The predicted waves with the state this poll's node list gives each of them. */
export function PlannedNodeProgress({ snapshot, waves, pools }: PlannedNodeProgressProps) {
  const t = useT();
  const poolName = (id: string) => pools.find((pool) => pool.id === id)?.name ?? id;
  return (
    <>
      <Typography variant="body2" color="text.secondary">{t('task.nodes.predicted')}</Typography>
      <Typography aria-live="polite" sx={{ fontWeight: 'bold' }}>
        {headline(snapshot, waves, poolName)}
      </Typography>
      {snapshot.upgrading.length > 0 && (
        <Box>
          <Typography>{t('task.nodes.upgradingNow')}</Typography>
          <NodeNameList label={t('task.nodes.upgradingList')} nodes={snapshot.upgrading} />
        </Box>
      )}
      {snapshot.abnormal.length > 0 && (
        <Box>
          <Typography>{t('task.nodes.failedNow')}</Typography>
          <NodeNameList label={t('task.nodes.failedList')} nodes={snapshot.abnormal} />
        </Box>
      )}
      {snapshot.unexpected.length > 0 && (
        <Alert severity="info" role="note">
          {t('task.nodes.unexpected', { names: andList(snapshot.unexpected.map((node) => node.name)) })}
        </Alert>
      )}
      <Typography variant="h3">{t('task.nodes.pools')}</Typography>
      <PoolProgressList progress={snapshot.pools} pools={pools} />
      <Typography variant="h3">{t('task.nodes.waves')}</Typography>
      <WaveStatusList waves={waves} pools={pools} current={snapshot.currentWave} />
    </>
  );
}
