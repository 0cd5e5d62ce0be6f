import { Button } from '@mui/material';
import type { CommentAnchor } from '../../../../shared/plans-api';

export type CommentOn = (anchor: CommentAnchor) => void;

/** Starts a comment about one row of the plan: the form below gets the row as its subject and the focus. */
export function CommentButton({ anchor, about, onComment }: { anchor: CommentAnchor; about: string; onComment: CommentOn }) {
  return (
    <Button size="small" onClick={() => onComment(anchor)} aria-label={`Comment on ${about}`}>
      Comment
    </Button>
  );
}
