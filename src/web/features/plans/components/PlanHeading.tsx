import { Box, Button, Stack, Typography } from '@mui/material';
import type { PlanDetail } from '../../../../shared/plans-api';
import { RouterLink } from '../../../components/RouterLink';
import { navigate } from '../../../lib/router';
import { planEditPath, planRevisionPath } from '../plan-paths';
import { formatTime } from '../plan-words';
import { PlanStateChip } from './PlanStateChip';
import { PageHeading } from '../../../components/PageHeading';
import { useT } from '../../../i18n/parts/plans';

/** The plan's name, state and revisions; each revision has its own address, so a reload or a shared link shows the same one. */
export function PlanHeading({ detail, revision }: { detail: PlanDetail; revision: number }) {
  const t = useT();
  const summary = detail.revisions.find((candidate) => candidate.revision === revision);
  const latest = revision === detail.latestRevision;
  return (
    <Stack spacing={1}>
      <PageHeading>
        {t('plans.plan.heading', { cluster: detail.clusterName, from: detail.fromVersion, to: detail.targetVersion })}
      </PageHeading>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <PlanStateChip state={detail.state} />
        <Typography variant="body2" color="text.secondary">
          {t('plans.plan.by', { author: detail.author.name, at: formatTime(detail.createdAt) })}
          {summary && ` · ${t('plans.plan.revisionBy', { revision, author: summary.author.name, at: formatTime(summary.createdAt) })}`}
          {!latest && ` · ${t('plans.plan.earlier', { latest: detail.latestRevision })}`}
        </Typography>
      </Stack>
      {detail.submission && (
        <Typography>
          {t('plans.plan.submitted', { revision: detail.submission.revision, by: detail.submission.by.name, at: formatTime(detail.submission.at), taskId: detail.submission.taskId })}
        </Typography>
      )}
      <Box component="nav" aria-label={t('plans.plan.revisions')}>
        <Stack direction="row" spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap' }}>
          {detail.revisions.map(({ revision: n }) => (
            <li key={n}>
              <RouterLink href={planRevisionPath(detail.id, n)} aria-current={n === revision ? 'page' : undefined} sx={n === revision ? { fontWeight: 'bold' } : {}}>
                {t('plans.revision', { revision: n })}
              </RouterLink>
            </li>
          ))}
        </Stack>
      </Box>
      {latest && detail.you.mayRevise && (
        <Box>
          <Button variant="outlined" href={planEditPath(detail.id, revision)} onClick={(event) => { event.preventDefault(); navigate(planEditPath(detail.id, revision)); }}>
            {t('plans.plan.edit')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
