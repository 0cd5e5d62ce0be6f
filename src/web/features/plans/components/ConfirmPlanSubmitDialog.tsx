import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { FactList } from '../../../components/FactList';
import { plural } from '../plan-words';

interface ConfirmPlanSubmitDialogProps {
  open: boolean;
  clusterName: string;
  version: string;
  approvals: number;
  busy: boolean;
  /** The page moves the focus to the answer itself; the trigger button gets it back only on Cancel. */
  keepFocus: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** The last look before an irreversible upgrade: which cluster, to which version, on whose approval. */
export function ConfirmPlanSubmitDialog({ open, clusterName, version, approvals, busy, keepFocus, onCancel, onConfirm }: ConfirmPlanSubmitDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog open={open} disableRestoreFocus={keepFocus} onClose={busy ? undefined : onCancel} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>Start the upgrade of {clusterName}?</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>
          CCE starts upgrading the cluster as soon as you confirm, with exactly this revision’s request. An upgrade cannot be undone.
        </DialogContentText>
        <Box sx={{ mt: 2 }}>
          <FactList facts={[['Cluster', clusterName], ['Version', version], ['Approvals', plural(approvals, 'approval')]]} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>Cancel</Button>
        <Button variant="contained" color="warning" disabled={busy} onClick={onConfirm} autoFocus>
          {busy ? 'Submitting…' : 'Start the upgrade'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
