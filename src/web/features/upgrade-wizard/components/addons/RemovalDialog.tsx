import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { useT } from '../../../../i18n/parts/addons';

interface RemovalDialogProps {
  addon: string;
  paths: string[];
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RemovalDialog({ addon, paths, open, onConfirm, onCancel }: RemovalDialogProps) {
  const t = useT();
  const title = useId();
  const words = { name: addon, count: paths.length };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={title}>
      <DialogTitle id={title}>{t('addons.removal.title', words)}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          {t('addons.removal.body', words)}
          <ul>
            {paths.map((path) => (
              <li key={path}><code>{path}</code></li>
            ))}
          </ul>
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>{t('addons.removal.keep')}</Button>
        <Button onClick={onConfirm} color="error">{t('addons.removal.remove')}</Button>
      </DialogActions>
    </Dialog>
  );
}
