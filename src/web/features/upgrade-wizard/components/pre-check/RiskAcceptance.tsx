import { Box, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { acceptedRiskSchema } from '../../../../../shared/bff-api';
import { schemaIssue } from '../../../../lib/schema-issue';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import type { PreCheckFinding } from '../../../../../shared/pre-check';
import { useT } from '../../../../i18n/parts/review';

interface RiskAcceptanceProps {
  finding: PreCheckFinding;
  disabled: boolean;
  onAccept: (reason: string) => void;
}

/** Accepting a Risk takes a written reason: it goes to the audit log with the submit, and the check is run again. */
export function RiskAcceptance({ finding, disabled, onAccept }: RiskAcceptanceProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  // Whether the reason was refused: its problem is worded at render (in the language shown then) until the next edit.
  const [refused, setRefused] = useState(false);
  const { container, focusAfterChange } = useFocusAfterChange<HTMLDivElement>();

  // Cancel goes with the form it closes: focus returns to the button that opened it.
  const cancel = () => {
    focusAfterChange('accept-risk');
    setOpen(false);
  };
  const accept = () => {
    const parsed = acceptedRiskSchema.shape.reason.safeParse(reason);
    if (parsed.success) onAccept(parsed.data);
    else setRefused(true);
  };
  const issue = refused ? schemaIssue(acceptedRiskSchema.shape.reason, reason) : undefined;
  const error = refused ? t('review.risk.invalid', { problem: issue?.message ?? t('review.risk.notValid') }) : undefined;
  return (
    <Box ref={container}>
      {open ? (
        <Stack spacing={1} sx={{ maxWidth: '40rem' }}>
          <TextField
            label={t('review.risk.reasonLabel', { name: finding.name })}
            multiline
            minRows={2}
            autoFocus
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setRefused(false);
            }}
            error={error !== undefined}
            helperText={error ?? t('review.risk.reasonHelp')}
          />
          <Stack direction="row" spacing={1}>
            <Button size="small" variant="contained" onClick={accept} disabled={disabled}>{t('review.risk.acceptAndRun')}</Button>
            <Button size="small" onClick={cancel}>{t('review.cancel')}</Button>
          </Stack>
        </Stack>
      ) : (
        <Button size="small" variant="outlined" data-focus-key="accept-risk" onClick={() => setOpen(true)} disabled={disabled}>
          {t('review.risk.accept', { name: finding.name })}
        </Button>
      )}
    </Box>
  );
}
