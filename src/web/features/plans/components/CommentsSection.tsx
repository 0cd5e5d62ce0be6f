import { Box, Typography } from '@mui/material';
import type { Comment, PlanDetail, Revision } from '../../../../shared/plans-api';
import { useT } from '../../../i18n/parts/plans';
import type { CommentSubject } from '../comment-subjects';
import { describeAnchor, formatTime } from '../plan-words';
import { CommentForm, type CommentRequest } from './CommentForm';
import { PlanSection } from './PlanSection';

function CommentItem({ comment, revision }: { comment: Comment; revision: Revision }) {
  const t = useT();
  const about = describeAnchor(comment.anchor, revision.poolNames);
  const at = formatTime(comment.at);
  return (
    <li>
      <Typography variant="body2" color="text.secondary">
        <strong>{comment.author.name}</strong> ·{' '}
        {comment.revision === revision.revision ? t('plans.comment.meta', { at, about }) : t('plans.comment.metaEarlier', { at, revision: comment.revision, about })}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{comment.text}</Typography>
    </li>
  );
}

interface CommentsSectionProps {
  detail: PlanDetail;
  revision: Revision;
  subjects: readonly CommentSubject[];
  request: CommentRequest | null;
}

/**
 * The comments on this revision and on earlier ones (marked as such: they were about what was then the plan), and a
 * form to add one to this revision. Later revisions' comments stay with them.
 */
export function CommentsSection({ detail, revision, subjects, request }: CommentsSectionProps) {
  const t = useT();
  const comments = detail.comments.filter((comment) => comment.revision <= revision.revision);
  return (
    <PlanSection title={t('plans.comments.heading')}>
      {comments.length === 0 ? (
        <Typography>{t('plans.comments.none')}</Typography>
      ) : (
        <Box component="ul" aria-label={t('plans.comments.heading')} sx={{ pl: 3, '& > li': { mb: 1 } }}>
          {comments.map((comment) => <CommentItem key={comment.id} comment={comment} revision={revision} />)}
        </Box>
      )}
      <CommentForm planId={detail.id} revision={revision.revision} subjects={subjects} poolNames={revision.poolNames} request={request} />
    </PlanSection>
  );
}
