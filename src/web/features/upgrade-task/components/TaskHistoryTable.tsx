import { Box, Chip, type ChipProps, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { RouterLink } from '../../../components/RouterLink';
import { Trans, translate, useT } from '../../../i18n/parts/task';
import { taskPath } from '../../../lib/cluster-paths';
import { formatMinutes } from '../../../lib/format-duration';
import { formatLocalTime } from '../../../lib/format-time';
import { narrowCells } from '../../../lib/table-styles';
import { taskTimes } from '../../../lib/task-history';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { describePhase } from '../task-words';

const colourOf = (phase: string): ChipProps['color'] => {
  if (phase === 'Success') return 'success';
  if (phase === 'Failed') return 'error';
  return 'info';
};

const duration = (ms: number) => (ms < 60_000 ? translate('task.history.lessThanMinute') : formatMinutes(ms / 60_000));

function tookText(task: UpgradeTask, now: number): string {
  const { elapsedMs, finished } = taskTimes(task, now);
  if (elapsedMs === undefined) return translate('task.history.notKnown');
  return finished ? duration(elapsedMs) : translate('task.history.soFar', { duration: duration(elapsedMs) });
}

interface TaskHistoryTableProps {
  clusterId: string;
  /** Newest first. */
  tasks: readonly UpgradeTask[];
  now: number;
}

export function TaskHistoryTable({ clusterId, tasks, now }: TaskHistoryTableProps) {
  const t = useT();
  const notKnown = t('task.history.notKnown');
  return (
    <TableContainer>
      <Table size="small" sx={narrowCells} aria-label={t('task.history.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('task.history.started')}</TableCell>
            <TableCell>{t('task.history.outcome')}</TableCell>
            <TableCell>{t('task.history.versions')}</TableCell>
            <TableCell>{t('task.history.duration')}</TableCell>
            <TableCell>{t('task.history.task')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tasks.map((task) => {
            const { startedAt } = taskTimes(task, now);
            const started = startedAt === undefined ? notKnown : formatLocalTime(startedAt);
            const { phase } = task.status;
            return (
              <TableRow key={task.metadata.uid}>
                <TableCell component="th" scope="row">{started}</TableCell>
                <TableCell><Chip size="small" color={colourOf(phase)} label={describePhase(phase)} /></TableCell>
                <TableCell>{t('task.summary.versions', { from: task.spec.version ?? notKnown, to: task.spec.targetVersion ?? notKnown })}</TableCell>
                <TableCell>{tookText(task, now)}</TableCell>
                <TableCell>
                  <RouterLink href={taskPath(clusterId, task.metadata.uid)}>
                    <Trans id="task.history.open" values={{ started }} components={{ 0: <Box component="span" sx={visuallyHidden} /> }} />
                  </RouterLink>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
