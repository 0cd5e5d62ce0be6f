import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { isUpgradeTaskFinished } from '../../../../shared/cce-responses';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { useT } from '../../../i18n/parts/task';
import { clusterQueries } from '../../../lib/cluster-queries';
import { newestFirst } from '../../../lib/task-history';
import { POLL_INTERVAL_MS } from '../api/task-queries';
import { TaskHistoryTable } from './TaskHistoryTable';
import { PageHeading } from '../../../components/PageHeading';

interface UpgradeHistoryPageProps {
  projectId: string;
  clusterId: string;
  pollMs?: number;
}

/** Every upgrade task CCE keeps for one cluster (ListUpgradeClusterTasks), so a lost task address can be found again. */
export function UpgradeHistoryPage({ projectId, clusterId, pollMs = POLL_INTERVAL_MS }: UpgradeHistoryPageProps) {
  const t = useT();
  const cluster = useQuery(clusterQueries.detail(projectId, clusterId));
  const tasks = useQuery({
    ...clusterQueries.upgradeTasks(projectId, clusterId),
    // A running task's elapsed time and outcome change: read again until every task has finished.
    refetchInterval: (query) => (query.state.data?.items.every(isUpgradeTaskFinished) === false ? pollMs : false),
  });
  const name = cluster.data?.metadata.name;

  return (
    <Stack spacing={3}>
      <PageHeading>{t('page.cluster')}</PageHeading>
      {cluster.isError ? (
        <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />
      ) : (
        <Typography>
          {name ? t('task.history.intro', { name }) : t('task.history.introId', { clusterId })}
        </Typography>
      )}
      {tasks.isPending && <LoadingState label={t('task.history.loading')} />}
      {tasks.isError && <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data &&
        (tasks.data.items.length === 0 ? (
          <Alert severity="info">{t('task.history.empty')}</Alert>
        ) : (
          <TaskHistoryTable clusterId={clusterId} tasks={newestFirst(tasks.data.items)} now={tasks.dataUpdatedAt} />
        ))}
      <Box>
        <RouterLink href="/">{t('page.wizard')}</RouterLink>
      </Box>
    </Stack>
  );
}
