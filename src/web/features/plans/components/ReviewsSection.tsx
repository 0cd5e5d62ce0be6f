import { Box, Typography } from '@mui/material';
import type { PlanDetail, Review } from '../../../../shared/plans-api';
import { formatTime } from '../plan-words';
import { PlanSection } from './PlanSection';
import { ReviewForm } from './ReviewForm';
import { YouNotes } from './YouNotes';

function ReviewItem({ review }: { review: Review }) {
  const what = review.verdict === 'approve' ? `approved revision ${review.revision}` : `requested changes on revision ${review.revision}`;
  return (
    <li>
      <strong>{review.reviewer.name}</strong> {what} · {formatTime(review.at)}
      {review.reason && <Typography variant="body2">“{review.reason}”</Typography>}
    </li>
  );
}

function ApprovalCount({ detail, revision }: { detail: PlanDetail; revision: number }) {
  if (detail.approvalsRequired === 0) {
    return <Typography>This planner requires no approvals: nobody else has reviewed this plan.</Typography>;
  }
  const approvals = detail.reviews.filter((review) => review.revision === revision && review.verdict === 'approve').length;
  return (
    <Typography>
      Revision {revision}: {approvals} of {detail.approvalsRequired} {detail.approvalsRequired === 1 ? 'approval' : 'approvals'}
    </Typography>
  );
}

/** Who approved or sent back which revision, and the caller's own review when they may give one. */
export function ReviewsSection({ detail, revision }: { detail: PlanDetail; revision: number }) {
  const latest = revision === detail.latestRevision;
  return (
    <PlanSection title="Reviews">
      <ApprovalCount detail={detail} revision={revision} />
      {detail.reviews.length > 0 && (
        <Box component="ul" aria-label="Reviews" sx={{ pl: 3 }}>
          {detail.reviews.map((review) => <ReviewItem key={`${review.revision}:${review.reviewer.subject}:${review.at}`} review={review} />)}
        </Box>
      )}
      {!latest && <Typography sx={{ mt: 1 }}>Reviews are given on the latest revision, {detail.latestRevision}.</Typography>}
      {latest && detail.you.mayReview && <ReviewForm planId={detail.id} revision={revision} />}
      {latest && !detail.you.mayReview && <YouNotes label="Why you cannot review" notes={detail.you.notes} />}
    </PlanSection>
  );
}
