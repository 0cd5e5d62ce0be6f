import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { FactList } from '../../../components/FactList';
import { useT } from '../../../i18n/parts/plans';

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
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog open={open} disableRestoreFocus={keepFocus} onClose={busy ? undefined : onCancel} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>{t('plans.confirm.title', { cluster: clusterName })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>
          {t('plans.confirm.body')}
        </DialogContentText>
        <Box sx={{ mt: 2 }}>
          <FactList facts={[
              [t('plans.confirm.cluster'), clusterName],
              [t('plans.confirm.version'), version],
              [t('plans.confirm.approvals'), t('plans.approvals', { count: approvals })],
            ]} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{t('plans.cancel')}</Button>
        <Button variant="contained" color="warning" disabled={busy} onClick={onConfirm} autoFocus>
          {busy ? t('plans.confirm.submitting') : t('plans.confirm.start')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
