import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Snackbar } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Plan } from '../../../../shared/plan';
import { clusterQueries } from '../../../lib/cluster-queries';
import type { ReviseLink } from '../draft-storage';
import { useT } from '../../../i18n/parts/wizard';

interface StartOverDialogProps {
  projectId: string;
  plan: Pick<Plan, 'clusterId' | 'targetVersion'>;
  revise: ReviseLink | null;
  /** How long the undo is offered afterwards, in seconds, as the dialog promises it. */
  undoSeconds: number;
  onCancel: () => void;
  onConfirm: () => void;
}

// Mounted only while it asks (and loaded then: the first screen does without MUI's Dialog and Snackbar).
/** Names what starting over throws away before it does: the cluster and target of the plan, and a revision link. */
export function StartOverDialog({ projectId, plan, revise, undoSeconds, onCancel, onConfirm }: StartOverDialogProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  const clusters = useQuery({ ...clusterQueries.list(projectId), enabled: plan.clusterId !== '' });
  const name = clusters.data?.items.find((cluster) => cluster.metadata.uid === plan.clusterId)?.metadata.name ?? plan.clusterId;
  const what =
    plan.clusterId === ''
      ? t('wizard.startOver.discardStarted')
      : plan.targetVersion === ''
        ? t('wizard.startOver.discardFor', { name })
        : t('wizard.startOver.discardFull', { name, version: plan.targetVersion });
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>{t('wizard.startOver.title')}</DialogTitle>
      <DialogContent id={descriptionId}>
        <DialogContentText>{what}</DialogContentText>
        {revise && (
          <DialogContentText sx={{ mt: 1 }}>{t('wizard.startOver.revise')}</DialogContentText>
        )}
        <DialogContentText sx={{ mt: 1 }}>{t('wizard.startOver.undoFor', { seconds: undoSeconds })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>{t('wizard.startOver.keep')}</Button>
        <Button onClick={onConfirm} color="error">{t('wizard.startOver.discard')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The few seconds in which "Start over" can be taken back. At the top: on a phone a snackbar at the bottom would cover Back and Next. */
export function StartOverUndo({ undoMs, onUndo, onExpire }: { undoMs: number; onUndo: () => void; onExpire: () => void }) {
  const t = useT();
  return (
    <Snackbar
      open
      autoHideDuration={undoMs}
      onClose={(_event, reason) => {
        // A click elsewhere does not take the undo away; only its time running out does.
        if (reason !== 'clickaway') onExpire();
      }}
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      message={t('wizard.startOver.discarded')}
      action={<Button color="inherit" size="small" onClick={onUndo}>{t('wizard.startOver.undo')}</Button>}
    />
  );
}
