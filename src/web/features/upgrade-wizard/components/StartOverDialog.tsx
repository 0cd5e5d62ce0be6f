import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Plan } from '../../../../shared/plan';
import { clusterQueries } from '../../../lib/cluster-queries';
import type { ReviseLink } from '../draft-storage';

interface StartOverDialogProps {
  open: boolean;
  projectId: string;
  plan: Pick<Plan, 'clusterId' | 'targetVersion'>;
  revise: ReviseLink | null;
  /** How long the undo is offered afterwards, in seconds, as the dialog promises it. */
  undoSeconds: number;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Names what starting over throws away before it does: the cluster and target of the plan, and a revision link. */
export function StartOverDialog({ open, projectId, plan, revise, undoSeconds, onCancel, onConfirm }: StartOverDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const clusters = useQuery({ ...clusterQueries.list(projectId), enabled: open && plan.clusterId !== '' });
  const name = clusters.data?.items.find((cluster) => cluster.metadata.uid === plan.clusterId)?.metadata.name ?? plan.clusterId;
  const what =
    plan.clusterId === ''
      ? 'This discards the plan you have started.'
      : plan.targetVersion === ''
        ? `This discards the plan for ${name}.`
        : `This discards the plan to upgrade ${name} to ${plan.targetVersion}: its rollout strategy, node order, add-on changes, accepted risks and pre-check result.`;
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} aria-describedby={descriptionId}>
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
