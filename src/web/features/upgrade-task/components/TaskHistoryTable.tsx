import { Box, Chip, type ChipProps, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { formatMinutes } from '../../../../shared/format-minutes';
import { RouterLink } from '../../../components/RouterLink';
import { taskPath } from '../../../lib/cluster-paths';
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

const duration = (ms: number) => (ms < 60_000 ? 'less than a minute' : formatMinutes(ms / 60_000));

function tookText(task: UpgradeTask, now: number): string {
  const { elapsedMs, finished } = taskTimes(task, now);
  if (elapsedMs === undefined) return 'Not known';
  return finished ? duration(elapsedMs) : `${duration(elapsedMs)} so far`;
}

interface TaskHistoryTableProps {
  clusterId: string;
  /** Newest first. */
  tasks: readonly UpgradeTask[];
  now: number;
}

export function TaskHistoryTable({ clusterId, tasks, now }: TaskHistoryTableProps) {
  return (
    <TableContainer>
      <Table size="small" sx={narrowCells} aria-label="Upgrade tasks">
        <TableHead>
          <TableRow>
            <TableCell>Started</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>From → to</TableCell>
            <TableCell>Duration</TableCell>
            <TableCell>Task</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tasks.map((task) => {
            const { startedAt } = taskTimes(task, now);
            const started = startedAt === undefined ? 'Not known' : formatLocalTime(startedAt);
            const { phase } = task.status;
            return (
              <TableRow key={task.metadata.uid}>
                <TableCell component="th" scope="row">{started}</TableCell>
                <TableCell><Chip size="small" color={colourOf(phase)} label={describePhase(phase)} /></TableCell>
                <TableCell>{task.spec.version ?? 'Not known'} → {task.spec.targetVersion ?? 'Not known'}</TableCell>
                <TableCell>{tookText(task, now)}</TableCell>
                <TableCell>
                  <RouterLink href={taskPath(clusterId, task.metadata.uid)}>
                    Open task <Box component="span" sx={visuallyHidden}>started {started}</Box>
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
