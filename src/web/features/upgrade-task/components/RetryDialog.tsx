import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { useT } from '../../../i18n/parts/task';

interface RetryDialogProps {
  open: boolean;
  taskId: string;
  failedWave: number | undefined;
  sending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function RetryDialog({ open, taskId, failedWave, sending, onConfirm, onClose }: RetryDialogProps) {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={sending ? undefined : onClose} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>{t('task.retry.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          {failedWave ? t('task.retry.textWave', { taskId, wave: failedWave }) : t('task.retry.text', { taskId })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>{t('task.retry.cancel')}</Button>
        <Button variant="contained" color="warning" onClick={onConfirm} disabled={sending}>
          {t(sending ? 'task.retry.sending' : 'task.retry.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
