import { Box, Button, Stack, Typography } from '@mui/material';
import type { PlanDetail } from '../../../../shared/plans-api';
import { RouterLink } from '../../../components/RouterLink';
import { navigate } from '../../../lib/router';
import { planEditPath, planRevisionPath } from '../plan-paths';
import { formatTime } from '../plan-words';
import { PlanStateChip } from './PlanStateChip';
import { PageHeading } from '../../../components/PageHeading';

/** The plan's name, state and revisions; each revision has its own address, so a reload or a shared link shows the same one. */
export function PlanHeading({ detail, revision }: { detail: PlanDetail; revision: number }) {
  const summary = detail.revisions.find((candidate) => candidate.revision === revision);
  const latest = revision === detail.latestRevision;
  return (
    <Stack spacing={1}>
      <PageHeading>
        {detail.clusterName}: {detail.fromVersion} → {detail.targetVersion}
      </PageHeading>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <PlanStateChip state={detail.state} />
        <Typography variant="body2" color="text.secondary">
          Plan by {detail.author.name}, {formatTime(detail.createdAt)}
          {summary && ` · revision ${revision} by ${summary.author.name}, ${formatTime(summary.createdAt)}`}
          {!latest && ` · an earlier revision; the latest is ${detail.latestRevision}`}
        </Typography>
      </Stack>
      {detail.submission && (
        <Typography>
          Revision {detail.submission.revision} was submitted by {detail.submission.by.name} on {formatTime(detail.submission.at)} as task {detail.submission.taskId}.
        </Typography>
      )}
      <Box component="nav" aria-label="Revisions">
        <Stack direction="row" spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap' }}>
          {detail.revisions.map(({ revision: n }) => (
            <li key={n}>
              <RouterLink href={planRevisionPath(detail.id, n)} aria-current={n === revision ? 'page' : undefined} sx={n === revision ? { fontWeight: 'bold' } : {}}>
                Revision {n}
              </RouterLink>
            </li>
          ))}
        </Stack>
      </Box>
      {latest && detail.you.mayRevise && (
        <Box>
          <Button variant="outlined" href={planEditPath(detail.id, revision)} onClick={(event) => { event.preventDefault(); navigate(planEditPath(detail.id, revision)); }}>
            Edit as a new revision
          </Button>
        </Box>
      )}
    </Stack>
  );
}
