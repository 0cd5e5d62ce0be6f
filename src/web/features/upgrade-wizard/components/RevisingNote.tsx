import { Alert } from '@mui/material';
import { RouterLink } from '../../../components/RouterLink';
import { Trans, useT } from '../../../i18n/i18n';
import type { ReviseLink } from '../draft-storage';

/** Says, before anything else, that this page edits a saved plan and what saving will make of it (first screen: app part). */
export function RevisingNote({ revise }: { revise: ReviseLink }) {
  const t = useT();
  return (
    <Alert severity="info" role="note" aria-label={t('wizard.revising.label')} sx={{ mb: 2 }}>
      <Trans
        id="wizard.revising.body"
        values={{ plan: revise.planId.slice(0, 8), revision: revise.revision, next: revise.revision + 1 }}
        components={{ 0: <RouterLink href={`/plans/${encodeURIComponent(revise.planId)}`} /> }}
      />
    </Alert>
  );
}
