import { Box, Typography } from '@mui/material';
import type { Comment, PlanDetail, Revision } from '../../../../shared/plans-api';
import type { CommentSubject } from '../comment-subjects';
import { describeAnchor, formatTime } from '../plan-words';
import { CommentForm, type CommentRequest } from './CommentForm';
import { PlanSection } from './PlanSection';

function CommentItem({ comment, revision }: { comment: Comment; revision: Revision }) {
  return (
    <li>
      <Typography variant="body2" color="text.secondary">
        <strong>{comment.author.name}</strong> · {formatTime(comment.at)}
        {comment.revision !== revision.revision && ` · on revision ${comment.revision}`} · about {describeAnchor(comment.anchor, revision.poolNames)}
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

/** Every comment on the plan, earlier revisions' included (marked as such), and a form to add one to this revision. */
export function CommentsSection({ detail, revision, subjects, request }: CommentsSectionProps) {
  return (
    <PlanSection title="Comments">
      {detail.comments.length === 0 ? (
        <Typography>No comments yet.</Typography>
      ) : (
        <Box component="ul" aria-label="Comments" sx={{ pl: 3, '& > li': { mb: 1 } }}>
          {detail.comments.map((comment) => <CommentItem key={comment.id} comment={comment} revision={revision} />)}
        </Box>
      )}
      <CommentForm planId={detail.id} revision={revision.revision} subjects={subjects} request={request} />
    </PlanSection>
  );
}
