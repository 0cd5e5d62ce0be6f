import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { acceptedRiskSchema } from '../../../../../shared/bff-api';
import type { PreCheckFinding } from '../../../../../shared/pre-check';

interface RiskAcceptanceProps {
  finding: PreCheckFinding;
  disabled: boolean;
  onAccept: (reason: string) => void;
}

/** Accepting a Risk takes a written reason: it goes to the audit log with the submit, and the check is run again. */
export function RiskAcceptance({ finding, disabled, onAccept }: RiskAcceptanceProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  if (!open) {
    return (
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} disabled={disabled} sx={{ alignSelf: 'flex-start' }}>
        Accept risk {finding.name}
      </Button>
    );
  }
  const accept = () => {
    const parsed = acceptedRiskSchema.shape.reason.safeParse(reason);
    if (parsed.success) onAccept(parsed.data);
    else setError(`Reason: ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  };
  return (
    <Stack spacing={1} sx={{ maxWidth: '40rem' }}>
      <TextField
        label={`Reason for accepting ${finding.name}`}
        multiline
        minRows={2}
        autoFocus
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setError(undefined);
        }}
        error={error !== undefined}
        helperText={error ?? 'Why it is safe to upgrade anyway (at least 10 characters). It is kept in the audit log with the submit.'}
      />
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="contained" onClick={accept} disabled={disabled}>Accept and run the check again</Button>
        <Button size="small" onClick={() => setOpen(false)}>Cancel</Button>
      </Stack>
    </Stack>
  );
}
