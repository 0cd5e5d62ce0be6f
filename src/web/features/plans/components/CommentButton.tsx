import { Button } from '@mui/material';
import type { CommentAnchor } from '../../../../shared/plans-api';
import { useT } from '../../../i18n/parts/plans';

export type CommentOn = (anchor: CommentAnchor) => void;

/** Starts a comment about one row of the plan: the form below gets the row as its subject and the focus. */
export function CommentButton({ anchor, about, onComment }: { anchor: CommentAnchor; about: string; onComment: CommentOn }) {
  const t = useT();
  return (
    <Button size="small" onClick={() => onComment(anchor)} aria-label={t('plans.comment.on', { about })}>
      {t('plans.comment.button')}
    </Button>
  );
}
