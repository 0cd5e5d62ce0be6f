import { Alert, AlertTitle, Typography } from '@mui/material';
import type { UpgradeInfo } from '../../../../shared/cce-responses';

interface SuggestedPatchNoteProps {
  clusterName: string;
  versionInfo: UpgradeInfo['spec']['versionInfo'];
}

/** Says so when the cluster is not on the patch CCE suggests moving to before a version upgrade (reference §3.2). */
export function SuggestedPatchNote({ clusterName, versionInfo: { release, patch, suggestPatch } }: SuggestedPatchNoteProps) {
  if (!patch || !suggestPatch || patch === suggestPatch) return null;
  return (
    <Alert severity="warning" role="note">
      <AlertTitle>{clusterName} is not on the patch CCE suggests</AlertTitle>
      <Typography variant="body2">
        It runs patch {patch} of {release}; CCE suggests {release}-{suggestPatch}. CCE recommends installing the suggested patch
        before a version upgrade: patches carry fixes the upgrade may rely on, and the pre-upgrade check may report the older
        patch. You can install the patch from the CCE console first, or plan the version upgrade now.
      </Typography>
    </Alert>
  );
}
