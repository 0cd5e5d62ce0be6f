import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PlanDetail, Revision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { planQueries } from '../api/plan-queries';
import { commentSubjects } from '../comment-subjects';
import { plansPath } from '../plan-paths';
import { useRevisionWaves } from '../use-revision-waves';
import type { CommentRequest } from './CommentForm';
import { CommentsSection } from './CommentsSection';
import { DriftCheck } from './DriftCheck';
import { PlanFileDownload } from './PlanFileDownload';
import { PlanHeading } from './PlanHeading';
import { PlanSection } from './PlanSection';
import { RequestText } from './RequestText';
import { RevisionChanges } from './RevisionChanges';
import { RevisionFacts } from './RevisionFacts';
import { RevisionWaves } from './RevisionWaves';
import { ReviewsSection } from './ReviewsSection';
import { SnapshotFacts } from './SnapshotFacts';
import { SubmitSection } from './SubmitSection';
import { YouNotes } from './YouNotes';
import { useT } from '../../../i18n/parts/plans';

export type OnPlanSubmitted = (clusterId: string, taskId: string) => void;

interface PlanPageProps {
  planId: string;
  /** From the address; the latest revision when absent. */
  revision?: number;
  onSubmitted: OnPlanSubmitted;
}

function RevisionView({ detail, revision, onSubmitted }: { detail: PlanDetail; revision: Revision; onSubmitted: OnPlanSubmitted }) {
  const t = useT();
  const waves = useRevisionWaves(revision);
  const subjects = useMemo(() => commentSubjects(revision, waves), [revision, waves]);
  const [commentRequest, setCommentRequest] = useState<CommentRequest | null>(null);
  const onComment = (anchor: CommentRequest['anchor']) => setCommentRequest((current) => ({ anchor, seq: (current?.seq ?? 0) + 1 }));
  const latest = revision.revision === detail.latestRevision;
  return (
    <>
      <RevisionFacts revision={revision} onComment={onComment} />
      <SnapshotFacts revision={revision} />
      <RevisionWaves waves={waves} poolNames={revision.poolNames} onComment={onComment} />
      {revision.revision > 1 && <RevisionChanges revision={revision} />}
      <PlanSection title={t('plans.request.heading')}>
        <RequestText revision={revision} />
      </PlanSection>
      <PlanFileDownload planId={detail.id} revision={revision.revision} />
      <ReviewsSection detail={detail} revision={revision.revision} />
      <CommentsSection detail={detail} revision={revision} subjects={subjects} request={commentRequest} />
      <DriftCheck planId={detail.id} revision={revision.revision} />
      {latest && detail.you.maySubmit && <SubmitSection detail={detail} revision={revision} onSubmitted={onSubmitted} />}
      {/* A reviewer who may not submit learns why here; one who may not review already read it under Reviews. */}
      {latest && !detail.you.maySubmit && detail.you.mayReview && detail.you.notes.length > 0 && (
        <PlanSection title={t('plans.submit.heading')}>
          <YouNotes label={t('plans.submit.whyNot')} notes={detail.you.notes} />
        </PlanSection>
      )}
    </>
  );
}

function PlanRevision({ detail, n, onSubmitted }: { detail: PlanDetail; n: number; onSubmitted: OnPlanSubmitted }) {
  const t = useT();
  const revision = useQuery(planQueries.revision(detail.id, n));
  return (
    <>
      <PlanHeading detail={detail} revision={n} />
      {revision.isPending && <LoadingState label={t('plans.loadingRevision', { revision: n })} />}
      {revision.isError && <ErrorState error={revision.error} onRetry={() => void revision.refetch()} />}
      {revision.data && <RevisionView detail={detail} revision={revision.data} onSubmitted={onSubmitted} />}
    </>
  );
}

/** One saved plan, one revision at a time: what it does, what changed, who reviewed it, and Submit once approved. */
export function PlanPage({ planId, revision, onSubmitted }: PlanPageProps) {
  const t = useT();
  const detail = useQuery(planQueries.detail(planId));
  const n = revision ?? detail.data?.latestRevision;
  const known = detail.data?.revisions.some((summary) => summary.revision === n);
  return (
    <Stack spacing={4}>
      {detail.isPending && <LoadingState label={t('loading.plan')} />}
      {detail.isError && <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && n !== undefined && known && <PlanRevision key={n} detail={detail.data} n={n} onSubmitted={onSubmitted} />}
      {detail.data && !known && (
        <>
          <Typography variant="h1">{t('plans.plan.noRevision')}</Typography>
          <Typography>{t('plans.plan.hasRevisions', { latest: detail.data.latestRevision })}</Typography>
        </>
      )}
      <Box>
        <RouterLink href={plansPath}>{t('plans.all')}</RouterLink>
      </Box>
    </Stack>
  );
}
