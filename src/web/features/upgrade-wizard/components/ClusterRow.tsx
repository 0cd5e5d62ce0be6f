import { CircularProgress, Radio, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { MouseEvent, Ref } from 'react';
import type { Cluster } from '../../../../shared/cce-responses';
import { RouterLink } from '../../../components/RouterLink';
import { clusterPath } from '../../../lib/cluster-paths';
import { clusterQueries } from '../../../lib/cluster-queries';
import { describeError } from '../../../lib/describe-error';
import { useT } from '../../../i18n/i18n';
import { clusterKind, clusterMarker, clusterSize, versionWithPatch } from '../cluster-facts';
import { ClusterMarkerText } from './ClusterMarkerText';
import { ClusterStatusChip } from './ClusterStatusChip';

interface ClusterRowProps {
  projectId: string;
  cluster: Cluster;
  checked: boolean;
  onSelect: (clusterId: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement> | undefined;
}

/**
 * One cluster with the facts that decide whether to pick it. Each row reads only what is cheap: the upgrade info (patch
 * and targets) and the pool list, both of which the later steps reuse from the cache; the task list only while upgrading.
 */
export function ClusterRow({ projectId, cluster, checked, onSelect, onBlur, inputRef }: ClusterRowProps) {
  const t = useT();
  const { uid, name } = cluster.metadata;
  const info = useQuery(clusterQueries.upgradeInfo(projectId, uid));
  const pools = useQuery(clusterQueries.nodePools(projectId, uid));
  const tasks = useQuery({ ...clusterQueries.upgradeTasks(projectId, uid), enabled: cluster.status.phase === 'Upgrading' });
  const marker = clusterMarker(cluster, info.data, tasks.data?.items);
  const size = clusterSize(cluster, pools.data?.items);
  const kind = clusterKind(cluster);
  const factsId = `cluster-${uid}-facts`;
  const statusId = `cluster-${uid}-status`;

  // A link inside the row opens its page; only a click elsewhere in the row chooses the cluster.
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) onSelect(uid);
  };

  return (
    <TableRow hover selected={checked} onClick={onRowClick} sx={{ cursor: 'pointer' }}>
      <TableCell padding="checkbox">
        <Radio
          name="clusterId"
          value={uid}
          checked={checked}
          onChange={() => onSelect(uid)}
          onBlur={onBlur}
          slotProps={{ input: { ref: inputRef, 'aria-label': name, 'aria-describedby': `${factsId} ${statusId}` } }}
        />
      </TableCell>
      <TableCell component="th" scope="row">
        <Typography variant="body2" sx={{ fontWeight: 'bold' }}>{name}</Typography>
        <RouterLink href={clusterPath(uid)} variant="body2" aria-label={t('cluster.historyOf', { name })}>
          {t('page.cluster')}
        </RouterLink>
      </TableCell>
      <TableCell id={factsId}>
        <Stack spacing={0.5}>
          <Typography variant="body2">
            {info.data ? versionWithPatch(info.data.spec.versionInfo) : cluster.spec.version}
          </Typography>
          {info.isError && <Typography variant="body2" color="error">{t('cluster.patchUnreadable', { reason: describeError(info.error).title })}</Typography>}
          {size && <Typography variant="body2">{size}</Typography>}
          {pools.isError && <Typography variant="body2" color="error">{t('cluster.poolsUnreadable', { reason: describeError(pools.error).title })}</Typography>}
          {kind && <Typography variant="body2" color="text.secondary">{kind}</Typography>}
          {(info.isPending || pools.isPending) && <CircularProgress size={16} aria-label={t('cluster.loadingDetails', { name })} />}
        </Stack>
      </TableCell>
      <TableCell id={statusId}>
        <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <ClusterStatusChip phase={cluster.status.phase} />
          <ClusterMarkerText clusterId={uid} clusterName={name} marker={marker} tasks={tasks} />
        </Stack>
      </TableCell>
    </TableRow>
  );
}
