import { Alert, AlertTitle, Typography } from '@mui/material';
import type { UpgradeInfo } from '../../../../shared/cce-responses';
import { useT } from '../../../i18n/parts/wizard';

interface SuggestedPatchNoteProps {
  clusterName: string;
  versionInfo: UpgradeInfo['spec']['versionInfo'];
}

/** Says so when the cluster is not on the patch CCE suggests moving to before a version upgrade (reference §3.2). */
export function SuggestedPatchNote({ clusterName, versionInfo: { release, patch, suggestPatch } }: SuggestedPatchNoteProps) {
  const t = useT();
  if (!patch || !suggestPatch || patch === suggestPatch) return null;
  return (
    <Alert severity="warning" role="note">
      <AlertTitle>{t('wizard.patch.title', { name: clusterName })}</AlertTitle>
      <Typography variant="body2">{t('wizard.patch.body', { patch, release, suggested: suggestPatch })}</Typography>
    </Alert>
  );
}
