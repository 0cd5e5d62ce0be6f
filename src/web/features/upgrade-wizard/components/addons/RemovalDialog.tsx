import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';

interface RemovalDialogProps {
  addon: string;
  paths: string[];
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RemovalDialog({ addon, paths, open, onConfirm, onCancel }: RemovalDialogProps) {
  const title = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={title}>
      <DialogTitle id={title}>Remove {paths.length === 1 ? 'a setting' : `${paths.length} settings`} from {addon}?</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          {addon} has {paths.length === 1 ? 'this setting' : 'these settings'} today; the patch will send values without them:
          <ul>
            {paths.map((path) => (
              <li key={path}><code>{path}</code></li>
            ))}
          </ul>
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>Keep editing</Button>
        <Button onClick={onConfirm} color="error">Remove</Button>
      </DialogActions>
    </Dialog>
  );
}
