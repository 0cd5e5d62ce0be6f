import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';

interface RetryDialogProps {
  open: boolean;
  taskId: string;
  failedWave: number | undefined;
  sending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function RetryDialog({ open, taskId, failedWave, sending, onConfirm, onClose }: RetryDialogProps) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>Retry the upgrade?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          CCE resumes task {taskId} where it stopped{failedWave ? ` (wave ${failedWave})` : ''}; it does not start a new upgrade. Retry only
          after fixing the cause shown on the page, or the task is likely to fail again in the same place.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>Cancel</Button>
        <Button variant="contained" color="warning" onClick={onConfirm} disabled={sending}>
          {sending ? 'Sending the retry…' : 'Retry upgrade'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
