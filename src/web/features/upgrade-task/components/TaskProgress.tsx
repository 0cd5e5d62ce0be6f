import { Box, LinearProgress, Typography } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { useT } from '../../../i18n/parts/task';
import { isFinished, parseProgress } from '../api/task-queries';

export function TaskProgress({ task }: { task: UpgradeTask }) {
  const t = useT();
  const { progress } = task.status;
  const percent = parseProgress(progress);
  const finished = isFinished(task);
  return (
    <Box>
      {percent !== null ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <LinearProgress variant="determinate" value={percent} aria-label={t('task.progress.label')} sx={{ flexGrow: 1, height: 8, borderRadius: 1 }} />
          <Typography variant="body2" sx={{ minWidth: 48 }}>{percent}%</Typography>
        </Box>
      ) : (
        <>
          {!finished && <LinearProgress aria-label={t('task.progress.label')} />}
          {/* CCE's progress text, as CCE wrote it. */}
          <Typography variant="body2" sx={{ mt: 1 }}>
            {progress === undefined ? t('task.progress.notReported') : t('task.progress.text', { progress })}
          </Typography>
        </>
      )}
    </Box>
  );
}
