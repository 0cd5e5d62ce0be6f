import { Box } from '@mui/material';
import type { YouNote } from '../../../../shared/plans-api';
import { useT } from '../../../i18n/parts/plans';

const WORDS = {
  submitted: 'plans.you.submitted',
  viewer: 'plans.you.viewer',
  'own-revision': 'plans.you.ownRevision',
  'needs-approvals': 'plans.you.needsApprovals',
  'no-pre-check': 'plans.you.noPreCheck',
  'changes-requested': 'plans.you.changesRequested',
  superseded: 'plans.you.superseded',
} as const satisfies Record<YouNote['code'], string>;

/** The BFF's reasons why an action is not offered to the caller, worded by their code in the active language. */
export function YouNotes({ notes, label }: { notes: readonly YouNote[]; label: string }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <Box component="ul" aria-label={label} sx={{ pl: 3 }}>
      {notes.map((note) => (
        <li key={note.code}>{t(WORDS[note.code], { revision: note.revision, approvals: note.approvals })}</li>
      ))}
    </Box>
  );
}
