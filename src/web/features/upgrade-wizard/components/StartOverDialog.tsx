import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Snackbar } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Plan } from '../../../../shared/plan';
import { clusterQueries } from '../../../lib/cluster-queries';
import type { ReviseLink } from '../draft-storage';

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
  const titleId = useId();
  const descriptionId = useId();
  const clusters = useQuery({ ...clusterQueries.list(projectId), enabled: plan.clusterId !== '' });
  const name = clusters.data?.items.find((cluster) => cluster.metadata.uid === plan.clusterId)?.metadata.name ?? plan.clusterId;
  const what =
    plan.clusterId === ''
      ? 'This discards the plan you have started.'
      : plan.targetVersion === ''
        ? `This discards the plan for ${name}.`
        : `This discards the plan to upgrade ${name} to ${plan.targetVersion}: its rollout strategy, node order, add-on changes, accepted risks and pre-check result.`;
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>Start over with a new plan?</DialogTitle>
      <DialogContent id={descriptionId}>
        <DialogContentText>{what}</DialogContentText>
        {revise && (
          <DialogContentText sx={{ mt: 1 }}>
            After starting over, saving makes a new plan, not a revision of the saved one.
          </DialogContentText>
        )}
        <DialogContentText sx={{ mt: 1 }}>You can undo this for {undoSeconds} seconds afterwards.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>Keep the plan</Button>
        <Button onClick={onConfirm} color="error">Discard the plan</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The few seconds in which "Start over" can be taken back. At the top: on a phone a snackbar at the bottom would cover Back and Next. */
export function StartOverUndo({ undoMs, onUndo, onExpire }: { undoMs: number; onUndo: () => void; onExpire: () => void }) {
  return (
    <Snackbar
      open
      autoHideDuration={undoMs}
      onClose={(_event, reason) => {
        // A click elsewhere does not take the undo away; only its time running out does.
        if (reason !== 'clickaway') onExpire();
      }}
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      message="The plan was discarded. You are starting over."
      action={<Button color="inherit" size="small" onClick={onUndo}>Undo</Button>}
    />
  );
}
