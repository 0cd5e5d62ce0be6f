import { Box, Typography } from '@mui/material';
import type { PlanDetail, Review } from '../../../../shared/plans-api';
import { Trans, useT } from '../../../i18n/parts/plans';
import { formatTime } from '../plan-words';
import { PlanSection } from './PlanSection';
import { ReviewForm } from './ReviewForm';
import { YouNotes } from './YouNotes';

function ReviewItem({ review }: { review: Review }) {
  const t = useT();
  return (
    <li>
      <Trans id="plans.reviews.item" values={{ name: review.reviewer.name, verdict: review.verdict, revision: review.revision, at: formatTime(review.at) }} components={{ 0: <strong /> }} />
      {review.reason && <Typography variant="body2">{t('plans.quote', { text: review.reason })}</Typography>}
    </li>
  );
}

function ApprovalCount({ detail, revision }: { detail: PlanDetail; revision: number }) {
  const t = useT();
  if (detail.approvalsRequired === 0) {
    return <Typography>{t('plans.reviews.noneRequired')}</Typography>;
  }
  const approvals = detail.reviews.filter((review) => review.revision === revision && review.verdict === 'approve').length;
  return (
    <Typography>
      {t('plans.reviews.count', { revision, approvals, required: detail.approvalsRequired })}
    </Typography>
  );
}

/** Who approved or sent back which revision, and the caller's own review when they may give one. */
export function ReviewsSection({ detail, revision }: { detail: PlanDetail; revision: number }) {
  const t = useT();
  const latest = revision === detail.latestRevision;
  return (
    <PlanSection title={t('plans.reviews.heading')}>
      <ApprovalCount detail={detail} revision={revision} />
      {detail.reviews.length > 0 && (
        <Box component="ul" aria-label={t('plans.reviews.heading')} sx={{ pl: 3 }}>
          {detail.reviews.map((review) => <ReviewItem key={`${review.revision}:${review.reviewer.subject}:${review.at}`} review={review} />)}
        </Box>
      )}
      {!latest && <Typography sx={{ mt: 1 }}>{t('plans.reviews.latestOnly', { latest: detail.latestRevision })}</Typography>}
      {latest && detail.you.mayReview && <ReviewForm planId={detail.id} revision={revision} />}
      {latest && !detail.you.mayReview && <YouNotes label={t('plans.reviews.whyNot')} notes={detail.you.notes} />}
    </PlanSection>
  );
}
